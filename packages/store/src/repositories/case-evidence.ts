/**
 * A case's evidence rows (migration 0020): one row per item, `seq` oldest first, each item once
 * per case (its kind and id). A case keeps the latest MAX_CASE_EVIDENCE: an append drops what
 * falls past them, so what is stored is what is read. Every statement names its workspace.
 */
import { MAX_CASE_EVIDENCE, textSince, type Evidence } from '@rapport/core';
import { sql, type RawBuilder } from 'kysely';
import { fromJson, num, toJson } from '../codec.ts';
import type { DialectName } from '../dialect.ts';
import type { RepoContext } from './db.ts';

/**
 * A case's evidence as one JSON array beside its row, read in the same statement. Text on
 * SQLite, parsed on PostgreSQL.
 */
export function evidenceOfCase(dialect: DialectName): RawBuilder<unknown> {
  const of = sql`from case_evidence e
    where e.workspace_id = cases.workspace_id and e.case_id = cases.id`;
  return dialect === 'postgres'
    ? sql`(select coalesce(jsonb_agg(e.data order by e.seq), '[]'::jsonb) ${of})`
    : sql`(select json_group_array(json(e.data) order by e.seq) ${of})`;
}

const SAME_ITEM = ['workspace_id', 'case_id', 'kind', 'item_id'] as const;

export function caseEvidenceRows({ db, dialect }: RepoContext) {
  const row = (ws: string, caseId: string, e: Evidence) => ({
    workspace_id: ws,
    case_id: caseId,
    kind: e.kind,
    item_id: e.id,
    data: toJson(e),
  });

  /** Inserts items after the case's last seq (read inside the insert); those already there stay. */
  const insertAfterLast = (ws: string, caseId: string, items: readonly Evidence[]) =>
    db
      .insertInto('case_evidence')
      .values((eb) =>
        items.map((e, k) => ({
          ...row(ws, caseId, e),
          seq: eb
            .selectFrom('case_evidence')
            .select((s) => s(s.fn.coalesce(s.fn.max('seq'), s.lit(0)), '+', k + 1).as('next'))
            .where('workspace_id', '=', ws)
            .where('case_id', '=', caseId),
        })),
      )
      .onConflict((oc) => oc.columns([...SAME_ITEM]).doNothing());

  /** Lowers the case's `text_until` to `since` (the oldest added item that holds words). */
  const lowerTextUntil = (ws: string, caseId: string, since: string) =>
    db
      .updateTable('cases')
      .set({ text_until: since })
      .where('workspace_id', '=', ws)
      .where('id', '=', caseId)
      .where((eb) => eb.or([eb('text_until', 'is', null), eb('text_until', '>', since)]));

  return {
    /** Writes a new case's evidence as seq 1…n (an item named twice is kept once). */
    async write(ws: string, caseId: string, items: readonly Evidence[]): Promise<void> {
      const kept = items.slice(-MAX_CASE_EVIDENCE);
      if (!kept.length) return;
      await db
        .insertInto('case_evidence')
        .values(kept.map((e, k) => ({ ...row(ws, caseId, e), seq: k + 1 })))
        .onConflict((oc) => oc.columns([...SAME_ITEM]).doNothing())
        .execute();
    },

    /** Replaces a case's evidence (raw-text retention). */
    async replace(ws: string, caseId: string, items: readonly Evidence[]): Promise<void> {
      await db
        .deleteFrom('case_evidence')
        .where('workspace_id', '=', ws)
        .where('case_id', '=', caseId)
        .execute();
      await this.write(ws, caseId, items);
    },

    /**
     * Appends the items the case does not have yet, drops what falls past the latest
     * MAX_CASE_EVIDENCE, lowers the case's `text_until` when something was added and an item
     * holds words (an item already there holds them too, or has lost them: early is safe), and
     * returns the items added, in order. On PostgreSQL one statement: the delete and the update
     * are CTEs beside the insert, and see the rows as they were (the older ones are all the
     * delete removes).
     */
    async append(ws: string, caseId: string, items: readonly Evidence[]): Promise<Evidence[]> {
      if (!items.length) return [];
      const since = textSince(items);
      if (dialect === 'postgres') {
        const rows = await db
          .with('added', () => insertAfterLast(ws, caseId, items).returning(['seq', 'data']))
          .with('trimmed', (w) =>
            w
              .deleteFrom('case_evidence')
              .where('workspace_id', '=', ws)
              .where('case_id', '=', caseId)
              .where(({ eb, selectFrom, lit }) =>
                eb(
                  'seq',
                  '<=',
                  eb(
                    selectFrom('added').select(({ fn }) => fn.max('seq').as('last')),
                    '-',
                    lit(MAX_CASE_EVIDENCE),
                  ),
                ),
              ),
          )
          .with('lowered', (w) =>
            since
              ? w
                  .updateTable('cases')
                  .set({ text_until: since })
                  .where('workspace_id', '=', ws)
                  .where('id', '=', caseId)
                  .where((eb) =>
                    eb.and([
                      eb.exists(eb.selectFrom('added').select('seq')),
                      eb.or([eb('text_until', 'is', null), eb('text_until', '>', since)]),
                    ]),
                  )
              : w.selectNoFrom(sql<number>`0`.as('none')),
          )
          .selectFrom('added')
          .select(['seq', 'data'])
          .orderBy('seq')
          .execute();
        return rows.map((r) => fromJson<Evidence>(r.data, {} as Evidence));
      }
      const rows = await insertAfterLast(ws, caseId, items).returning(['seq', 'data']).execute();
      if (!rows.length) return [];
      const added = rows
        .sort((a, b) => num(a.seq) - num(b.seq))
        .map((r) => fromJson<Evidence>(r.data, {} as Evidence));
      const last = num(rows[rows.length - 1]?.seq);
      if (last > MAX_CASE_EVIDENCE)
        await db
          .deleteFrom('case_evidence')
          .where('workspace_id', '=', ws)
          .where('case_id', '=', caseId)
          .where('seq', '<=', last - MAX_CASE_EVIDENCE)
          .execute();
      if (since) await lowerTextUntil(ws, caseId, since).execute();
      return added;
    },
  };
}
