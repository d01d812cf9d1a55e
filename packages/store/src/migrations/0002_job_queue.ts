/**
 * What the worker's queue needs beyond the initial jobs table:
 * - `seq`, the insertion order: jobs sharing an ordering key run in this order (created_at
 *   alone ties within a millisecond across processes). A bigserial on PostgreSQL; on SQLite
 *   the insert supplies max(seq) + 1, which is safe because SQLite has one writer.
 * - a unique index on the dedupe key of pending (queued or running) jobs, so two processes
 *   enqueueing the same recurring job at once cannot both succeed (insert … on conflict do
 *   nothing relies on it);
 * - an index on (status, updated_at) for purging old done jobs and listing dead ones. Like the
 *   claim index it spans workspaces: a worker serves every workspace of its database.
 */
import { sql, type Kysely } from 'kysely';
import type { RapportMigration } from './types.ts';

export const jobQueue: RapportMigration = {
  async up(db: Kysely<unknown>, dialect) {
    if (dialect === 'postgres') {
      await sql`alter table jobs add column seq bigserial not null`.execute(db);
    } else {
      await sql`alter table jobs add column seq integer`.execute(db);
      await sql`update jobs set seq = rowid`.execute(db);
    }
    await sql`create index jobs_seq_idx on jobs (seq)`.execute(db);
    // Should two pending jobs share a dedupe key already (a race the old check allowed), keep
    // the first one's key and clear the others', so the unique index can be built.
    await sql`
      update jobs set dedupe_key = null
      where dedupe_key is not null and status in ('queued', 'running')
        and exists (
          select 1 from jobs o
          where o.workspace_id = jobs.workspace_id and o.dedupe_key = jobs.dedupe_key
            and o.status in ('queued', 'running') and o.seq < jobs.seq
        )`.execute(db);
    await sql`
      create unique index jobs_pending_dedupe_idx on jobs (workspace_id, dedupe_key)
      where dedupe_key is not null and status in ('queued', 'running')`.execute(db);
    await sql`create index jobs_status_updated_at_idx on jobs (status, updated_at)`.execute(db);
  },
};
