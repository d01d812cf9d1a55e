/**
 * A team's customer outcomes over a period, each with n and a 95 % interval (DESIGN.md,
 * "Attribution"): transactional CSAT and CES of the team's interactions, relationship NPS of the
 * customers the team owns (a relationship answer's team is the owner's team), the recovery rate of
 * its closed-loop cases, and praise received per 100 of its interactions. Customer outcomes are not
 * anonymous results: they are shown for every team, with `too_few` under the workspace's minimum.
 */
import type { Deps } from '../common/deps.ts';
import type { HistogramRow } from '../feedback/metric-query.ts';
import type { AnswerScope } from '../feedback/response.ts';
import { cesFromHistogram } from '../metrics/ces.ts';
import { csatFromHistogram } from '../metrics/csat.ts';
import {
  figureStatus,
  type ConfidenceInterval,
  type Figure,
  type FigureStatus,
} from '../metrics/figure.ts';
import { npsFromHistogram } from '../metrics/nps.ts';
import { shareEstimate } from '../metrics/wilson.ts';
import { rateEstimate } from './rate.ts';

export const OUTCOME_METRICS = ['csat', 'ces', 'nps', 'recovery', 'praise'] as const;
export type OutcomeMetric = (typeof OUTCOME_METRICS)[number];

export interface OutcomeFigure {
  metric: OutcomeMetric;
  status: FigureStatus;
  /** CSAT and recovery in %, CES a mean score, NPS in points, praise per 100 interactions. */
  value: number | null;
  /** Answers (CSAT, CES, NPS), closed cases (recovery) or interactions (praise). */
  n: number;
  interval: ConfidenceInterval | null;
  unit: 'percent' | 'score' | 'points' | 'per_100_interactions';
  /** The answer scale ("1–5") for survey metrics. */
  scale: string | null;
  /** Recovered cases, or praise received. */
  count: number | null;
}

export type TeamOutcomes = Record<OutcomeMetric, OutcomeFigure>;

const empty = (metric: OutcomeMetric, unit: OutcomeFigure['unit']): OutcomeFigure => ({
  metric,
  status: 'empty',
  value: null,
  n: 0,
  interval: null,
  unit,
  scale: null,
  count: null,
});

/** Empty outcomes, for a team with no data. */
export const noOutcomes = (): TeamOutcomes => ({
  csat: empty('csat', 'percent'),
  ces: empty('ces', 'score'),
  nps: empty('nps', 'points'),
  recovery: empty('recovery', 'percent'),
  praise: empty('praise', 'per_100_interactions'),
});

const fromFigure = (metric: OutcomeMetric, f: Figure<unknown>): OutcomeFigure => ({
  metric,
  status: f.status,
  value: f.value,
  n: f.n,
  interval: f.interval,
  unit: f.unit,
  scale: f.scale?.label ?? null,
  count: null,
});

/**
 * Rows of the scale most answers were given on, per team: answers on different scales are never
 * pooled, so the team figures of a period all use one scale.
 */
function primaryScaleRows(rows: readonly HistogramRow[]): Map<string, HistogramRow> {
  const key = (r: HistogramRow) => `${r.scaleMin}–${r.scaleMax}|${r.topBoxMin ?? ''}`;
  const totals = new Map<string, number>();
  for (const r of rows)
    totals.set(key(r), (totals.get(key(r)) ?? 0) + r.counts.reduce((a, b) => a + b, 0));
  const best = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const out = new Map<string, HistogramRow>();
  for (const r of rows) {
    const team = r.group.team;
    if (team && key(r) === best) out.set(team, r);
  }
  return out;
}

/** Every team's customer outcomes over [from, to) (days), keyed by team id. */
export async function teamOutcomes(
  d: Deps,
  ws: string,
  period: { from: string; to: string },
  minN: number,
): Promise<Map<string, TeamOutcomes>> {
  const out = new Map<string, TeamOutcomes>();
  const of = (team: string) => {
    let o = out.get(team);
    if (!o) out.set(team, (o = noOutcomes()));
    return o;
  };
  const histograms = async (metric: 'csat' | 'ces' | 'nps', scope: AnswerScope) =>
    primaryScaleRows(
      await d.r.responses.histograms(ws, {
        metric,
        scopes: [scope],
        from: period.from,
        to: period.to,
        filters: {},
        groupBy: ['team'],
      }),
    );
  const h = (r: HistogramRow) => ({ scaleMin: r.scaleMin, scaleMax: r.scaleMax, counts: r.counts });
  for (const [team, r] of await histograms('csat', 'transactional'))
    of(team).csat = fromFigure(
      'csat',
      csatFromHistogram(h(r), { minN, topBoxMin: r.topBoxMin ?? undefined }),
    );
  for (const [team, r] of await histograms('ces', 'transactional'))
    of(team).ces = fromFigure('ces', cesFromHistogram(h(r), { minN }));
  for (const [team, r] of await histograms('nps', 'relationship'))
    of(team).nps = fromFigure('nps', npsFromHistogram(h(r), { minN }));

  for (const c of await d.r.teamOutcomes.caseOutcomes(ws, period.from, period.to)) {
    const s = shareEstimate(c.recovered, c.closed);
    const status = figureStatus(c.closed, minN);
    of(c.teamId).recovery = {
      ...empty('recovery', 'percent'),
      status,
      value: status === 'ok' ? s.share : null,
      n: c.closed,
      interval: status === 'ok' ? s.interval : null,
      count: c.recovered,
    };
  }
  const praise = new Map(
    (await d.r.teamOutcomes.praiseReceived(ws, period.from, period.to)).map((p) => [
      p.teamId,
      p.count,
    ]),
  );
  for (const i of await d.r.teamOutcomes.interactions(ws, period.from, period.to)) {
    const k = praise.get(i.teamId) ?? 0;
    const r = rateEstimate(k, i.count);
    const status = figureStatus(i.count, minN);
    of(i.teamId).praise = {
      ...empty('praise', 'per_100_interactions'),
      status,
      value: status === 'ok' ? r.rate : null,
      n: i.count,
      interval: status === 'ok' ? r.interval : null,
      count: k,
    };
  }
  return out;
}
