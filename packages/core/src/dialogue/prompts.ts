import { fillTemplate, type TemplateVars } from '../surveys/reply-templates.ts';
import { localize } from '../surveys/localize.ts';
import type { SurveyQuestion } from '../surveys/survey-definition.ts';
import { choiceList, choiceViews } from './choice-parser.ts';
import { fixedPhrase, pickWording, type WordingContext } from './wording.ts';

/** Names from the conversation context, as template values. */
export type NameVars = Pick<
  TemplateVars,
  'customerName' | 'agentName' | 'companyName' | 'managerName'
>;

/** Put a hint in brackets before the final punctuation: "How likely…(0 = …, 10 = …)?". */
function withHint(text: string, hint: string): string {
  if (hint.length === 0) return text;
  const m = /^(.*?)([?.!:]+)$/s.exec(text.trim());
  return m ? `${m[1]} (${hint})${m[2]}` : `${text.trim()} (${hint})`;
}

/** The `{options}` list of a choice question in the conversation's language. */
export function optionsOf(w: WordingContext, q: SurveyQuestion): string {
  return q.type === 'single' || q.type === 'multi'
    ? choiceList(choiceViews(q.choices, w.language, w.def.defaultLanguage))
    : '';
}

/** Scale values and labels of a score question, as template values. */
export function scaleVars(w: WordingContext, q: SurveyQuestion, names: NameVars): TemplateVars {
  if (q.type !== 'score') return {};
  const lang = w.language;
  const dl = w.def.defaultLanguage;
  return {
    scaleMin: q.scale.min,
    scaleMax: q.scale.max,
    minLabel: fillTemplate(localize(q.scale.minLabel, lang, dl), names),
    maxLabel: fillTemplate(localize(q.scale.maxLabel, lang, dl), names),
  };
}

/**
 * The short phrase naming what a question rates ("the way Jessica handled your call"): the
 * question's own `rated`, else the default for its metric. Names are filled in; a missing name
 * falls back to the phrase's own fallback ("our representative").
 */
export function ratedPhrase(w: WordingContext, q: SurveyQuestion, names: NameVars): string {
  if (q.rated !== undefined)
    return fillTemplate(localize(q.rated, w.language, w.def.defaultLanguage), names);
  if (q.type === 'score') return fixedPhrase(w, `rated.${q.metric}`, names);
  return fillTemplate(localize(q.text, w.language, w.def.defaultLanguage), names);
}

/** The question as sent: its text with names filled in and the answer hint for its type. */
export function renderQuestion(w: WordingContext, q: SurveyQuestion, names: NameVars): string {
  const text = fillTemplate(localize(q.text, w.language, w.def.defaultLanguage), names);
  const vars: TemplateVars = { ...names, ...scaleVars(w, q, names), options: optionsOf(w, q) };
  switch (q.type) {
    case 'score':
      return withHint(text, fixedPhrase(w, 'hint.score', vars));
    case 'single':
      return withHint(text, fixedPhrase(w, 'hint.single', vars));
    case 'multi':
      return withHint(text, fixedPhrase(w, 'hint.multi', vars));
    case 'expectation':
      return withHint(text, fixedPhrase(w, 'hint.expectation', vars));
    default:
      return text;
  }
}

/** All template values for replies about one question (names, scale, rated, options). */
export function questionVars(
  w: WordingContext,
  q: SurveyQuestion,
  names: NameVars,
  score?: number,
): TemplateVars {
  return {
    ...names,
    ...scaleVars(w, q, names),
    rated: ratedPhrase(w, q, names),
    options: optionsOf(w, q),
    score,
  };
}

/** The polite re-ask after an unreadable reply, worded for the question's type. */
export function reaskText(w: WordingContext, q: SurveyQuestion, names: NameVars): string {
  return pickWording(w, [`reask.${q.type}`, 'reask'], questionVars(w, q, names), 'allow') ?? '';
}
