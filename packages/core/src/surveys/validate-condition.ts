import { CONDITION_OPS } from './condition.ts';
import { EXPECTATIONS } from '../interactions/interaction.ts';
import { isAllowedScale } from './scales.ts';
import type { IssueList } from './validation-helpers.ts';
import { isNonEmptyString, isRecord } from './validation-helpers.ts';

/** What a condition needs to know about an earlier question. */
export interface ConditionTarget {
  type: string;
  scale?: { min: number; max: number } | undefined;
  choiceIds?: readonly string[] | undefined;
}

/** Where a question's condition may point. */
export interface ConditionScope {
  /** The id of the question carrying the condition. */
  selfId: string;
  /** Questions before it, by id. */
  earlier: ReadonlyMap<string, ConditionTarget>;
  /** Ids of all questions in the survey. */
  all: ReadonlySet<string>;
}

function checkValue(
  issues: IssueList,
  field: string,
  v: unknown,
  t: ConditionTarget,
  qid: string,
): void {
  switch (t.type) {
    case 'score': {
      const s = t.scale;
      if (typeof v !== 'number' || !Number.isInteger(v))
        issues.add(field, `A score of ${qid} is a whole number.`);
      else if (s && isAllowedScale(s.min, s.max) && (v < s.min || v > s.max)) {
        issues.add(field, `${v} is outside the ${s.min}–${s.max} scale of ${qid}.`);
      }
      return;
    }
    case 'single':
    case 'multi':
      if (typeof v !== 'string' || !(t.choiceIds ?? []).includes(v)) {
        issues.add(field, `${JSON.stringify(v)} is not a choice id of ${qid}.`);
      }
      return;
    case 'yes_no':
      if (typeof v !== 'boolean') issues.add(field, `A yes/no answer of ${qid} is true or false.`);
      return;
    case 'expectation':
      if (!(EXPECTATIONS as readonly unknown[]).includes(v)) {
        issues.add(field, `An expectation of ${qid} is one of ${EXPECTATIONS.join(', ')}.`);
      }
      return;
    default:
      issues.add(field, `Free text of ${qid} cannot be compared; use "answered" or "skipped".`);
  }
}

function checkNumber(
  issues: IssueList,
  field: string,
  v: unknown,
  t: ConditionTarget,
  qid: string,
): void {
  checkValue(issues, field, v, { ...t, type: 'score' }, qid);
}

/**
 * Validate a `showIf` condition: known shape and operator, a reference to an EARLIER question
 * only (so branching has no look-ahead and no cycles), and values that fit that question.
 */
export function checkCondition(
  issues: IssueList,
  field: string,
  c: unknown,
  scope: ConditionScope,
): void {
  if (!isRecord(c)) {
    issues.add(field, 'A condition is an object.');
    return;
  }
  for (const combo of ['all', 'any'] as const) {
    if (combo in c) {
      const list = c[combo];
      if (!Array.isArray(list) || list.length === 0) {
        issues.add(`${field}.${combo}`, `"${combo}" needs a non-empty list of conditions.`);
        return;
      }
      list.forEach((x, k) => checkCondition(issues, `${field}.${combo}[${k}]`, x, scope));
      return;
    }
  }
  if ('not' in c) {
    checkCondition(issues, `${field}.not`, c.not, scope);
    return;
  }
  const qid = c.question;
  if (!isNonEmptyString(qid)) {
    issues.add(`${field}.question`, 'A condition names the earlier question it depends on.');
    return;
  }
  const target = scope.earlier.get(qid);
  if (!target) {
    let msg = `No question with id "${qid}".`;
    if (qid === scope.selfId) msg = `A question's condition may not refer to itself ("${qid}").`;
    else if (scope.all.has(qid)) {
      msg = `The condition refers to "${qid}", which comes later: conditions may refer only to earlier questions (no cycles).`;
    }
    issues.add(`${field}.question`, msg);
    return;
  }
  const op = c.op;
  if (typeof op !== 'string' || !(CONDITION_OPS as readonly string[]).includes(op)) {
    issues.add(
      `${field}.op`,
      `Unknown operator ${JSON.stringify(op)}; use one of ${CONDITION_OPS.join(', ')}.`,
    );
    return;
  }
  switch (op) {
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
    case 'between':
      if (target.type !== 'score') {
        issues.add(
          `${field}.op`,
          `"${op}" compares scores, but "${qid}" is a ${target.type} question.`,
        );
        return;
      }
      if (op === 'between') {
        checkNumber(issues, `${field}.min`, c.min, target, qid);
        checkNumber(issues, `${field}.max`, c.max, target, qid);
        if (typeof c.min === 'number' && typeof c.max === 'number' && c.min > c.max) {
          issues.add(`${field}.max`, 'The upper bound is below the lower bound.');
        }
      } else checkNumber(issues, `${field}.value`, c.value, target, qid);
      return;
    case 'equals':
      checkValue(issues, `${field}.value`, c.value, target, qid);
      return;
    case 'in':
      if (!Array.isArray(c.values) || c.values.length === 0) {
        issues.add(`${field}.values`, '"in" needs a non-empty list of values.');
        return;
      }
      c.values.forEach((v, k) => checkValue(issues, `${field}.values[${k}]`, v, target, qid));
      return;
    case 'includes':
      if (target.type !== 'multi') {
        issues.add(
          `${field}.op`,
          `"includes" applies to multiple-choice questions; "${qid}" is ${target.type}.`,
        );
        return;
      }
      checkValue(issues, `${field}.value`, c.value, target, qid);
      return;
    default:
      return; // answered / skipped apply to any question
  }
}
