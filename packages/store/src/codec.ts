/** Conversions at the store boundary, so both engines hand core the same values. */
import { DomainError } from '@rapport/core';
import { sql, type RawBuilder, type SqlBool } from 'kysely';

export const toJson = (v: unknown): string => JSON.stringify(v ?? null);

/** JSON columns are text on SQLite and parsed jsonb on PostgreSQL. */
export function fromJson<T>(v: unknown, fallback: T): T {
  if (v === null || v === undefined) return fallback;
  if (typeof v === 'string') return JSON.parse(v) as T;
  return v as T;
}

export const flag = (b: boolean): number => (b ? 1 : 0);
export const isSet = (v: unknown): boolean => v === 1 || v === true || v === '1';

/** A number from a count or an average: PostgreSQL may give strings, SQLite numbers. */
export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

/** Cursors are opaque to clients: base64url of the sort key of the last row. */
export function encodeCursor(parts: Array<string | number>): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

const badCursor = () =>
  new DomainError('validation', 'The cursor is not one this API issued; start again without it.', {
    field: 'cursor',
  });

/** A part a cursor may hold: a finite number, or text without NUL (PostgreSQL refuses one). */
const cursorPart = (p: unknown): p is string | number =>
  (typeof p === 'string' && !p.includes('\u0000')) || (typeof p === 'number' && Number.isFinite(p));

export function decodeCursor(cursor: string, arity: number): Array<string | number> {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (Array.isArray(parts) && parts.length === arity && parts.every(cursorPart)) return parts;
  throw badCursor();
}

/** A time as the store hands it out (`Date#toISOString`), the only kind a time cursor holds. */
function isStoreTime(v: string | number | undefined): v is string {
  if (typeof v !== 'string') return false;
  const t = Date.parse(v);
  return !Number.isNaN(t) && new Date(t).toISOString() === v;
}

/** A LIKE pattern that matches `text` literally anywhere (wildcards in the input are escaped). */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Case-insensitive "column contains text", with the same escape rule on SQLite and PostgreSQL. */
export function ilikeContains(column: string, text: string): RawBuilder<boolean> {
  return sql<boolean>`lower(${sql.ref(column)}) like ${containsPattern(text)} escape '\\'`;
}

/** Takes one more row than the page to know whether another page follows. */
export function pageOf<R, T>(
  rows: R[],
  limit: number,
  map: (r: R) => T,
  key: (r: R) => Array<string | number>,
) {
  const more = rows.length > limit;
  const items = (more ? rows.slice(0, limit) : rows).map(map);
  const last = more ? rows[limit - 1] : undefined;
  return { items, nextCursor: last ? encodeCursor(key(last)) : null };
}

/**
 * The rows after a (time, id) cursor of a list in (time desc, id desc) order. The plain
 * `time <= at` lets the index on (workspace_id, time) start at the cursor; the OR alone would be
 * checked on every newer row of the workspace. `column` is one of the store's own names;
 * `idPrefix` the list's own ids' ('cas' for cas_…), so a cursor of another list is refused
 * instead of answering a wrong page.
 */
export function pastCursor(cursor: string, column: string, idPrefix: string): RawBuilder<SqlBool> {
  const [at, id] = decodeCursor(cursor, 2);
  // Anything else would be compared as text on SQLite and refused (a 500) by PostgreSQL.
  if (!isStoreTime(at) || typeof id !== 'string' || !id.startsWith(`${idPrefix}_`))
    throw badCursor();
  const c = sql.ref(column);
  return sql<SqlBool>`${c} <= ${at} and (${c} < ${at} or (${c} = ${at} and ${sql.ref('id')} < ${id}))`;
}
