/**
 * Job priority: the worker claims due jobs by priority first, then in queue order (see
 * core's `jobs/priority.ts`), so a detractor's notification does not wait behind the
 * fan-out of every response that arrived before it. Jobs already queued keep priority 0.
 * The claim index becomes (status, priority desc, run_at, seq), which is the claim's order:
 * the claim reads the first due rows of the index instead of sorting the whole backlog.
 */
import { sql, type Kysely } from 'kysely';
import type { RapportMigration } from './types.ts';

export const jobPriority: RapportMigration = {
  async up(db: Kysely<unknown>) {
    await sql`alter table jobs add column priority integer not null default 0`.execute(db);
    await sql`drop index jobs_status_run_at_idx`.execute(db);
    await sql`create index jobs_claim_idx on jobs (status, priority desc, run_at, seq)`.execute(db);
  },
};
