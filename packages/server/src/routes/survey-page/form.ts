/** Reading one answer from the survey page's form, by question type. */
import type { AnswerValue, SurveyQuestion } from '@rapport/core';

/**
 * A posted form. The page posts url-encoded text, but anyone may post JSON: a value may be any
 * JSON value, and only text is read as an answer.
 */
export type FormBody = Record<string, unknown>;

/** The text of a field (its first, when repeated); undefined for anything that is not text. */
const one = (v: unknown): string | undefined => {
  const first: unknown = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first : undefined;
};

/** The answer the form carries, or undefined when none was given. */
export function readFormAnswer(q: SurveyQuestion, body: FormBody): AnswerValue | undefined {
  const raw = body.value;
  switch (q.type) {
    case 'score': {
      const s = one(raw);
      return s !== undefined && /^-?\d+$/.test(s.trim()) ? Number(s) : undefined;
    }
    case 'multi': {
      const list = (Array.isArray(raw) ? raw : [raw]).filter(
        (x): x is string => typeof x === 'string' && x !== '',
      );
      return list.length ? [...new Set(list)] : undefined;
    }
    case 'yes_no': {
      const s = one(raw);
      return s === 'yes' ? true : s === 'no' ? false : undefined;
    }
    case 'text':
      return readFormText(body);
    case 'single':
    case 'expectation': {
      const s = one(raw);
      return s ? s : undefined;
    }
  }
}

/** The text in the form's box, trimmed, or undefined when it is empty. */
export function readFormText(body: FormBody): string | undefined {
  return one(body.value)?.trim() || undefined;
}
