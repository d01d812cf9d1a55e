/**
 * The emotion map: journey stage × emotion — the Ekman groups and the sentiments — with the
 * share of texts showing each and n per cell, stages in the workspace's order. A text may show
 * several Ekman groups (shares of a stage then add up to more than 100 %); it has exactly one
 * sentiment. Below the workspace's minimum n a cell gives its count but no share, as every
 * figure does (DESIGN.md, "Metrics").
 */
import { figureStatus, type ConfidenceInterval, type FigureStatus } from '../metrics/figure.ts';
import { wilsonInterval } from '../metrics/wilson.ts';
import { EKMAN_GROUPS, SENTIMENTS } from '../text/labels.ts';

/** Whose texts: the customer's (their messages, comments and the notes about them), the agents' (and bots'), or all. */
export const SPEAKER_FILTERS = ['customer', 'agent', 'all'] as const;
export type SpeakerFilter = (typeof SPEAKER_FILTERS)[number];

export interface EmotionMapFilter {
  from?: string | undefined;
  to?: string | undefined;
  segment?: string | undefined;
  channel?: string | undefined;
  speaker: SpeakerFilter;
  /**
   * Only texts of interactions these employees served, and comments about those (set by the
   * service from the actor's visibility; empty matches nothing). Undefined: the workspace.
   */
  servedBy?: readonly string[] | undefined;
}

/** How many signals of a stage had this sentiment and exactly this set of Ekman groups. */
export interface EmotionCountRow {
  stage: string | null;
  sentiment: string;
  ekman: string[];
  n: number;
}

export interface EmotionCell {
  count: number;
  /** Percentage of the stage's texts; null unless the stage has at least minN. */
  share: number | null;
  /** Wilson 95 % interval of the share, in %. */
  interval: ConfidenceInterval | null;
}

export interface EmotionMapRow {
  stage: string;
  n: number;
  status: FigureStatus;
  ekman: Record<string, EmotionCell>;
  sentiment: Record<string, EmotionCell>;
}

export interface EmotionMap {
  stages: string[];
  ekmanGroups: string[];
  sentiments: string[];
  minN: number;
  /** All texts counted, and those with no journey stage (not in any row). */
  total: number;
  unstaged: number;
  rows: EmotionMapRow[];
}

const round1 = (v: number) => Math.round(v * 10) / 10;

function cell(count: number, n: number, ok: boolean): EmotionCell {
  if (!ok || n === 0) return { count, share: null, interval: null };
  const i = wilsonInterval(count, n);
  return {
    count,
    share: round1((100 * count) / n),
    interval: { low: round1(i.low * 100), high: round1(i.high * 100) },
  };
}

/** Stages in the workspace's order, then any others the data uses, alphabetically. */
export function stageOrder(configured: readonly string[], seen: Iterable<string>): string[] {
  const extra = [...new Set(seen)].filter((s) => !configured.includes(s)).sort();
  return [...configured, ...extra];
}

export function emotionMap(
  counts: readonly EmotionCountRow[],
  configuredStages: readonly string[],
  minN: number,
): EmotionMap {
  const perStage = new Map<string, EmotionCountRow[]>();
  let unstaged = 0;
  let total = 0;
  for (const c of counts) {
    total += c.n;
    if (c.stage === null) {
      unstaged += c.n;
      continue;
    }
    const list = perStage.get(c.stage) ?? [];
    list.push(c);
    perStage.set(c.stage, list);
  }
  const stages = stageOrder(configuredStages, perStage.keys());
  const rows = stages.map((stage): EmotionMapRow => {
    const list = perStage.get(stage) ?? [];
    const n = list.reduce((t, c) => t + c.n, 0);
    const status = figureStatus(n, minN);
    const ok = status === 'ok';
    const ekman: Record<string, EmotionCell> = {};
    for (const g of EKMAN_GROUPS)
      ekman[g] = cell(
        list.filter((c) => c.ekman.includes(g)).reduce((t, c) => t + c.n, 0),
        n,
        ok,
      );
    const sentiment: Record<string, EmotionCell> = {};
    for (const s of SENTIMENTS)
      sentiment[s] = cell(
        list.filter((c) => c.sentiment === s).reduce((t, c) => t + c.n, 0),
        n,
        ok,
      );
    return { stage, n, status, ekman, sentiment };
  });
  return {
    stages,
    ekmanGroups: [...EKMAN_GROUPS],
    sentiments: [...SENTIMENTS],
    minN,
    total,
    unstaged,
    rows,
  };
}
