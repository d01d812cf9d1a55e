/**
 * The privacy sweeps behind core's PrivacyRepo: the rows that belong to one customer (found
 * by following reference columns from the customer outwards until nothing new turns up),
 * exported or erased in every table of the live schema; raw text removed by age; the
 * retention policy itself.
 */
import type { PrivacyRepo, TableRows } from '@rapport/core';
import { sql, type Kysely } from 'kysely';
import { num } from '../codec.ts';
import type { Database } from '../schema.ts';
import type { RepoContext } from './db.ts';
import { chunks } from './in-lists.ts';
import {
  ENTITY_TABLES,
  isSecretColumn,
  KEPT_TABLES,
  PAYLOAD_TABLES,
  RAW_TEXT,
  REFERENCE_COLUMNS,
  type EntityKind,
} from './privacy-map.ts';

const CHUNK = 400;
type Ids = Map<EntityKind, Set<string>>;
interface TableInfo {
  name: string;
  columns: Set<string>;
}

const likeId = (id: string) => `%${id.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

async function tablesOf(db: Kysely<Database>, dialect: string): Promise<TableInfo[]> {
  const all = await db.introspection.getTables();
  return all
    .filter((t) => !t.isView && (dialect !== 'postgres' || !t.schema || t.schema === 'public'))
    .filter((t) => t.columns.some((c) => c.name === 'workspace_id'))
    .map((t) => ({ name: t.name, columns: new Set(t.columns.map((c) => c.name)) }));
}

/** The columns of a table that tie a row to the customer: its own id and reference columns. */
function linksOf(t: TableInfo): Array<[string, EntityKind]> {
  const out: Array<[string, EntityKind]> = [];
  const own = (Object.entries(ENTITY_TABLES) as Array<[EntityKind, string]>).find(
    ([, table]) => table === t.name,
  );
  if (own && t.columns.has('id')) out.push(['id', own[0]]);
  for (const [column, kind] of Object.entries(REFERENCE_COLUMNS))
    if (t.columns.has(column)) out.push([column, kind]);
  return out;
}

export function privacyRepository({ db, dialect }: RepoContext): PrivacyRepo {
  async function select(table: string, ws: string, column: string, ids: string[]) {
    const res = await sql<Record<string, unknown>>`select * from ${sql.table(table)}
      where workspace_id = ${ws} and ${sql.ref(column)} in (${sql.join(ids)})`.execute(db);
    return res.rows;
  }

  /** Every id of every kind that belongs to the customer. */
  async function closure(ws: string, customerId: string, tables: TableInfo[]): Promise<Ids> {
    const ids: Ids = new Map(
      (Object.keys(ENTITY_TABLES) as EntityKind[]).map((k) => [k, new Set<string>()]),
    );
    ids.get('customer')?.add(customerId);
    for (let grew = true; grew;) {
      grew = false;
      for (const [kind, table] of Object.entries(ENTITY_TABLES) as Array<[EntityKind, string]>) {
        const info = tables.find((t) => t.name === table);
        if (!info || kind === 'customer') continue;
        const mine = ids.get(kind) as Set<string>;
        for (const [column, ref] of linksOf(info)) {
          if (column === 'id') continue;
          for (const part of chunks([...(ids.get(ref) ?? [])], CHUNK)) {
            const rows = await sql<{ id: string }>`select id from ${sql.table(table)}
              where workspace_id = ${ws} and ${sql.ref(column)} in (${sql.join(part)})`.execute(db);
            for (const r of rows.rows)
              if (!mine.has(r.id)) {
                mine.add(r.id);
                grew = true;
              }
          }
        }
      }
    }
    return ids;
  }

  const swept = (t: TableInfo) =>
    !KEPT_TABLES.has(t.name) && !PAYLOAD_TABLES.some((p) => p.table === t.name);

  return {
    async collect(ws, customerId) {
      const tables = await tablesOf(db, dialect);
      const ids = await closure(ws, customerId, tables);
      const out: Record<string, TableRows> = {};
      for (const t of tables.filter(swept)) {
        const seen = new Set<string>();
        const rows: TableRows = [];
        for (const [column, kind] of linksOf(t)) {
          for (const part of chunks([...(ids.get(kind) ?? [])], CHUNK)) {
            for (const row of await select(t.name, ws, column, part)) {
              const clean = Object.fromEntries(
                Object.entries(row).filter(([c]) => !isSecretColumn(c)),
              );
              const key = JSON.stringify(clean);
              if (!seen.has(key)) {
                seen.add(key);
                rows.push(clean);
              }
            }
          }
        }
        if (rows.length) out[t.name] = rows;
      }
      return out;
    },

    async erase(ws, customerId) {
      const tables = await tablesOf(db, dialect);
      const ids = await closure(ws, customerId, tables);
      const deleted: Record<string, number> = {};
      const count = (table: string, n: unknown) => {
        const k = num(n);
        if (k) deleted[table] = (deleted[table] ?? 0) + k;
      };
      for (const t of tables.filter(swept)) {
        for (const [column, kind] of linksOf(t)) {
          for (const part of chunks([...(ids.get(kind) ?? [])], CHUNK)) {
            const r = await sql`delete from ${sql.table(t.name)}
              where workspace_id = ${ws} and ${sql.ref(column)} in (${sql.join(part)})`.execute(db);
            count(t.name, r.numAffectedRows);
          }
        }
      }
      const every = [...ids.values()].flatMap((s) => [...s]);
      for (const p of PAYLOAD_TABLES) {
        if (!tables.some((t) => t.name === p.table)) continue;
        for (const part of chunks(every, 50)) {
          const likes = part.map(
            (id) => sql`cast(${sql.ref(p.column)} as text) like ${likeId(id)} escape '\\'`,
          );
          const skip = p.skipStatus ? sql`and status <> ${p.skipStatus}` : sql``;
          const r = await sql`delete from ${sql.table(p.table)}
            where workspace_id = ${ws} ${skip} and (${sql.join(likes, sql` or `)})`.execute(db);
          count(p.table, r.numAffectedRows);
        }
      }
      return deleted;
    },

    async redactTextBefore(ws, before, limit) {
      const tables = await tablesOf(db, dialect);
      const removed: Record<string, number> = {};
      for (const c of RAW_TEXT) {
        const t = tables.find((x) => x.name === c.table);
        if (!t || !t.columns.has(c.column) || !t.columns.has(c.at)) continue;
        const present =
          c.blank === null
            ? sql`${sql.ref(c.column)} is not null`
            : sql`${sql.ref(c.column)} <> ${c.blank}`;
        const only = c.only
          ? sql`and ${sql.ref(c.only.column)} in (${sql.join(c.only.values)})`
          : sql``;
        const r = await sql`update ${sql.table(c.table)} set ${sql.ref(c.column)} = ${c.blank}
          where workspace_id = ${ws} and ${sql.ref(c.at)} < ${before} and ${present} ${only}
            and ${sql.ref(c.group)} in (select ${sql.ref(c.group)} from ${sql.table(c.table)}
              where workspace_id = ${ws} and ${sql.ref(c.at)} < ${before} and ${present} ${only}
              limit ${limit})`.execute(db);
        const n = num(r.numAffectedRows);
        if (n) removed[`${c.table}.${c.column}`] = n;
      }
      return removed;
    },

    async getRetention(ws) {
      const row = await db
        .selectFrom('privacy_settings')
        .selectAll()
        .where('workspace_id', '=', ws)
        .executeTakeFirst();
      return {
        rawTextDays: row?.raw_text_days === null || !row ? null : num(row.raw_text_days),
        updatedAt: row ? new Date(row.updated_at).toISOString() : null,
      };
    },

    async setRetention(ws, policy) {
      const at = policy.updatedAt ?? new Date(0).toISOString();
      await db
        .insertInto('privacy_settings')
        .values({ workspace_id: ws, raw_text_days: policy.rawTextDays, updated_at: at })
        .onConflict((oc) =>
          oc
            .column('workspace_id')
            .doUpdateSet({ raw_text_days: policy.rawTextDays, updated_at: at }),
        )
        .execute();
    },

    async retentionWorkspaces() {
      const rows = await db
        .selectFrom('privacy_settings')
        .select(['workspace_id', 'raw_text_days'])
        .where('raw_text_days', 'is not', null)
        .execute();
      return rows.map((r) => ({ workspaceId: r.workspace_id, rawTextDays: num(r.raw_text_days) }));
    },
  };
}
