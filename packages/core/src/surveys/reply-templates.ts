import {
  QUESTION_TYPES,
  SCORE_METRICS,
  SURVEY_KINDS,
  type QuestionType,
  type ScoreMetric,
  type SurveyKind,
} from './survey-definition.ts';

/**
 * Reply templates: the wording the dialogue uses around the questions, per situation and
 * language, each with several variants so that no sentence repeats within one conversation.
 * Keys go from specific to general: `low_score.nps` is tried before `low_score`.
 *
 * Placeholders: `{customerName}`, `{agentName}`, `{companyName}`, `{managerName}`, `{score}`,
 * `{scaleMin}`, `{scaleMax}`, `{minLabel}`, `{maxLabel}`, `{rated}` (what was rated, e.g. "the
 * way Jessica handled your call"), `{options}` (a choice list, "1 = Price, 2 = Service").
 * `{name|fallback}` uses the fallback when the value is missing ("Hi {customerName|there}"); a
 * variant with a missing placeholder and no fallback is not used.
 */
type MetricKeyed<P extends string> = P | `${P}.${ScoreMetric}`;

/** A situation the dialogue replies to. */
export type TemplateKey =
  | 'greeting'
  | `greeting.${SurveyKind}`
  | MetricKeyed<'low_score'>
  | MetricKeyed<'middle_score'>
  | MetricKeyed<'high_score'>
  | 'probe'
  | `probe.${SurveyKind}`
  | 'probe_web'
  | 'probe_callback'
  | 'probe_declined'
  | 'callback_ack'
  | 'text.negative'
  | 'text.positive'
  | 'text.neutral'
  | 'expectation.failed'
  | 'expectation.exceeded'
  | 'reask'
  | `reask.${QuestionType}`
  | 'moving_on'
  | 'reminder'
  | `reminder.${QuestionType}`
  | 'reminder.probe'
  | 'closing'
  | 'closing.low'
  | `closing.${SurveyKind}`
  | 'opted_out'
  | 'opted_in'
  | 'help'
  | `hint.${'score' | 'single' | 'multi' | 'expectation'}`
  | `rated.${ScoreMetric}`;

/** Variants per situation for one language. */
export type TemplateSet = { readonly [K in TemplateKey]?: readonly string[] };

/** Templates per language tag ("en", "es"). */
export type SurveyTemplates = { readonly [language: string]: TemplateSet };

const metricKeyed = (p: string): string[] => [p, ...SCORE_METRICS.map((m) => `${p}.${m}`)];

/** Every template key, for validation. */
export const TEMPLATE_KEYS: readonly TemplateKey[] = [
  'greeting',
  ...SURVEY_KINDS.map((k) => `greeting.${k}`),
  ...metricKeyed('low_score'),
  ...metricKeyed('middle_score'),
  ...metricKeyed('high_score'),
  'probe',
  ...SURVEY_KINDS.map((k) => `probe.${k}`),
  'probe_web',
  'probe_callback',
  'probe_declined',
  'callback_ack',
  'text.negative',
  'text.positive',
  'text.neutral',
  'expectation.failed',
  'expectation.exceeded',
  'reask',
  ...QUESTION_TYPES.map((t) => `reask.${t}`),
  'moving_on',
  'reminder',
  ...QUESTION_TYPES.map((t) => `reminder.${t}`),
  'reminder.probe',
  'closing',
  'closing.low',
  ...SURVEY_KINDS.map((k) => `closing.${k}`),
  'opted_out',
  'opted_in',
  'help',
  'hint.score',
  'hint.single',
  'hint.multi',
  'hint.expectation',
  ...SCORE_METRICS.map((m) => `rated.${m}`),
] as TemplateKey[];

/** The placeholders a template may use. */
export const TEMPLATE_PLACEHOLDERS = [
  'customerName',
  'agentName',
  'companyName',
  'managerName',
  'score',
  'scaleMin',
  'scaleMax',
  'minLabel',
  'maxLabel',
  'rated',
  'options',
] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];

/** Values for placeholders; null, undefined and "" count as missing. */
export type TemplateVars = {
  readonly [P in TemplatePlaceholder]?: string | number | null | undefined;
};

const PLACEHOLDER = /\{(\w+)(?:\|([^{}]*))?\}/g;

/** The placeholder names used in a template. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/**
 * Fill in the placeholders. Returns null when a placeholder without a fallback has no value,
 * so that the caller picks another variant. Spaces left by an empty fallback are tidied.
 */
export function renderTemplate(template: string, vars: TemplateVars): string | null {
  let missing = false;
  const out = template.replace(PLACEHOLDER, (_all, name: string, fallback: string | undefined) => {
    const v = (vars as Record<string, string | number | null | undefined>)[name];
    if (v !== undefined && v !== null && v !== '') return String(v);
    if (fallback !== undefined) return fallback;
    missing = true;
    return '';
  });
  if (missing) return null;
  return out
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * Fill in the placeholders, leaving a missing one without fallback empty: for question texts,
 * which must always be asked.
 */
export function fillTemplate(template: string, vars: TemplateVars): string {
  const strict = renderTemplate(template, vars);
  if (strict !== null) return strict;
  const loose = template.replace(
    PLACEHOLDER,
    (all: string, name: string, fallback: string | undefined) =>
      fallback === undefined ? `{${name}|}` : all,
  );
  return renderTemplate(loose, vars) ?? template;
}

/**
 * A bare "Sorry to hear" (or the same brush-off in Spanish) — the reply the carrier gave to a
 * likely-to-recommend of 1. No template and no produced message may be, or start with, one.
 */
export function isBrushOff(text: string): boolean {
  const t = text.trim();
  return (
    /^sorry to hear/i.test(t) ||
    /^\s*sorry to hear\.?\s*$/i.test(t) ||
    /^(lo\s+)?(siento|lamento)\s+(oír|oir|escuchar)(lo|\s+eso)?\.?$/i.test(t)
  );
}
