/**
 * A case's evidence rows (migration 0020): appended one row per item, read as the latest
 * MAX_CASE_EVIDENCE of each case, oldest first. Every call names its workspace.
 */
import { MAX_CASE_EVIDENCE, type Evidence } from '@rapport/core';
import { sql, type RawBuilder } from 'kysely';
import { num, toJson } from '../codec.ts';
import type { RepoContext } from './db.ts';
import type { DialectName } from '../dialect.ts';

/**
 * A case's evidence as one JSON array beside its row, read in the same statement (a join locks
 * the case it reads on PostgreSQL: one round trip). Text on SQLite, parsed on PostgreSQL.
 */
export function evidenceOfCase(dialect: DialectName): RawBuilder<unknown> {
  const of = sql`from case_evidence e
    where e.workspace_id = cases.workspace_id and e.case_id = cases.id`;
  return dialect === 'postgres'
    ? sql`(select coalesce(jsonb_agg(e.data order by e.seq), '[]'::jsonb) ${of})`
    : sql`(select json_group_array(json(e.data) order by e.seq) ${of})`;
}

export function caseEvidenceRows({ db, dialect }: RepoContext) {
  /** Rows of a case past the latest MAX_CASE_EVIDENCE, given its last seq. */
  const trim = (ws: string, caseId: string, lastSeq: number) =>
    db
      .deleteFrom('case_evidence')
      .where('workspace_id', '=', ws)
      .where('case_id', '=', caseId)
      .where('seq', '<=', lastSeq - MAX_CASE_EVIDENCE);

  return {
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
              eb(
                selectFrom('added').select(({ fn }) => fn.max('seq').as('last')),
                '-',
                lit(MAX_CASE_EVIDENCE),
              ),
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
