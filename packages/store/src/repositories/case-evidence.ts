/**
 * A case's evidence rows (migration 0020): appended one row per item, read as the latest
 * MAX_CASE_EVIDENCE of each case, oldest first. Every call names its workspace.
 */
import { MAX_CASE_EVIDENCE, type Evidence } from '@rapport/core';
import { fromJson, num, toJson } from '../codec.ts';
import type { RepoContext } from './db.ts';
import { chunks } from './in-lists.ts';

export function caseEvidenceRows({ db, dialect }: RepoContext) {
  /** Rows of a case past the latest MAX_CASE_EVIDENCE, given its last seq. */
  const trim = (ws: string, caseId: string, lastSeq: number) =>
    db
      .deleteFrom('case_evidence')
      .where('workspace_id', '=', ws)
      .where('case_id', '=', caseId)
      .where('seq', '<=', lastSeq - MAX_CASE_EVIDENCE);

  return {
    /** Each case's evidence by case id (a case with none is absent). */
    async of(ws: string, caseIds: readonly string[]): Promise<Map<string, Evidence[]>> {
      const out = new Map<string, Evidence[]>();
      for (const ids of chunks([...new Set(caseIds)])) {
        const q = db
          .selectFrom('case_evidence')
          .select(['case_id', 'data'])
          .where('workspace_id', '=', ws);
        const rows = await (ids.length === 1
          ? q.where('case_id', '=', ids[0] as string)
          : q.where('case_id', 'in', ids)
        )
          .orderBy('case_id')
          .orderBy('seq')
          .execute();
        for (const r of rows) {
          const list = out.get(r.case_id) ?? [];
          list.push(fromJson<Evidence>(r.data, {} as Evidence));
          out.set(r.case_id, list);
        }
      }
      return out;
    },

    /** Writes a case's evidence as seq 1…n (a new case, or its items replaced). */
    async write(ws: string, caseId: string, items: readonly Evidence[]): Promise<void> {
      const kept = items.slice(-MAX_CASE_EVIDENCE);
      if (!kept.length) return;
      await db
        .insertInto('case_evidence')
        .values(
          kept.map((e, k) => ({ workspace_id: ws, case_id: caseId, seq: k + 1, data: toJson(e) })),
        )
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
     * Appends items after the case's last seq and drops what falls past the latest
     * MAX_CASE_EVIDENCE. On PostgreSQL one statement (the insert in a CTE before the delete,
     * which sees the rows as they were: the older ones are all it removes).
     */
    async append(ws: string, caseId: string, items: readonly Evidence[]): Promise<void> {
      if (!items.length) return;
      const insert = db.insertInto('case_evidence').values((eb) =>
        items.map((e, k) => ({
          workspace_id: ws,
          case_id: caseId,
          seq: eb
            .selectFrom('case_evidence')
            .select((s) => s(s.fn.coalesce(s.fn.max('seq'), s.lit(0)), '+', k + 1).as('next'))
            .where('workspace_id', '=', ws)
            .where('case_id', '=', caseId),
          data: toJson(e),
        })),
      );
      if (dialect === 'postgres') {
        await db
          .with('added', () => insert.returning('seq'))
          .deleteFrom('case_evidence')
          .where('workspace_id', '=', ws)
          .where('case_id', '=', caseId)
          .where(({ eb, selectFrom, lit }) =>
            eb(
              'seq',
              '<=',
              eb(selectFrom('added').select(({ fn }) => fn.max('seq').as('last')), '-', lit(MAX_CASE_EVIDENCE)),
            ),
          )
          .execute();
        return;
      }
      const rows = await insert.returning('seq').execute();
      const last = Math.max(...rows.map((r) => num(r.seq)));
      if (last > MAX_CASE_EVIDENCE) await trim(ws, caseId, last).execute();
    },
  };
}
