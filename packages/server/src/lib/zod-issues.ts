import type { FieldIssue } from '@rapport/core';
import type { z } from 'zod';

/** `transcript[0].speaker`-style field names from a zod error. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({
    field:
      i.path.reduce<string>(
        (acc, p) =>
          typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p),
        '',
      ) || 'body',
    message: i.message,
  }));
}
