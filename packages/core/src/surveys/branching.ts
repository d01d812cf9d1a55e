import { evaluateCondition } from './condition.ts';
import type { AnswerRecord, SurveyDefinition, SurveyQuestion } from './survey-definition.ts';

/** Answers keyed by question id; the last record for an id wins. */
export function answersById(answers: readonly AnswerRecord[]): Map<string, AnswerRecord> {
  const m = new Map<string, AnswerRecord>();
  for (const a of answers) m.set(a.questionId, a);
  return m;
}

/** Whether a question is to be asked given the answers so far (true when it has no condition). */
export function isQuestionShown(
  q: SurveyQuestion,
  answers: readonly AnswerRecord[] | ReadonlyMap<string, AnswerRecord>,
): boolean {
  if (!q.showIf) return true;
  const map = answers instanceof Map ? answers : answersById(answers as readonly AnswerRecord[]);
  return evaluateCondition(q.showIf, map);
}

/**
 * The next question to ask, or null when the survey is done. Questions are taken in order; one
 * that already has an answer (answered or skipped) is passed, and one whose condition does not
 * hold is not shown. Conditions refer only to earlier questions (validated), so a hidden
 * question never becomes due later.
 */
export function nextQuestion(
  def: SurveyDefinition,
  answersSoFar: readonly AnswerRecord[],
): SurveyQuestion | null {
  const map = answersById(answersSoFar);
  for (const q of def.questions) {
    if (map.has(q.id)) continue;
    if (isQuestionShown(q, map)) return q;
  }
  return null;
}

/**
 * The questions a respondent would be asked for these answers, in order (the path through the
 * branching). Questions after the first unanswered shown one are included as far as their
 * conditions can already be decided.
 */
export function questionPath(
  def: SurveyDefinition,
  answers: readonly AnswerRecord[],
): SurveyQuestion[] {
  const map = answersById(answers);
  return def.questions.filter((q) => isQuestionShown(q, map));
}
