/**
 * Text Rapport can store on both engines: PostgreSQL refuses the NUL character in text and in
 * JSON (SQLite keeps it), so a request carrying one anywhere — path, query string or body — is
 * refused up front with 422 naming the field, the same on both engines, rather than failing
 * deep in a write. (NDJSON bulk bodies are checked line by line by the bulk route.)
 */
import { DomainError } from '@rapport/core';
import type { FastifyInstance } from 'fastify';

const MAX_DEPTH = 64;

/** The path of the first string or key holding U+0000, or null. */
export function findNul(v: unknown, path = '', depth = 0): string | null {
  if (typeof v === 'string') return v.includes('\u0000') ? path || 'value' : null;
  if (depth > MAX_DEPTH || v === null || typeof v !== 'object') return null;
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) {
      const hit = findNul(x, `${path}[${i}]`, depth + 1);
      if (hit) return hit;
    }
    return null;
  }
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    const at = path ? `${path}.${k}` : k;
    if (k.includes('\u0000')) return at;
    const hit = findNul(x, at, depth + 1);
    if (hit) return hit;
  }
  return null;
}

export function registerInputHygiene(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const parts: Array<[string, unknown]> = [
      ['path', req.params],
      ['query', req.query],
      ['body', typeof req.body === 'string' ? null : req.body],
    ];
    for (const [where, value] of parts) {
      const hit = findNul(value);
      if (hit) {
        const field = where === 'body' ? hit : `${where}.${hit}`;
        throw new DomainError(
          'validation',
          `${field}: the NUL character (U+0000) is not accepted.`,
          {
            field,
          },
        );
      }
    }
  });
}
