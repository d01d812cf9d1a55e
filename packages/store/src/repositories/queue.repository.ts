/**
 * The worker's side of the jobs table: claim, complete, fail, release, leases, dead letters,
 * purge. Every method runs on the connection it is given, so a job's completion commits in the
 * same transaction as its handler's effects. On PostgreSQL a claim locks its rows with
 * `FOR UPDATE SKIP LOCKED`, so any number of workers share the queue and each job is claimed
 * by one; on SQLite the claim runs in the one write transaction there is.
 */
import { DomainError, type Job } from '@rapport/core';
import { sql, type ExpressionBuilder } from 'kysely';
import type { Database, JobsTable } from '../schema.ts';
import type { RepoContext } from './db.ts';
import { toJob } from './job.repository.ts';

export interface ClaimRequest {
  workerId: string;
  now: string;
  /** The lease: until then no other worker takes the job. */
  leaseUntil: string;
  limit: number;
  /** Only jobs with these names: a worker claims what it can run (rolling upgrades). */
  names: readonly string[];
}

export interface JobFailure {
  status: 'queued' | 'dead';
  /** When to try again (status queued). */
  runAt: string;
  error: string;
  now: string;
}

export interface JobKey {
  workspaceId: string;
  id: string;
}

export interface QueueStats {
  queued: number;
  /** Queued jobs whose time has come. */
  due: number;
  running: number;
  dead: number;
  /** run_at of the oldest due job: the queue's age. */
  oldestDueAt: string | null;
}

export interface QueueRepo {
  claim(req: ClaimRequest): Promise<Job[]>;
  /** Marks a job done if this worker still holds it; false when its lease was lost. */
  complete(key: JobKey, workerId: string, now: string): Promise<boolean>;
  fail(key: JobKey, workerId: string, failure: JobFailure): Promise<boolean>;
  /** Gives claimed jobs that never started back to the queue, as if never claimed. */
  release(keys: readonly JobKey[], workerId: string, now: string): Promise<number>;
  extendLeases(workerId: string, until: string): Promise<number>;
  listDead(opts: { workspaceId?: string | undefined; limit: number }): Promise<Job[]>;
  /** Puts a dead job back in the queue with its attempts reset; undefined if no such dead job. */
  retryDead(id: string, now: string, workspaceId?: string): Promise<Job | undefined>;
  purgeDone(before: string, limit: number): Promise<number>;
  stats(now: string): Promise<QueueStats>;
}

type Eb = ExpressionBuilder<Database, 'jobs'>;

const held = (eb: Eb, workerId: string) =>
  eb.and([eb('status', '=', 'running'), eb('locked_by', '=', workerId)]);

const byKeys = (eb: Eb, keys: readonly JobKey[]) =>
  eb.and([
    eb('workspace_id', 'in', [...new Set(keys.map((k) => k.workspaceId))]),
    eb(
      'id',
      'in',
      keys.map((k) => k.id),
    ),
  ]);

/** Jobs sharing an ordering key run one at a time, in insertion order. */
const orderingFree = (eb: ExpressionBuilder<Database & { j: JobsTable }, 'j'>) =>
  eb.or([
    eb('j.ordering_key', 'is', null),
    eb.not(
      eb.exists(
        eb
          .selectFrom('jobs as o')
          .select(sql.lit(1).as('one'))
          .whereRef('o.workspace_id', '=', 'j.workspace_id')
          .whereRef('o.ordering_key', '=', 'j.ordering_key')
          .whereRef('o.id', '<>', 'j.id')
          .where((o) =>
            o.or([
              o('o.status', '=', 'running'),
              o.and([o('o.status', '=', 'queued'), o('o.seq', '<', o.ref('j.seq'))]),
            ]),
          ),
      ),
    ),
  ]);

export function queueRepository({ db, dialect }: RepoContext): QueueRepo {
  return {
    async claim({ workerId, now, leaseUntil, limit, names }) {
      if (!names.length || limit < 1) return [];
      const select = () =>
        db
          .selectFrom('jobs as j')
          .select(['j.workspace_id', 'j.id'])
          .where('j.name', 'in', names)
          .where(orderingFree);
      // A lease that ran out: the worker holding it died or hung. Few rows: the status index.
      let expired = select()
        .where('j.status', '=', 'running')
        .where('j.locked_until', '<', now)
        .orderBy('j.locked_until')
        .limit(limit);
      // Due jobs in the claim index's order (urgent first, then the queue's order), so the
      // claim reads the first rows of the index however long the backlog.
      let due = select()
        .where('j.status', '=', 'queued')
        .where('j.run_at', '<=', now)
        .orderBy('j.priority', 'desc')
        .orderBy('j.run_at')
        .orderBy('j.seq')
        .limit(limit);
      if (dialect === 'postgres') {
        expired = expired.forUpdate().skipLocked();
        due = due.forUpdate().skipLocked();
      }
      const stale = await expired.execute();
      const picked = [...stale, ...(stale.length < limit ? await due.execute() : [])].slice(
        0,
        limit,
      );
      if (!picked.length) return [];
      const keys = picked.map((p) => ({ workspaceId: p.workspace_id, id: p.id }));
      const rows = await db
        .updateTable('jobs')
        .set((eb) => ({
          status: 'running',
          attempts: eb('attempts', '+', 1),
          locked_by: workerId,
          locked_until: leaseUntil,
          updated_at: now,
        }))
        .where((eb) => byKeys(eb, keys))
        .returningAll()
        .execute();
      const order = new Map(picked.map((p, i) => [`${p.workspace_id}/${p.id}`, i]));
      return rows
        .sort(
          (a, b) =>
            (order.get(`${a.workspace_id}/${a.id}`) ?? 0) -
            (order.get(`${b.workspace_id}/${b.id}`) ?? 0),
        )
        .map(toJob);
    },

    async complete(key, workerId, now) {
      const r = await db
        .updateTable('jobs')
        .set({ status: 'done', locked_by: null, locked_until: null, updated_at: now })
        .where('workspace_id', '=', key.workspaceId)
        .where('id', '=', key.id)
        .where((eb) => held(eb, workerId))
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },

    async fail(key, workerId, f) {
      const r = await db
        .updateTable('jobs')
        .set({
          status: f.status,
          run_at: f.runAt,
          last_error: f.error,
          locked_by: null,
          locked_until: null,
          updated_at: f.now,
        })
        .where('workspace_id', '=', key.workspaceId)
        .where('id', '=', key.id)
        .where((eb) => held(eb, workerId))
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },

    async release(keys, workerId, now) {
      if (!keys.length) return 0;
      const r = await db
        .updateTable('jobs')
        .set((eb) => ({
          status: 'queued',
          attempts: eb('attempts', '-', 1),
          locked_by: null,
          locked_until: null,
          updated_at: now,
        }))
        .where((eb) => eb.and([byKeys(eb, keys), held(eb, workerId)]))
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },

    async extendLeases(workerId, until) {
      // On PostgreSQL, skip rows whose completion is committing (locked): they are done, and
      // waiting for them would hold up the renewal of the others.
      const r = await db
        .updateTable('jobs')
        .set({ locked_until: until })
        .where(({ eb, refTuple, selectFrom }) =>
          eb(
            refTuple('workspace_id', 'id'),
            'in',
            selectFrom('jobs')
              .select(['workspace_id', 'id'])
              .where((w) => held(w, workerId))
              .$if(dialect === 'postgres', (q) => q.forUpdate().skipLocked())
              .$asTuple('workspace_id', 'id'),
          ),
        )
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },

    async listDead({ workspaceId, limit }) {
      const rows = await db
        .selectFrom('jobs')
        .selectAll()
        .where('status', '=', 'dead')
        .$if(workspaceId !== undefined, (q) => q.where('workspace_id', '=', workspaceId ?? ''))
        .orderBy('updated_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toJob);
    },

    async retryDead(id, now, workspaceId) {
      const dead = await db
        .selectFrom('jobs')
        .selectAll()
        .where('status', '=', 'dead')
        .where('id', '=', id)
        .$if(workspaceId !== undefined, (q) => q.where('workspace_id', '=', workspaceId ?? ''))
        .executeTakeFirst();
      if (!dead) return undefined;
      if (dead.dedupe_key !== null) {
        const pending = await db
          .selectFrom('jobs')
          .select('id')
          .where('workspace_id', '=', dead.workspace_id)
          .where('dedupe_key', '=', dead.dedupe_key)
          .where('status', 'in', ['queued', 'running'])
          .executeTakeFirst();
        if (pending)
          throw new DomainError(
            'conflict',
            `Job ${id} shares its dedupe key with job ${pending.id}, which is still pending.`,
          );
      }
      const row = await db
        .updateTable('jobs')
        .set({ status: 'queued', attempts: 0, run_at: now, updated_at: now })
        .where('workspace_id', '=', dead.workspace_id)
        .where('id', '=', id)
        .where('status', '=', 'dead')
        .returningAll()
        .executeTakeFirst();
      return row && toJob(row);
    },

    async purgeDone(before, limit) {
      const r = await db
        .deleteFrom('jobs')
        .where(({ eb, refTuple, selectFrom }) =>
          eb(
            refTuple('workspace_id', 'id'),
            'in',
            selectFrom('jobs')
              .select(['workspace_id', 'id'])
              .where('status', '=', 'done')
              .where('updated_at', '<', before)
              .limit(limit)
              .$asTuple('workspace_id', 'id'),
          ),
        )
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },

    async stats(now) {
      const rows = await db
        .selectFrom('jobs')
        .select((eb) => [
          'status',
          eb.fn.countAll<number>().as('n'),
          eb.fn.count<number>(sql`case when run_at <= ${now} then 1 end`).as('due'),
          eb.fn.min(sql<string>`case when run_at <= ${now} then run_at end`).as('oldest'),
        ])
        .where('status', 'in', ['queued', 'running', 'dead'])
        .groupBy('status')
        .execute();
      const of = (s: string) => rows.find((r) => r.status === s);
      const queued = of('queued');
      return {
        queued: Number(queued?.n ?? 0),
        due: Number(queued?.due ?? 0),
        running: Number(of('running')?.n ?? 0),
        dead: Number(of('dead')?.n ?? 0),
        oldestDueAt: queued?.oldest ?? null,
      };
    },
  };
}
