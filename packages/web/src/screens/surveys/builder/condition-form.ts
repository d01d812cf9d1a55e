/**
 * The simple condition editor's model: one earlier question, an operator that suits its type,
 * and the value(s) — turned into core's condition data and back, and described in words.
 */
import { fallbackText } from './localized.ts';
import type {
  ConditionOp,
  LeafCondition,
  QuestionCondition,
  SurveyQuestion,
} from '@rapport/core/surveys';

export const OP_LABELS: Record<ConditionOp, string> = {
  lt: 'is below',
  lte: 'is at most',
  gt: 'is above',
  gte: 'is at least',
  between: 'is between',
  equals: 'is',
  in: 'is one of',
  includes: 'includes',
  answered: 'was answered',
  skipped: 'was skipped',
};

export function opsFor(q: SurveyQuestion | undefined): ConditionOp[] {
  switch (q?.type) {
    case 'score':
      return ['lte', 'lt', 'gte', 'gt', 'between', 'equals', 'answered', 'skipped'];
    case 'single':
    case 'expectation':
      return ['equals', 'in', 'answered', 'skipped'];
    case 'multi':
      return ['includes', 'in', 'equals', 'answered', 'skipped'];
    case 'yes_no':
      return ['equals', 'answered', 'skipped'];
    default:
      return ['answered', 'skipped'];
  }
}

/** The values a question's answer can take, when they can be listed. */
export function valueChoices(
  q: SurveyQuestion | undefined,
): Array<{ value: string; label: string }> | null {
  if (!q) return null;
  if (q.type === 'single' || q.type === 'multi')
    return q.choices.map((c) => ({ value: c.id, label: c.id }));
  if (q.type === 'yes_no')
    return [
      { value: 'true', label: 'Yes' },
      { value: 'false', label: 'No' },
    ];
  if (q.type === 'expectation')
    return ['failed', 'met', 'exceeded'].map((v) => ({ value: v, label: v }));
  return null;
}

export interface ConditionForm {
  question: string;
  op: ConditionOp;
  value: string;
  min: string;
  max: string;
  values: string[];
}

const str = (v: string | number | boolean) =>
  typeof v === 'number' && Number.isNaN(v) ? '' : String(v);

export function formOf(c: LeafCondition): ConditionForm {
  const f: ConditionForm = {
    question: c.question,
    op: c.op,
    value: '',
    min: '',
    max: '',
    values: [],
  };
  if ('value' in c) f.value = str(c.value);
  if (c.op === 'between') {
    f.min = str(c.min);
    f.max = str(c.max);
  }
  if (c.op === 'in') f.values = c.values.map(str);
  return f;
}

const num = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

function typed(q: SurveyQuestion | undefined, v: string): string | number | boolean {
  if (q?.type === 'score') return num(v);
  if (q?.type === 'yes_no') return v === 'true';
  return v;
}

export function conditionOf(f: ConditionForm, q: SurveyQuestion | undefined): LeafCondition {
  const question = f.question;
  switch (f.op) {
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return { question, op: f.op, value: num(f.value) };
    case 'between':
      return { question, op: 'between', min: num(f.min), max: num(f.max) };
    case 'equals':
      return { question, op: 'equals', value: typed(q, f.value) };
    case 'in':
      return { question, op: 'in', values: f.values.map((v) => typed(q, v)) };
    case 'includes':
      return { question, op: 'includes', value: f.value };
    case 'answered':
    case 'skipped':
      return { question, op: f.op };
  }
}

/** A fresh condition on a question: the first operator that suits it, with a likely value. */
export function defaultForm(q: SurveyQuestion): ConditionForm {
  const op = opsFor(q)[0] ?? 'answered';
  const choices = valueChoices(q);
  const value =
    q.type === 'score'
      ? String(Math.floor((q.scale.min + q.scale.max) / 2))
      : (choices?.[0]?.value ?? '');
  return { question: q.id, op, value, min: '', max: '', values: [] };
}

export const isLeaf = (c: QuestionCondition): c is LeafCondition => 'question' in c;

/** The condition in words: "nps is at most 6", "all of: …". */
export function describeCondition(c: QuestionCondition): string {
  if ('all' in c) return `all of: ${c.all.map(describeCondition).join('; ')}`;
  if ('any' in c) return `any of: ${c.any.map(describeCondition).join('; ')}`;
  if ('not' in c) return `not (${describeCondition(c.not)})`;
  const head = `${c.question} ${OP_LABELS[c.op]}`;
  switch (c.op) {
    case 'between':
      return `${head} ${c.min} and ${c.max}`;
    case 'in':
      return `${head} ${c.values.map(str).join(', ')}`;
    case 'answered':
    case 'skipped':
      return head;
    default:
      return `${head} ${str(c.value)}`;
  }
}

/** At most this many characters of a question's text in the list of earlier questions. */
const SHORT = 48;

/** An earlier question as the condition's list offers it: "Question 3 · What would… (to_earn)". */
export function questionChoiceLabel(
  q: SurveyQuestion,
  index: number,
  defaultLanguage: string,
): string {
  const text = fallbackText(q.text, defaultLanguage).trim().replace(/\s+/g, ' ');
  const short = text.length > SHORT ? `${text.slice(0, SHORT).trimEnd()}…` : text;
  return `Question ${index + 1}${short ? ` · ${short}` : ''} (${q.id})`;
}
