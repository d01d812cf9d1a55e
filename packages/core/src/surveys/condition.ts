import type { AnswerRecord, AnswerValue } from './survey-definition.ts';

/**
 * A condition on earlier answers that decides whether a question is asked. Plain data:
 *
 * - `{ question: 'nps', op: 'lte', value: 6 }` — a score at most 6 (also `lt`, `gte`, `gt`);
 * - `{ question: 'nps', op: 'between', min: 7, max: 8 }` — a score in [min, max];
 * - `{ question: 'channel', op: 'equals', value: 'phone' }` — a choice id, yes/no (boolean),
 *   expectation or score equal to `value` (for a multi choice: exactly that one selected);
 * - `{ question: 'channel', op: 'in', values: ['phone', 'chat'] }` — any of the values
 *   (for a multi choice: at least one of them selected);
 * - `{ question: 'topics', op: 'includes', value: 'price' }` — a multi choice including a choice;
 * - `{ question: 'q', op: 'answered' }` / `{ question: 'q', op: 'skipped' }` — the question was
 *   answered / was asked but skipped (a question never asked is neither);
 * - `{ all: [...] }`, `{ any: [...] }`, `{ not: … }` — combinations.
 *
 * A comparison on a question that has no answer is false.
 */
export type QuestionCondition =
  | { question: string; op: 'lt' | 'lte' | 'gt' | 'gte'; value: number }
  | { question: string; op: 'between'; min: number; max: number }
  | { question: string; op: 'equals'; value: string | number | boolean }
  | { question: string; op: 'in'; values: Array<string | number | boolean> }
  | { question: string; op: 'includes'; value: string }
  | { question: string; op: 'answered' | 'skipped' }
  | { all: QuestionCondition[] }
  | { any: QuestionCondition[] }
  | { not: QuestionCondition };

/** The comparison operators a leaf condition may use. */
export const CONDITION_OPS = [
  'lt',
  'lte',
  'gt',
  'gte',
  'between',
  'equals',
  'in',
  'includes',
  'answered',
  'skipped',
] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];

/** A leaf condition: one operator on one earlier question. */
export type LeafCondition = Extract<QuestionCondition, { question: string }>;

/** The ids of all questions a condition refers to. */
export function conditionQuestions(c: QuestionCondition): string[] {
  if ('all' in c) return c.all.flatMap(conditionQuestions);
  if ('any' in c) return c.any.flatMap(conditionQuestions);
  if ('not' in c) return conditionQuestions(c.not);
  return [c.question];
}

function sameValue(a: AnswerValue, b: string | number | boolean): boolean {
  if (Array.isArray(a)) return a.length === 1 && a[0] === b;
  return a === b;
}

function leafHolds(c: LeafCondition, answer: AnswerRecord | undefined): boolean {
  if (c.op === 'answered') return answer?.status === 'answered';
  if (c.op === 'skipped') return answer?.status === 'skipped';
  if (!answer || answer.status !== 'answered' || answer.value === null) return false;
  const v = answer.value;
  switch (c.op) {
    case 'lt':
      return typeof v === 'number' && v < c.value;
    case 'lte':
      return typeof v === 'number' && v <= c.value;
    case 'gt':
      return typeof v === 'number' && v > c.value;
    case 'gte':
      return typeof v === 'number' && v >= c.value;
    case 'between':
      return typeof v === 'number' && v >= c.min && v <= c.max;
    case 'equals':
      return sameValue(v, c.value);
    case 'in':
      return Array.isArray(v) ? v.some((x) => c.values.includes(x)) : c.values.includes(v);
    case 'includes':
      return Array.isArray(v) && v.includes(c.value);
  }
}

/** Whether the condition holds on the answers so far (keyed by question id). */
export function evaluateCondition(
  c: QuestionCondition,
  answers: ReadonlyMap<string, AnswerRecord>,
): boolean {
  if ('all' in c) return c.all.every((x) => evaluateCondition(x, answers));
  if ('any' in c) return c.any.some((x) => evaluateCondition(x, answers));
  if ('not' in c) return !evaluateCondition(c.not, answers);
  return leafHolds(c, answers.get(c.question));
}
