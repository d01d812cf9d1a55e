/**
 * A fingerprint of everything stored: one hash per table, so a test can tell that a rejected
 * request changed nothing. Tables that record refusals by design (the audit log, rate-limit
 * counters) and columns touched by reads (an API key's last use) are left out.
 */
import { createHash } from 'node:crypto';
import type { Store } from '@rapport/store';
import { sql } from 'kysely';

export const UNTRACKED_TABLES = new Set([
  'audit_log',
  'rate_limits',
  'kysely_migration',
  'kysely_migration_lock',
]);
export const UNTRACKED_COLUMNS: Record<string, string[]> = { api_keys: ['last_used_at'] };

export type Fingerprint = Map<string, string>;

export async function tablesAndColumns(
  store: Store,
): Promise<Array<{ table: string; columns: string[] }>> {
  const tables = await store.db.introspection.getTables();
  return tables
    .filter(
      (t) => !t.isView && !UNTRACKED_TABLES.has(t.name) && (!t.schema || t.schema === 'public'),
    )
    .map((t) => ({
      table: t.name,
      columns: t.columns
        .map((c) => c.name)
        .filter((c) => !(UNTRACKED_COLUMNS[t.name] ?? []).includes(c)),
    }));
}

/** Hashes of every tracked table; with `ws`, of that workspace's rows only. */
export async function fingerprint(
  store: Store,
  shape: Array<{ table: string; columns: string[] }>,
  ws?: string,
): Promise<Fingerprint> {
  const only = (columns: string[]) =>
    ws && columns.includes('workspace_id') ? sql`where workspace_id = ${ws}` : sql``;
  const out: Fingerprint = new Map();
  if (store.dialect === 'postgres') {
    const parts = shape.map(
      ({ table, columns }) => sql`select ${table} as t, count(*)::text as n,
        coalesce(md5(string_agg(md5(x::text), ',' order by md5(x::text))), '') as h
        from (select ${sql.join(columns.map((c) => sql.ref(c)))} from ${sql.table(table)} ${only(columns)}) x`,
    );
    const res = await sql<{
      t: string;
      n: string;
      h: string;
    }>`${sql.join(parts, sql` union all `)}`.execute(store.db);
    for (const r of res.rows) out.set(r.t, `${r.n}:${r.h}`);
    return out;
  }
  for (const { table, columns } of shape) {
    const res = await sql<
      Record<string, unknown>
    >`select ${sql.join(columns.map((c) => sql.ref(c)))} from ${sql.table(table)} ${only(columns)}`.execute(
      store.db,
    );
    const rows = res.rows.map((r) => JSON.stringify(r)).sort();
    out.set(table, `${rows.length}:${createHash('sha1').update(rows.join('\n')).digest('hex')}`);
  }
  return out;
}

/** The tables whose fingerprint differs. */
export function changedTables(a: Fingerprint, b: Fingerprint): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((t) => a.get(t) !== b.get(t));
}
