/** Sample names the previews fill the placeholders with, in place of a real customer's. */
import {
  fillTemplate,
  localize,
  type LocalizedText,
  type TemplateVars,
} from '@rapport/core/surveys';

export const SAMPLE = { customerName: 'Sam', agentName: 'Alex', managerName: 'Jordan' };

export const previewVars = (companyName: string): TemplateVars => ({ ...SAMPLE, companyName });

/** A survey text as a respondent in `lang` reads it. */
export function readText(
  t: LocalizedText,
  lang: string,
  defaultLanguage: string,
  vars: TemplateVars,
): string {
  return fillTemplate(localize(t, lang, defaultLanguage), vars);
}
