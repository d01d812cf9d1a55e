/**
 * A case's evidence moves from a JSON array on the case row to a row per item. The array was
 * rewritten whole by every change of the case: a response joining a case with fifty items
 * rewrote 8–26 KB, and so did an assignment or a note. Now a join appends its items and a
 * change of the case writes the case's own fields only. `seq` orders a case's items, oldest
 * first; `data` is the item as core reads it (kind, id, at, summary, detail); `kind` and
 * `item_id` name it, once per case (an item already there is not added again).
 */
import { sql, type Kysely } from 'kysely';
import { fromJson, toJson } from '../codec.ts';
import { columnTypes, type RapportMigration } from './types.ts';

const CHUNK = 200;

interface Row {
  workspace_id: string;
  id: string;
  evidence: unknown;
}

export const caseEvidence: RapportMigration = {
  async up(db: Kysely<unknown>, dialect) {
    const t = columnTypes(dialect);
    await db.schema
      .createTable('case_evidence')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('case_id', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('item_id', 'text', (c) => c.notNull())
      .addColumn('data', t.json, (c) => c.notNull())
      .addPrimaryKeyConstraint('case_evidence_pk', ['workspace_id', 'case_id', 'seq'] as never)
      .execute();
    await sql`create unique index case_evidence_item_idx
      on case_evidence (workspace_id, case_id, kind, item_id)`.execute(db);
    await copyEvidence(db);
    await db.schema.alterTable('cases').dropColumn('evidence').execute();
  },
};

/** Copies every case's evidence array into rows, page by page in key order. */
async function copyEvidence(db: Kysely<unknown>): Promise<void> {
  let after: Pick<Row, 'workspace_id' | 'id'> | null = null;
  for (;;) {
    const past = after
      ? sql`where (workspace_id, id) > (${after.workspace_id}, ${after.id})`
      : sql``;
    const { rows }: { rows: Row[] } = await sql<Row>`select workspace_id, id, evidence from cases
      ${past} order by workspace_id, id limit ${CHUNK}`.execute(db);
    if (!rows.length) return;
    for (const r of rows) {
      const items = fromJson<unknown>(r.evidence, []);
      if (!Array.isArray(items) || !items.length) continue;
      const values = items.map((item, k) => {
        const { kind, id } = (item ?? {}) as { kind?: unknown; id?: unknown };
        return sql`(${r.workspace_id}, ${r.id}, ${k + 1}, ${String(kind)}, ${String(id)}, ${toJson(item)})`;
      });
      await sql`insert into case_evidence (workspace_id, case_id, seq, kind, item_id, data)
        values ${sql.join(values)} on conflict (workspace_id, case_id, kind, item_id) do nothing`.execute(
        db,
      );
    }
    const last = rows[rows.length - 1] as Row;
    after = { workspace_id: last.workspace_id, id: last.id };
  }
}
