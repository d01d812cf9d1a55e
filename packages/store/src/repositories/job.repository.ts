import { CompiledQuery, sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import { jobPriority, toIso, type Job, type JobRepo, type JobStatus } from '@rapport/core';
import { fromJson, toJson } from '../codec.ts';
import type { DialectName } from '../dialect.ts';
import type { Database, JobsTable } from '../schema.ts';
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

/**
 * The condition of the pending-dedupe index (migration 0002), written out rather than bound: a
 * query must state it in these very words for SQLite to read that index (a pending job with a
 * dedupe key; with bound statuses SQLite walks every queued job instead).
 */
export const PENDING_WITH_DEDUPE_KEY = sql<boolean>`dedupe_key is not null and status in ('queued', 'running')`;

type JobRow = Omit<Insertable<JobsTable>, 'seq'> & { status: string };
const compiled = new Map<string, { sql: string; columns: Array<keyof JobRow> }>();

/**
 * The enqueue insert, built by Kysely once per dialect and dedupe and then reused with new
 * values: it runs for every response, message and event, and building it each time cost
 * more than running it. A pending job with the same dedupe key wins; the unique partial index
 * of migration 0002 makes this atomic even when two processes enqueue at once.
 */
function enqueueQuery(db: Kysely<Database>, dialect: DialectName, row: JobRow) {
  const key = `${dialect}:${row.dedupe_key !== null}`;
  const hit = compiled.get(key);
  if (hit) return hit;
  const columns = Object.keys(row) as Array<keyof JobRow>;
  const marker = (c: string) => `\u0000${c}`;
  const values = Object.fromEntries(columns.map((c) => [c, marker(c)])) as unknown as JobRow;
  const query = db
    .insertInto('jobs')
    .values({
      ...values,
      ...(dialect === 'sqlite'
        ? { seq: sql<number>`(select coalesce(max(seq), 0) + 1 from jobs)` }
        : {}),
    })
    .$if(row.dedupe_key !== null, (q) =>
      q.onConflict((oc) =>
        oc.columns(['workspace_id', 'dedupe_key']).where(PENDING_WITH_DEDUPE_KEY).doNothing(),
      ),
    )
    .returning('id')
    .compile();
  // Kysely binds every value as a parameter, in order: read the order back from the markers.
  const order = query.parameters.map((p) => {
    const c = columns.find((x) => marker(x) === p);
    if (!c) throw new Error(`enqueue: unexpected parameter ${String(p)}`);
    return c;
  });
  const out = { sql: query.sql, columns: order };
  compiled.set(key, out);
  return out;
}

export function jobRepository({ db, dialect }: RepoContext): JobRepo {
  return {
    async enqueue(ws, job, id, now) {
      const row: JobRow = {
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
      };
      const q = enqueueQuery(db, dialect, row);
      const res = await db.executeQuery(
        CompiledQuery.raw(
          q.sql,
          q.columns.map((c) => row[c]),
        ),
      );
      return res.rows.length ? id : null;
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
