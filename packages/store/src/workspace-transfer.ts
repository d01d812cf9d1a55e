/**
 * Moving a whole workspace between databases (SQLite ↔ PostgreSQL), row for row: every table
 * that carries workspace_id is read in key order (keyset pagination, constant memory) and
 * written in batches. Tables are found by introspection, so a table added by a later migration
 * moves too. Values travel in one form: JSON as text, times as ISO strings, flags as 0/1.
 */
import { sql, type Kysely } from 'kysely';
import type { DialectName } from './dialect.ts';
import type { Database } from './schema.ts';

type AnyDb = Kysely<Record<string, Record<string, unknown>>>;
const PAGE = 1000;

export interface TableInfo {
  name: string;
  columns: string[];
  /** NOT NULL JSON columns: a null read from them is JSON null, written back as 'null'. */
  jsonNotNull: string[];
  /** Primary-key columns in key order. */
  key: string[];
}

async function primaryKey(db: AnyDb, dialect: DialectName, table: string): Promise<string[]> {
  if (dialect === 'sqlite') {
    const rows = await sql<{
      name: string;
      pk: number;
    }>`select name, pk from pragma_table_info(${table})`.execute(db);
    return rows.rows
      .filter((r) => r.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((r) => r.name);
  }
  const rows = await sql<{ column_name: string }>`
    select a.attname as column_name
    from pg_index i
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
    where i.indrelid = ${table}::regclass and i.indisprimary
    order by array_position(i.indkey, a.attnum)`.execute(db);
  return rows.rows.map((r) => r.column_name);
}

/** Every table of the workspace's data: those with a workspace_id column, with their keys. */
export async function workspaceTables(
  db: Kysely<Database>,
  dialect: DialectName,
): Promise<TableInfo[]> {
  const any = db as unknown as AnyDb;
  const tables = await db.introspection.getTables();
  const out: TableInfo[] = [];
  for (const t of tables) {
    const columns = t.columns.map((c) => c.name);
    if (!columns.includes('workspace_id') || t.name.startsWith('kysely_')) continue;
    let key = await primaryKey(any, dialect, t.name);
    if (!key.length) key = columns;
    const jsonNotNull = t.columns
      .filter((c) => /^jsonb?$/i.test(c.dataType) && !c.isNullable)
      .map((c) => c.name);
    out.push({ name: t.name, columns, key, jsonNotNull });
  }
  return out.sort((a, b) =>
    a.name === 'workspaces' ? -1 : b.name === 'workspaces' ? 1 : a.name.localeCompare(b.name),
  );
}

/** One form for every value, whichever engine it came from. */
function portable(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'object') return JSON.stringify(v);
  return v;
}

/** The workspace's rows, table by table, in key order. */
export async function* readWorkspace(
  db: Kysely<Database>,
  dialect: DialectName,
  workspaceId: string,
): AsyncGenerator<{ table: string; row: Record<string, unknown> }> {
  const any = db as unknown as AnyDb;
  for (const t of await workspaceTables(db, dialect)) {
    let after: unknown[] | null = null;
    for (;;) {
      let q = any.selectFrom(t.name).selectAll().where('workspace_id', '=', workspaceId);
      if (after) {
        const keys = sql.join(t.key.map((k) => sql.ref(k)));
        const values = sql.join(after.map((v) => sql`${v}`));
        q = q.where(sql<boolean>`(${keys}) > (${values})`);
      }
      // One orderBy per key column: Kysely deprecates (and logs about) orderBy(array).
      for (const k of t.key) q = q.orderBy(sql.ref(k));
      const rows = await q.limit(PAGE).execute();
      for (const row of rows) {
        const out = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, portable(v)]));
        for (const c of t.jsonNotNull) if (out[c] === null) out[c] = 'null';
        yield { table: t.name, row: out };
      }
      if (rows.length < PAGE) break;
      const last = rows[rows.length - 1] as Record<string, unknown>;
      after = t.key.map((k) => last[k]);
    }
  }
}

/** Writes rows of one table in batches (inside the caller's transaction). */
export async function writeRows(
  db: Kysely<Database>,
  table: string,
  rows: Array<Record<string, unknown>>,
): Promise<void> {
  const any = db as unknown as AnyDb;
  if (!rows.length) return;
  const width = Object.keys(rows[0] as object).length || 1;
  const batch = Math.max(1, Math.floor(30_000 / width));
  for (let i = 0; i < rows.length; i += batch) {
    await any
      .insertInto(table)
      .values(rows.slice(i, i + batch))
      .execute();
  }
}

/** After rows with explicit serial values arrive on PostgreSQL, its sequences move past them. */
export async function resetSequences(db: Kysely<Database>, dialect: DialectName): Promise<void> {
  if (dialect !== 'postgres') return;
  const any = db as unknown as AnyDb;
  const serials = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = current_schema() and column_default like 'nextval(%'`.execute(any);
  for (const s of serials.rows) {
    await sql`select setval(pg_get_serial_sequence(${s.table_name}, ${s.column_name}),
      greatest(coalesce((select max(${sql.ref(s.column_name)}) from ${sql.table(s.table_name)}), 0), 1))`.execute(
      any,
    );
  }
}

/** Deletes every row of a workspace (used by `import --all --replace`). */
export async function deleteWorkspace(
  db: Kysely<Database>,
  dialect: DialectName,
  workspaceId: string,
): Promise<void> {
  const any = db as unknown as AnyDb;
  const tables = await workspaceTables(db, dialect);
  for (const t of tables.reverse())
    await any.deleteFrom(t.name).where('workspace_id', '=', workspaceId).execute();
}
