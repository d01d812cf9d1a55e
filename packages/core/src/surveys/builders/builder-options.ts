import type { LocalizedText, ScoreScale, SurveyDefinition } from '../survey-definition.ts';

/** Options every ready-made survey takes. */
export interface SurveyBuilderOptions {
  /** The survey id, e.g. `srv_…`. */
  id: string;
  /** Default 1. */
  version?: number | undefined;
  /** Default: a name describing the program. */
  name?: string | undefined;
  /** Default "en". The built-ins carry English and Spanish texts. */
  defaultLanguage?: string | undefined;
  /** Survey-specific wording; see reply-templates.ts. */
  templates?: SurveyDefinition['templates'];
  dialogue?: SurveyDefinition['dialogue'];
}

/** An English/Spanish text. */
export const t = (en: string, es: string): LocalizedText => ({ en, es });

/** The common frame of a built-in definition. */
export function frame(
  opts: SurveyBuilderOptions,
  kind: SurveyDefinition['kind'],
  name: string,
  questions: SurveyDefinition['questions'],
): SurveyDefinition {
  const def: SurveyDefinition = {
    id: opts.id,
    version: opts.version ?? 1,
    kind,
    name: opts.name ?? name,
    defaultLanguage: opts.defaultLanguage ?? 'en',
    questions,
  };
  if (opts.templates) def.templates = opts.templates;
  if (opts.dialogue) def.dialogue = opts.dialogue;
  return def;
}

/** 0–10 "how likely to recommend". */
export const LIKELY_0_10: ScoreScale = {
  min: 0,
  max: 10,
  minLabel: t('not at all likely', 'nada probable'),
  maxLabel: t('extremely likely', 'muy probable'),
};

/** 1–5 agreement, for engagement and leadership items. */
export const AGREE_1_5: ScoreScale = {
  min: 1,
  max: 5,
  minLabel: t('strongly disagree', 'totalmente en desacuerdo'),
  maxLabel: t('strongly agree', 'totalmente de acuerdo'),
};
