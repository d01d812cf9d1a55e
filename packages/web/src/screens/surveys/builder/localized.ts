/**
 * Editing text in one language of a survey: a plain string is in the default language; another
 * language turns it into an object of language → text. Emptying a language removes it (the
 * survey then falls back to the default), so no language is ever left with empty text.
 */
import type { LocalizedText } from '@rapport/core/surveys';

/** The text exactly in `lang` ('' when that language has none). */
export function textIn(
  t: LocalizedText | undefined,
  lang: string,
  defaultLanguage: string,
): string {
  if (t === undefined) return '';
  if (typeof t === 'string') return lang === defaultLanguage ? t : '';
  return t[lang] ?? '';
}

/** What a reader of `lang` sees when it has no text of its own. */
export function fallbackText(t: LocalizedText | undefined, defaultLanguage: string): string {
  return textIn(t, defaultLanguage, defaultLanguage);
}

export function withText(
  t: LocalizedText | undefined,
  lang: string,
  defaultLanguage: string,
  value: string,
): LocalizedText {
  if (t === undefined || typeof t === 'string') {
    if (lang === defaultLanguage) return value;
    const base = t ?? '';
    return value === '' ? base : { [defaultLanguage]: base, [lang]: value };
  }
  const next: Record<string, string> = { ...t };
  if (value === '' && lang !== defaultLanguage) delete next[lang];
  else next[lang] = value;
  return next;
}

/** The languages a survey's texts and templates use, the default first. */
export function languagesOfSurvey(def: {
  defaultLanguage: string;
  questions: ReadonlyArray<{ text: LocalizedText }>;
  templates?: Readonly<Record<string, unknown>> | undefined;
}): string[] {
  const all = new Set<string>([def.defaultLanguage]);
  for (const q of def.questions)
    if (typeof q.text === 'object') for (const l of Object.keys(q.text)) all.add(l);
  for (const l of Object.keys(def.templates ?? {})) all.add(l);
  return [...all];
}
