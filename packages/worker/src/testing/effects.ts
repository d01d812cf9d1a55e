/**
 * Test helpers: a table where test jobs record their effect in the job's own transaction,
 * keyed by job id, so a job that ran twice would break the key and a lost one would be missing.
 */
import { systemIds } from '@rapport/core';
import type { Database, Store } from '@rapport/store';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { defineJob, type JobDefinition } from '../definition.ts';

export async function createEffectsTable(db: Kysely<Database>): Promise<void> {
  await sql`create table if not exists test_effects (
    job_id text primary key, name text not null, n integer not null, worker text not null
  )`.execute(db);
}

export interface EffectCounter {
  /** How many times a handler ran (committed or not). */
  runs: number;
}

export const effectPayload = z.object({ n: z.number().int() });

/**
 * A job whose handler inserts one row into test_effects in the job's transaction. `delayMs`
 * keeps it busy before that (in its effect, outside the transaction, like an HTTP call), so
 * a test can kill its process mid-run.
 */
export function effectJob(
  name: string,
  counter: EffectCounter = { runs: 0 },
  opts: { delayMs?: number; worker?: string } = {},
): JobDefinition<z.output<typeof effectPayload>> {
  return defineJob({
    name,
    schema: effectPayload,
    effect: opts.delayMs
      ? () => new Promise<undefined>((r) => setTimeout(() => r(undefined), opts.delayMs))
      : undefined,
    async handler(ctx) {
      counter.runs++;
      await sql`insert into test_effects (job_id, name, n, worker)
        values (${ctx.job.id}, ${name}, ${ctx.payload.n}, ${opts.worker ?? ''})`.execute(ctx.tx);
    },
  });
}

export async function effectRows(
  db: Kysely<Database>,
  name: string,
): Promise<Array<{ job_id: string; n: number; worker: string }>> {
  const r = await sql<{ job_id: string; n: number; worker: string }>`
    select job_id, n, worker from test_effects where name = ${name} order by n`.execute(db);
  return r.rows.map((x) => ({ ...x, n: Number(x.n) }));
}

/** Job rows of one name, by status. */
export async function statusCounts(
  db: Kysely<Database>,
  name: string,
): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('jobs')
    .select(['status', db.fn.countAll<number>().as('n')])
    .where('name', '=', name)
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/**
 * Enqueues `count` jobs of `name` with payloads { n: 1 … count } in one statement (setup of
 * the large tests; the repository's enqueue is tested on its own).
 */
export async function enqueueMany(
  store: Store,
  ws: string,
  name: string,
  count: number,
): Promise<void> {
  const ids = systemIds();
  const now = new Date().toISOString();
  await store.transact(async (tx) => {
    const top = await tx
      .selectFrom('jobs')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirst();
    const base = Number(top?.seq ?? 0);
    const rows = Array.from({ length: count }, (_, i) => ({
      workspace_id: ws,
      id: ids.id('job'),
      name,
      payload: JSON.stringify({ n: i + 1 }),
      status: 'queued',
      run_at: now,
      attempts: 0,
      max_attempts: 8,
      ordering_key: null,
      dedupe_key: null,
      locked_by: null,
      locked_until: null,
      last_error: null,
      created_at: now,
      updated_at: now,
      ...(store.dialect === 'sqlite' ? { seq: base + i + 1 } : {}),
    }));
    // SQLite allows 32,766 parameters a statement: 15 columns × 500 rows stays under it.
    for (let i = 0; i < rows.length; i += 500)
      await tx
        .insertInto('jobs')
        .values(rows.slice(i, i + 500))
        .execute();
  });
}
