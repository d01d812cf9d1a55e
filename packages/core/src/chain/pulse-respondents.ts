/**
 * Pulse respondents and their figures. A respondent is one anonymous response: its survey, the
 * month it came in, its group (the team for the employee pulse, the rated manager for the
 * leadership pulse), its item answers, its eNPS answer and its comments — never who gave it.
 */
import { engagementIndex } from '../metrics/engagement.ts';
import { enpsFromAnswers } from '../metrics/enps.ts';
import type { Figure } from '../metrics/figure.ts';
import type { ScoreAnswer } from '../metrics/histogram.ts';
import type { PulseAnswerRow } from '../ports/chain-repos.ts';
import { monthOfDay } from './periods.ts';

export const PULSE_KINDS = ['employee', 'leadership'] as const;
export type PulseKind = (typeof PULSE_KINDS)[number];

export const PULSE_METRICS = ['enps', 'engagement', 'leadership'] as const;
export type PulseMetric = (typeof PULSE_METRICS)[number];

/** The survey kind a pulse metric is asked in. */
export const kindOfMetric = (m: PulseMetric): PulseKind =>
  m === 'leadership' ? 'leadership' : 'employee';

export interface PulseRespondent {
  surveyId: string;
  /** "2026-08". */
  month: string;
  /** Team (employee pulse) or rated manager (leadership pulse). */
  group: string | null;
  /** Engagement items (employee pulse) or upward items (leadership pulse), 1–5. */
  items: ScoreAnswer[];
  enps: ScoreAnswer | null;
  comments: string[];
}

const score = (r: PulseAnswerRow): ScoreAnswer | null =>
  r.valueNum === null || r.scaleMin === null || r.scaleMax === null
    ? null
    : { value: r.valueNum, scaleMin: r.scaleMin, scaleMax: r.scaleMax };

/** Gathers answer rows into respondents, in the order their responses first appear. */
export function respondentsFromRows(
  kind: PulseKind,
  rows: readonly PulseAnswerRow[],
): PulseRespondent[] {
  const itemMetric = kind === 'employee' ? 'engagement' : 'leadership';
  const byResponse = new Map<string, PulseRespondent>();
  for (const row of rows) {
    let r = byResponse.get(row.responseId);
    if (!r) {
      r = {
        surveyId: row.surveyId,
        month: monthOfDay(row.day),
        group: kind === 'employee' ? row.teamId : row.managerId,
        items: [],
        enps: null,
        comments: [],
      };
      byResponse.set(row.responseId, r);
    }
    const s = score(row);
    if (row.metric === itemMetric && s) r.items.push(s);
    else if (row.metric === 'enps' && s && kind === 'employee') r.enps = s;
    else if (row.metric === null && row.valueText !== null && row.valueText.trim() !== '')
      r.comments.push(row.valueText.trim());
  }
  return [...byResponse.values()];
}

/**
 * The figure of a pulse metric over some respondents, with the anonymity threshold as minimum n:
 * under it the figure is `too_few` and reveals nothing but n.
 */
export function pulseFigure(
  metric: PulseMetric,
  respondents: readonly PulseRespondent[],
  threshold: number,
): Figure<unknown> {
  if (metric === 'enps') {
    const answers = respondents.flatMap((r) => (r.enps ? [r.enps] : []));
    return enpsFromAnswers(answers, { minN: threshold });
  }
  return engagementIndex(
    respondents.map((r) => r.items),
    { metric, minN: threshold },
  );
}

/** Comments of some respondents, in alphabetical order so their order tells nothing. */
export const sortedComments = (respondents: readonly PulseRespondent[]): string[] =>
  respondents.flatMap((r) => r.comments).sort((a, b) => a.localeCompare(b));
