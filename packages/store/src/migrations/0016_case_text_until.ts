/**
 * Raw-text retention reaches the copies a case keeps. A case's evidence is a snapshot of what
 * was said (a comment, a note, the words a signal was read from); the retention policy removed
 * the originals and left these copies. `text_until` is the time of the oldest evidence item
 * that still holds words (null when none does), so the retention job finds the cases it must
 * redact by index. The history's evidence steps keep each item's summary without the words
 * from now on, and the ones written before lose them here.
 */
import {
  summaryWithoutText,
  textSince,
  EVIDENCE_KINDS,
  type Evidence,
  type EvidenceKind,
} from '@rapport/core';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { fromJson, toJson } from '../codec.ts';
import { columnTypes, type RapportMigration } from './types.ts';

const CHUNK = 500;

interface KeyRow {
  workspace_id: string;
  id: string;
}

/** Rows of `query` page by page, in key order, each page handed to `each`. */
async function pages<R extends KeyRow>(
  read: (after: KeyRow | null) => Promise<R[]>,
  each: (rows: R[]) => Promise<void>,
): Promise<void> {
  let after: KeyRow | null = null;
  for (;;) {
    const rows = await read(after);
    if (!rows.length) return;
    await each(rows);
    const last = rows[rows.length - 1] as R;
    after = { workspace_id: last.workspace_id, id: last.id };
  }
}

const past = (after: KeyRow | null) =>
  after ? sql`and (workspace_id, id) > (${after.workspace_id}, ${after.id})` : sql``;

interface EventRow {
  workspace_id: string;
  case_id: string;
  seq: number;
  data: unknown;
}

const isKind = (k: unknown): k is EvidenceKind => EVIDENCE_KINDS.includes(k as EvidenceKind);

export const caseTextUntil: RapportMigration = {
  async up(db: Kysely<unknown>, dialect) {
    const t = columnTypes(dialect);
    await db.schema.alterTable('cases').addColumn('text_until', t.ts).execute();
    await sql`create index cases_text_until_idx on cases (workspace_id, text_until)`.execute(db);
    await backfillTextUntil(db);
  },
};

/**
 * Sets `text_until` of the cases whose evidence holds words, and takes the words out of the
 * history's evidence steps (exported for the test: it runs on a migrated store too).
 */
export async function backfillTextUntil(db: Kysely<unknown>): Promise<void> {
  await pages(
    async (after) =>
      (
        await sql<KeyRow & { evidence: unknown }>`select workspace_id, id, evidence from cases
          where 1 = 1 ${past(after)} order by workspace_id, id limit ${CHUNK}`.execute(db)
      ).rows,
    async (rows) => {
      for (const r of rows) {
        const since = textSince(fromJson<Evidence[]>(r.evidence, []));
        if (since)
          await sql`update cases set text_until = ${since}
            where workspace_id = ${r.workspace_id} and id = ${r.id}`.execute(db);
      }
    },
  );
  // case_events' key is (workspace_id, case_id, seq): page by it, evidence steps only.
  let after: Omit<EventRow, 'data'> | null = null;
  for (;;) {
    const cond: RawBuilder<unknown> = after
      ? sql`and (workspace_id, case_id, seq) > (${after.workspace_id}, ${after.case_id}, ${after.seq})`
      : sql``;
    const { rows }: { rows: EventRow[] } =
      await sql<EventRow>`select workspace_id, case_id, seq, data from case_events where kind = 'evidence' ${cond}
        order by workspace_id, case_id, seq limit ${CHUNK}`.execute(db);
    if (!rows.length) break;
    for (const r of rows) {
      const data = fromJson<{ added?: Array<{ kind?: unknown; summary?: unknown }> }>(r.data, {});
      let changed = false;
      const added = (data.added ?? []).map((a) => {
        if (!isKind(a.kind) || typeof a.summary !== 'string') return a;
        const summary = summaryWithoutText(a.kind, a.summary);
        changed ||= summary !== a.summary;
        return { ...a, summary };
      });
      if (changed)
        await sql`update case_events set data = ${toJson({ ...data, added })}
          where workspace_id = ${r.workspace_id} and case_id = ${r.case_id} and seq = ${r.seq}`.execute(
          db,
        );
    }
    const last = rows[rows.length - 1] as EventRow;
    after = { workspace_id: last.workspace_id, case_id: last.case_id, seq: Number(last.seq) };
  }
}
