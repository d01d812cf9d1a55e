import type { SurveyTemplates, TemplateKey, TemplateSet } from './reply-templates.ts';
import type { SurveyDefinition } from './survey-definition.ts';
import { TEMPLATES_EN } from './templates.en.ts';
import { TEMPLATES_ES } from './templates.es.ts';

/** The built-in wording per language. Add a language by adding a `templates.<lang>.ts`. */
export const BUILT_IN_TEMPLATES: SurveyTemplates = { en: TEMPLATES_EN, es: TEMPLATES_ES };

/** The languages the built-in templates cover. */
export const BUILT_IN_LANGUAGES: readonly string[] = Object.keys(BUILT_IN_TEMPLATES);

/** The languages to try, best first: the requested one, its base, the survey's default, English. */
export function languageChain(language: string, defaultLanguage: string): string[] {
  const base = language.split('-')[0] ?? language;
  return [...new Set([language, base, defaultLanguage, 'en'])];
}

function variantsIn(set: TemplateSet | undefined, key: TemplateKey): readonly string[] {
  const v = set?.[key];
  return v && v.length > 0 ? v : [];
}

/**
 * The variants for one situation key in the best available language: the survey's own
 * templates for that language first, then the built-in ones; then the next language in the
 * chain. Returns [] when no language has the key (callers then try a more general key).
 */
export function templateVariants(
  def: Pick<SurveyDefinition, 'templates' | 'defaultLanguage'>,
  language: string,
  key: TemplateKey,
): readonly string[] {
  for (const lang of languageChain(language, def.defaultLanguage)) {
    const own = variantsIn(def.templates?.[lang], key);
    if (own.length > 0) return own;
    const builtIn = variantsIn(BUILT_IN_TEMPLATES[lang], key);
    if (builtIn.length > 0) return builtIn;
  }
  return [];
}
