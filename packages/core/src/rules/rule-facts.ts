/**
 * The facts a rule is judged on: what happened (a response, a signal, a low score, an
 * interaction) with what is known around it — the customer, the interaction, the scores,
 * the text. Built from the repositories by `loadFacts`, or by hand in tests.
 */
import type { Customer } from '../customers/customer.ts';
import type { SurveyResponse } from '../feedback/response.ts';
import type { Interaction } from '../interactions/interaction.ts';
import type { Signal } from '../signals/signal.ts';
import type { RuleTrigger } from './rule.ts';

export interface ScoreFact {
  questionId: string;
  metric: string;
  scope: 'relationship' | 'transactional';
  score: number;
  scaleMin: number;
  scaleMax: number;
}

export interface LowScoreEvent {
  invitationId: string;
  questionId: string;
  metric: string;
  scope: 'relationship' | 'transactional';
  score: number;
  scaleMin: number;
  scaleMax: number;
}

export interface Facts {
  trigger: RuleTrigger;
  /** The id of what happened: response, signal, interaction or invitation (low score). */
  subjectId: string;
  at: string;
  customer: Customer | null;
  interaction: Interaction | null;
  response: SurveyResponse | null;
  signal: Signal | null;
  lowScore: LowScoreEvent | null;
  scores: ScoreFact[];
  /** The text the signal was read in, or the response's comment. */
  text: string | null;
}

/** Score answers of a response as facts (relationship or transactional scope only). */
export function scoresOf(r: SurveyResponse): ScoreFact[] {
  const out: ScoreFact[] = [];
  for (const a of r.answers) {
    if (a.valueNum === null || a.scaleMin === null || a.scaleMax === null || !a.metric) continue;
    if (a.metric === 'expectations') continue;
    if (a.scope !== 'relationship' && a.scope !== 'transactional') continue;
    out.push({
      questionId: a.questionId,
      metric: a.metric,
      scope: a.scope,
      score: a.valueNum,
      scaleMin: a.scaleMin,
      scaleMax: a.scaleMax,
    });
  }
  return out;
}
