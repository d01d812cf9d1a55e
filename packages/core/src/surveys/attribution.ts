import type { QuestionScope, SurveyKind } from './survey-definition.ts';

/**
 * Whom an answer is judged against (DESIGN.md, "Attribution"):
 * - `company`: relationship questions of customer surveys — the company, the segment and the
 *   account's relationship owner; never the agent who happened to trigger the survey;
 * - `interaction`: transactional questions — the agent and team of that interaction;
 * - `team`: employee pulse answers — the respondent's team, shown only in large enough groups;
 * - `manager`: leadership pulse answers — the manager they are about, anonymously.
 */
export type AnswerAttribution = 'company' | 'interaction' | 'team' | 'manager';

/** The attribution of a question's answers, from the survey kind and the question's scope. */
export function questionAttribution(kind: SurveyKind, scope: QuestionScope): AnswerAttribution {
  if (kind === 'employee') return 'team';
  if (kind === 'leadership') return 'manager';
  return scope === 'transactional' ? 'interaction' : 'company';
}
