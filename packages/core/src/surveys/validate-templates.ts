import {
  TEMPLATE_KEYS,
  TEMPLATE_PLACEHOLDERS,
  isBrushOff,
  placeholdersOf,
} from './reply-templates.ts';
import type { IssueList } from './validation-helpers.ts';
import { LANGUAGE_TAG, isNonEmptyString, isRecord } from './validation-helpers.ts';

/**
 * Validate a survey's own templates: known languages and situations, non-empty variants, known
 * placeholders, and the rules of "conversation, not interrogation": no variant may be (or start
 * with) a bare "Sorry to hear", a low-score reply names the score, a probe asks a question.
 */
export function checkTemplates(issues: IssueList, field: string, templates: unknown): void {
  if (!isRecord(templates)) {
    issues.add(field, 'Templates are an object of language → situation → variants.');
    return;
  }
  for (const [lang, set] of Object.entries(templates)) {
    const lp = `${field}.${lang}`;
    if (!LANGUAGE_TAG.test(lang)) issues.add(lp, `"${lang}" is not a language tag.`);
    if (!isRecord(set)) {
      issues.add(lp, 'Templates of a language are an object of situation → variants.');
      continue;
    }
    for (const [key, variants] of Object.entries(set)) {
      const kp = `${lp}.${key}`;
      if (!(TEMPLATE_KEYS as readonly string[]).includes(key)) {
        issues.add(kp, `Unknown situation "${key}".`);
        continue;
      }
      if (!Array.isArray(variants) || variants.length === 0) {
        issues.add(kp, 'Give at least one variant.');
        continue;
      }
      variants.forEach((v, k) => {
        const vp = `${kp}[${k}]`;
        if (!isNonEmptyString(v)) {
          issues.add(vp, 'A variant is non-empty text.');
          return;
        }
        for (const name of placeholdersOf(v)) {
          if (!(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name)) {
            issues.add(vp, `Unknown placeholder {${name}}.`);
          }
        }
        if (isBrushOff(v)) {
          issues.add(
            vp,
            'A low score deserves a real apology and a question, never a bare "Sorry to hear".',
          );
        }
        if (key.startsWith('low_score') && !v.includes('{score}')) {
          issues.add(vp, 'A low-score reply acknowledges the specific answer: include {score}.');
        }
        if (key.startsWith('probe') && key !== 'probe_declined' && !v.includes('?')) {
          issues.add(vp, 'A probe asks what went wrong (or offers a call back) as a question.');
        }
      });
    }
  }
}
