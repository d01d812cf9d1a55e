import { sql, type Selectable } from 'kysely';
import { jobPriority, toIso, type Job, type JobRepo, type JobStatus } from '@rapport/core';
import { fromJson, toJson } from '../codec.ts';
import type { JobsTable } from '../schema.ts';
import type { RepoContext } from './db.ts';

export const toJob = (r: Selectable<JobsTable>): Job => ({
  id: r.id,
  workspaceId: r.workspace_id,
  name: r.name,
  payload: fromJson(r.payload, {}),
  status: r.status as JobStatus,
  runAt: r.run_at,
  attempts: Number(r.attempts),
  maxAttempts: Number(r.max_attempts),
  orderingKey: r.ordering_key,
  dedupeKey: r.dedupe_key,
  lockedBy: r.locked_by,
  lockedUntil: r.locked_until,
  lastError: r.last_error,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const DEFAULT_MAX_ATTEMPTS = 8;

export function jobRepository({ db, dialect }: RepoContext): JobRepo {
  return {
    async enqueue(ws, job, id, now) {
      // A pending job with the same dedupe key wins; the unique partial index of migration
      // 0002 makes this atomic even when two processes enqueue at once.
      const row = await db
        .insertInto('jobs')
        .values({
          workspace_id: ws,
          id,
          name: job.name,
          payload: toJson(job.payload),
          status: 'queued',
          // Canonical form, so that times compare as text on SQLite.
          run_at: job.runAt ? toIso(job.runAt) : now,
          attempts: 0,
          max_attempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
          ordering_key: job.orderingKey ?? null,
          dedupe_key: job.dedupeKey ?? null,
          priority: jobPriority(job.name),
          locked_by: null,
          locked_until: null,
          last_error: null,
          created_at: now,
          updated_at: now,
          ...(dialect === 'sqlite'
            ? { seq: sql<number>`(select coalesce(max(seq), 0) + 1 from jobs)` }
            : {}),
        })
        .$if(Boolean(job.dedupeKey), (q) =>
          q.onConflict((oc) =>
            oc
              .columns(['workspace_id', 'dedupe_key'])
              .where(sql<boolean>`dedupe_key is not null and status in ('queued', 'running')`)
              .doNothing(),
          ),
        )
        .returning('id')
        .executeTakeFirst();
      return row ? id : null;
    },
    async get(ws, id) {
      const r = await db
        .selectFrom('jobs')
        .selectAll()
        .where('workspace_id', '=', ws)
        .where('id', '=', id)
        .executeTakeFirst();
      return r && toJob(r);
    },
  };
}
