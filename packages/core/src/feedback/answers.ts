/**
 * Checks submitted answers against the survey version they answer: each refers to a question
 * of the survey, has a value of the question's type and scale, and lies on the path the
 * branching allows. A bad answer is refused naming `answers[i].value` (or `.questionId`).
 */
import { DomainError, invalid } from '../errors/domain-error.ts';
import { EXPECTATIONS } from '../interactions/interaction.ts';
import { isQuestionShown } from '../surveys/branching.ts';
import type {
  AnswerRecord,
  AnswerValue,
  SurveyDefinition,
  SurveyQuestion,
} from '../surveys/survey-definition.ts';

/** The most a free-text answer may hold (a text question's, or the web page's probe). */
export const MAX_TEXT_ANSWER = 20_000;

export interface SubmittedAnswer {
  questionId: string;
  /** null: the question was shown and skipped. */
  value: AnswerValue | null;
}

function checkValue(q: SurveyQuestion, v: AnswerValue, field: string): AnswerValue {
  switch (q.type) {
    case 'score':
      if (typeof v !== 'number' || !Number.isInteger(v) || v < q.scale.min || v > q.scale.max) {
        throw invalid(
          field,
          `"${q.id}" takes a whole number from ${q.scale.min} to ${q.scale.max}.`,
        );
      }
      return v;
    case 'single': {
      if (typeof v !== 'string' || !q.choices.some((c) => c.id === v)) {
        throw invalid(field, `"${q.id}" takes one of: ${q.choices.map((c) => c.id).join(', ')}.`);
      }
      return v;
    }
    case 'multi': {
      const ids = new Set(q.choices.map((c) => c.id));
      if (
        !Array.isArray(v) ||
        v.length === 0 ||
        v.some((x) => typeof x !== 'string' || !ids.has(x)) ||
        new Set(v).size !== v.length
      ) {
        throw invalid(
          field,
          `"${q.id}" takes a list of distinct choices from: ${[...ids].join(', ')}.`,
        );
      }
      return v;
    }
    case 'text':
      if (typeof v !== 'string' || v.trim() === '' || v.length > MAX_TEXT_ANSWER) {
        throw invalid(field, `"${q.id}" takes text of 1 to 20,000 characters.`);
      }
      return v;
    case 'yes_no':
      if (typeof v !== 'boolean') throw invalid(field, `"${q.id}" takes true or false.`);
      return v;
    case 'expectation':
      if (typeof v !== 'string' || !(EXPECTATIONS as readonly string[]).includes(v)) {
        throw invalid(field, `"${q.id}" takes failed, met or exceeded.`);
      }
      return v;
  }
}

/** Validated answer records in the survey's question order. */
export function validateAnswers(
  def: SurveyDefinition,
  submitted: readonly SubmittedAnswer[],
): AnswerRecord[] {
  if (submitted.length === 0) throw invalid('answers', 'A response needs at least one answer.');
  const byId = new Map(def.questions.map((q) => [q.id, q]));
  const records = new Map<string, AnswerRecord>();
  submitted.forEach((a, i) => {
    const q = byId.get(a.questionId);
    if (!q)
      throw invalid(
        `answers[${i}].questionId`,
        `Survey ${def.id} v${def.version} has no question "${a.questionId}".`,
      );
    if (records.has(q.id))
      throw invalid(`answers[${i}].questionId`, `"${q.id}" is answered twice.`);
    const value = a.value === null ? null : checkValue(q, a.value, `answers[${i}].value`);
    records.set(q.id, { questionId: q.id, status: value === null ? 'skipped' : 'answered', value });
  });
  const ordered = def.questions.flatMap((q) =>
    records.has(q.id) ? [records.get(q.id) as AnswerRecord] : [],
  );
  ordered.forEach((rec) => {
    const q = byId.get(rec.questionId) as SurveyQuestion;
    const earlier = ordered.slice(0, ordered.indexOf(rec));
    if (!isQuestionShown(q, earlier)) {
      const i = submitted.findIndex((a) => a.questionId === q.id);
      throw new DomainError(
        'validation',
        `"${q.id}" is not asked after these answers (its condition does not hold).`,
        {
          field: `answers[${i}].questionId`,
        },
      );
    }
  });
  return ordered;
}
