import type { LocalizedText } from './survey-definition.ts';

/**
 * The text in `language`, else in its base language ("es" for "es-MX"), else in
 * `defaultLanguage`, else the first one given. A plain string is returned as is.
 */
export function localize(text: LocalizedText, language: string, defaultLanguage: string): string {
  if (typeof text === 'string') return text;
  const base = language.split('-')[0] ?? language;
  return (
    text[language] ??
    text[base] ??
    text[defaultLanguage] ??
    Object.values(text).find((t) => t.length > 0) ??
    ''
  );
}

/** A language tag's base language, lower case: "es" for "es-MX", "ES_mx" or "es". */
export function baseLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The languages a text is available in (`defaultLanguage` for a plain string). */
export function languagesOf(text: LocalizedText, defaultLanguage: string): string[] {
  return typeof text === 'string' ? [defaultLanguage] : Object.keys(text);
}
