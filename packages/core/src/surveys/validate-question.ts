import { checkCondition, type ConditionTarget } from './validate-condition.ts';
import { METRIC_KINDS, METRIC_SCALES, isAllowedScale } from './scales.ts';
import {
  QUESTION_SCOPES,
  QUESTION_TYPES,
  SCORE_METRICS,
  type ScoreMetric,
  type SurveyKind,
} from './survey-definition.ts';
import { TEMPLATE_PLACEHOLDERS, placeholdersOf } from './reply-templates.ts';
import type { IssueList } from './validation-helpers.ts';
import { checkLocalized, isNonEmptyString, isRecord } from './validation-helpers.ts';

/** Report placeholders in a question's texts that the dialogue cannot fill. */
function checkPlaceholders(issues: IssueList, field: string, text: unknown): void {
  const texts = typeof text === 'string' ? [text] : isRecord(text) ? Object.values(text) : [];
  for (const t of texts) {
    if (typeof t !== 'string') continue;
    for (const name of placeholdersOf(t)) {
      if (!(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name)) {
        issues.add(field, `Unknown placeholder {${name}}.`);
      }
    }
  }
}

/** Question and choice ids: lower snake case, so they are safe as keys, columns and URL parts. */
export const QUESTION_ID = /^[a-z][a-z0-9_]{0,39}$/;
const CHOICE_ID = /^[a-z0-9][a-z0-9_]{0,39}$/;
const MAX_CHOICES = 26; // choices can be answered by letter

const METRIC_NAMES: Record<ScoreMetric, string> = {
  nps: 'NPS',
  csat: 'CSAT',
  ces: 'CES',
  enps: 'eNPS',
  engagement: 'An engagement item',
  leadership: 'A leadership item',
  rating: 'A rating',
};

/** What the question validator knows about the survey around the question. */
export interface QuestionContext {
  kind: SurveyKind;
  defaultLanguage: string;
  /** Earlier questions (already checked), for conditions. */
  earlier: Map<string, ConditionTarget>;
  allIds: ReadonlySet<string>;
}

function checkScale(
  issues: IssueList,
  p: string,
  q: Record<string, unknown>,
  ctx: QuestionContext,
) {
  const scale = q.scale;
  if (!isRecord(scale)) {
    issues.add(
      `${p}.scale`,
      'A score question declares its scale: { min, max, minLabel, maxLabel }.',
    );
    return undefined;
  }
  const { min, max } = scale;
  if (min !== 0 && min !== 1) {
    issues.add(`${p}.scale.min`, 'A scale starts at 0 or 1 (allowed: 0–10, 1–10, 1–5, 1–7).');
    return undefined;
  }
  if (typeof max !== 'number' || !isAllowedScale(min, max)) {
    issues.add(
      `${p}.scale.max`,
      `${min}–${String(max)} is not an allowed scale (0–10, 1–10, 1–5, 1–7).`,
    );
    return undefined;
  }
  checkLocalized(
    issues,
    `${p}.scale.minLabel`,
    scale.minLabel,
    ctx.defaultLanguage,
    'The label of the low end',
  );
  checkLocalized(
    issues,
    `${p}.scale.maxLabel`,
    scale.maxLabel,
    ctx.defaultLanguage,
    'The label of the high end',
  );
  return { min, max };
}

function checkScore(
  issues: IssueList,
  p: string,
  q: Record<string, unknown>,
  ctx: QuestionContext,
) {
  const scale = checkScale(issues, p, q, ctx);
  const metric = q.metric;
  if (typeof metric !== 'string' || !(SCORE_METRICS as readonly string[]).includes(metric)) {
    issues.add(
      `${p}.metric`,
      `A score question declares its metric: one of ${SCORE_METRICS.join(', ')}.`,
    );
    return scale;
  }
  const m = metric as ScoreMetric;
  const name = METRIC_NAMES[m];
  if (!METRIC_KINDS[m].includes(ctx.kind)) {
    issues.add(
      `${p}.metric`,
      `${name} is asked only in ${METRIC_KINDS[m].join(' or ')} surveys, not in a ${ctx.kind} survey.`,
    );
  }
  const allowed = METRIC_SCALES[m];
  if (scale && allowed && !allowed.some(([a, b]) => a === scale.min && b === scale.max)) {
    const field = allowed.some(([a]) => a === scale.min) ? 'max' : 'min';
    const list = allowed.map(([a, b]) => `${a}–${b}`).join(' or ');
    issues.add(
      `${p}.scale.${field}`,
      `${name} is asked on ${list}, not ${scale.min}–${scale.max}.`,
    );
  }
  if ((m === 'nps' || m === 'enps') && q.scope !== 'relationship') {
    issues.add(
      `${p}.scope`,
      `${name} measures the relationship: label the question "relationship".`,
    );
  }
  if (
    (m === 'csat' || m === 'ces') &&
    ctx.kind === 'transactional' &&
    q.scope !== 'transactional'
  ) {
    issues.add(
      `${p}.scope`,
      `${name} in a transactional survey is about the interaction: label it "transactional".`,
    );
  }
  const topBox = q.topBox;
  if (m !== 'csat') {
    if (topBox !== undefined)
      issues.add(`${p}.topBox`, 'Only CSAT questions declare a top-box cut-off.');
  } else if (scale) {
    const onFive = scale.min === 1 && scale.max === 5;
    if (topBox === undefined) {
      if (!onFive) {
        issues.add(
          `${p}.topBox`,
          `CSAT on ${scale.min}–${scale.max} declares its top-box cut-off (on 1–10: 9).`,
        );
      }
    } else if (
      typeof topBox !== 'number' ||
      !Number.isInteger(topBox) ||
      topBox <= scale.min ||
      topBox > scale.max
    ) {
      issues.add(
        `${p}.topBox`,
        `The top-box cut-off is a whole number above ${scale.min} and at most ${scale.max}.`,
      );
    } else if (onFive && topBox !== 4) {
      issues.add(`${p}.topBox`, 'CSAT on 1–5 is the share of 4s and 5s: its cut-off is 4.');
    }
  }
  const bands = q.bands;
  if (bands !== undefined && scale) {
    if (!isRecord(bands)) issues.add(`${p}.bands`, 'Bands are { lowMax, highMin }.');
    else {
      const { lowMax, highMin } = bands;
      const ok = (v: unknown): v is number =>
        typeof v === 'number' && Number.isInteger(v) && v >= scale.min && v <= scale.max;
      if (!ok(lowMax))
        issues.add(`${p}.bands.lowMax`, `lowMax is a whole number on ${scale.min}–${scale.max}.`);
      else if (!ok(highMin) || highMin <= lowMax) {
        issues.add(`${p}.bands.highMin`, 'highMin is a whole number on the scale, above lowMax.');
      }
    }
  }
  return scale;
}

function checkChoices(
  issues: IssueList,
  p: string,
  q: Record<string, unknown>,
  ctx: QuestionContext,
): string[] {
  const choices = q.choices;
  if (!Array.isArray(choices) || choices.length < 2) {
    issues.add(`${p}.choices`, 'A choice question offers at least two choices.');
    return [];
  }
  if (choices.length > MAX_CHOICES) issues.add(`${p}.choices`, `At most ${MAX_CHOICES} choices.`);
  const ids: string[] = [];
  choices.forEach((c, k) => {
    const cp = `${p}.choices[${k}]`;
    if (!isRecord(c)) {
      issues.add(cp, 'A choice is { id, label }.');
      return;
    }
    if (typeof c.id !== 'string' || !CHOICE_ID.test(c.id)) {
      issues.add(
        `${cp}.id`,
        'A choice id is lower snake case (a–z, 0–9, _), at most 40 characters.',
      );
    } else if (ids.includes(c.id)) issues.add(`${cp}.id`, `Choice id "${c.id}" is used twice.`);
    else ids.push(c.id);
    checkLocalized(issues, `${cp}.label`, c.label, ctx.defaultLanguage, 'A choice label');
  });
  return ids;
}

/**
 * Validate one question at `questions[index]`, and register it as an earlier question for the
 * ones after it. Returns the question id when it is usable.
 */
export function checkQuestion(
  issues: IssueList,
  index: number,
  q: unknown,
  ctx: QuestionContext,
): void {
  const p = `questions[${index}]`;
  if (!isRecord(q)) {
    issues.add(p, 'A question is an object.');
    return;
  }
  const id = typeof q.id === 'string' && QUESTION_ID.test(q.id) ? q.id : null;
  if (id === null)
    issues.add(
      `${p}.id`,
      'A question id is lower snake case starting with a letter, at most 40 characters.',
    );
  else if (ctx.earlier.has(id)) issues.add(`${p}.id`, `Question id "${id}" is used twice.`);
  const type = q.type;
  if (typeof type !== 'string' || !(QUESTION_TYPES as readonly string[]).includes(type)) {
    issues.add(`${p}.type`, `A question's type is one of ${QUESTION_TYPES.join(', ')}.`);
    return;
  }
  checkLocalized(issues, `${p}.text`, q.text, ctx.defaultLanguage, 'The question text');
  checkPlaceholders(issues, `${p}.text`, q.text);
  if (q.rated !== undefined) {
    checkLocalized(issues, `${p}.rated`, q.rated, ctx.defaultLanguage, 'The rated phrase');
    checkPlaceholders(issues, `${p}.rated`, q.rated);
  }
  if (typeof q.scope !== 'string' || !(QUESTION_SCOPES as readonly string[]).includes(q.scope)) {
    issues.add(`${p}.scope`, 'Label the question "relationship" or "transactional".');
  } else if (ctx.kind !== 'transactional' && q.scope !== 'relationship') {
    issues.add(
      `${p}.scope`,
      `A ${ctx.kind} survey has no interaction to attribute to: its questions are "relationship".`,
    );
  }
  if (q.showIf !== undefined) {
    checkCondition(issues, `${p}.showIf`, q.showIf, {
      selfId: id ?? '',
      earlier: ctx.earlier,
      all: ctx.allIds,
    });
  }
  let target: ConditionTarget = { type };
  if (type === 'score') {
    target = { type, scale: checkScore(issues, p, q, ctx) };
  } else {
    for (const f of ['scale', 'metric', 'topBox', 'bands'] as const) {
      if (q[f] !== undefined) issues.add(`${p}.${f}`, `Only score questions have a ${f}.`);
    }
    if (type === 'single' || type === 'multi')
      target = { type, choiceIds: checkChoices(issues, p, q, ctx) };
    else if (q.choices !== undefined)
      issues.add(`${p}.choices`, 'Only choice questions have choices.');
    if (type === 'expectation' && q.scope !== 'transactional' && ctx.kind === 'transactional') {
      issues.add(
        `${p}.scope`,
        'Expectations in a transactional survey are about the interaction: label it "transactional".',
      );
    }
    if (type === 'expectation' && (ctx.kind === 'employee' || ctx.kind === 'leadership')) {
      issues.add(
        `${p}.type`,
        'Expectations (failed/met/exceeded) are a customer question, not for employee or leadership surveys.',
      );
    }
  }
  if (id !== null && !ctx.earlier.has(id)) ctx.earlier.set(id, target);
}

/** Ids present in the raw questions, for telling "later" from "unknown" in conditions. */
export function rawQuestionIds(questions: readonly unknown[]): Set<string> {
  const ids = new Set<string>();
  for (const q of questions) if (isRecord(q) && isNonEmptyString(q.id)) ids.add(q.id);
  return ids;
}
