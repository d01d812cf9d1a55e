import type { FieldIssue } from '../errors/domain-error.ts';

/** Collects validation issues with their exact field paths. */
export class IssueList {
  readonly items: FieldIssue[] = [];
  add(field: string, message: string): void {
    this.items.push({ field, message });
  }
}

/** A plain object (not null, not an array). */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function isNonEmptyString(x: unknown): x is string {
  return typeof x === 'string' && x.trim().length > 0;
}

/** A BCP 47 language tag in the simple forms Rapport uses: "en", "es", "pt-BR". */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * Check a LocalizedText: a non-empty string, or an object of language tag → non-empty string
 * that includes the default language.
 */
export function checkLocalized(
  issues: IssueList,
  field: string,
  value: unknown,
  defaultLanguage: string,
  what: string,
): void {
  if (typeof value === 'string') {
    if (value.trim().length === 0) issues.add(field, `${what} must not be empty.`);
    return;
  }
  if (!isRecord(value)) {
    issues.add(field, `${what} must be a string or an object of language → text.`);
    return;
  }
  for (const [lang, text] of Object.entries(value)) {
    if (!LANGUAGE_TAG.test(lang))
      issues.add(`${field}.${lang}`, `"${lang}" is not a language tag.`);
    else if (!isNonEmptyString(text))
      issues.add(`${field}.${lang}`, `${what} in "${lang}" must not be empty.`);
  }
  if (!(defaultLanguage in value)) {
    issues.add(
      `${field}.${defaultLanguage}`,
      `${what} needs the survey's default language "${defaultLanguage}".`,
    );
  }
}
