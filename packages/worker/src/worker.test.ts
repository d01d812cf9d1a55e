import { createInteraction, notFound, systemCtx, type JobRequest } from '@rapport/core';
import { queueRepository, type Store } from '@rapport/store';
import { describeEachDialect, factory, FakeClock, idsFor } from '@rapport/testing';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { backoffDelay } from './backoff.ts';
import { defineEvent, defineJob } from './definition.ts';
import { interactionCreated } from './events.ts';
import { purgeDoneJobs } from './purge.job.ts';
import { JobRegistry } from './registry.ts';
import { createEffectsTable, effectJob, effectRows } from './testing/effects.ts';
import { createWorker, type WorkerOptions } from './worker.ts';

function setup(store: Store, registry: JobRegistry, opts: Partial<WorkerOptions> = {}) {
  const clock = new FakeClock();
  const ids = idsFor(clock);
  const worker = createWorker({
    store,
    registry,
    clock,
    ids,
    concurrency: 4,
    batchSize: 10,
    ...opts,
  });
  const ws = ids.id('ws');
  const enqueue = async (
    name: string,
    payload: Record<string, unknown>,
    req: Partial<JobRequest> = {},
  ) => {
    const id = await store.write((r) =>
      r.jobs.enqueue(ws, { name, payload, ...req }, ids.id('job'), clock.now().toISOString()),
    );
    if (!id) throw new Error('not enqueued');
    return id;
  };
  const job = async (id: string) => {
    const j = await store.read((r) => r.jobs.get(ws, id));
    if (!j) throw new Error(`no job ${id}`);
    return j;
  };
  return { clock, ids, worker, ws, enqueue, job };
}

describeEachDialect('worker', (db) => {
  beforeAll(async () => {
    await createEffectsTable(db().store.db);
  });

  it('claims a due job, runs it, and commits its effect with its completion', async () => {
    const { store } = db();
    const registry = new JobRegistry().define(effectJob('t.basic'));
    const { worker, enqueue, job, clock } = setup(store, registry);
    const later = await enqueue(
      't.basic',
      { n: 2 },
      { runAt: new Date(clock.now().getTime() + 60_000).toISOString() },
    );
    const now = await enqueue('t.basic', { n: 1 });
    expect(await worker.runDue()).toMatchObject({ claimed: 1, done: 1 });
    expect(await job(now)).toMatchObject({
      status: 'done',
      attempts: 1,
      lockedBy: null,
      lastError: null,
    });
    expect((await job(later)).status).toBe('queued');
    expect((await effectRows(store.db, 't.basic')).map((e) => e.n)).toEqual([1]);
    clock.advance(60_000);
    expect(await worker.drain()).toMatchObject({ claimed: 1, done: 1 });
    expect((await effectRows(store.db, 't.basic')).map((e) => e.n)).toEqual([1, 2]);
  });

  it('retries with exponential backoff and jitter, keeps the last error, then marks it dead', async () => {
    const { store } = db();
    const backoff = { baseMs: 1_000, factor: 2, jitter: 0.5 };
    let runs = 0;
    const registry = new JobRegistry().define(
      defineJob({
        name: 't.retry',
        schema: z.object({}),
        maxAttempts: 3,
        backoff,
        async handler(ctx) {
          runs++;
          await sql`insert into test_effects (job_id, name, n, worker)
            values (${`${ctx.job.id}#${runs}`}, 't.retry', ${runs}, '')`.execute(ctx.tx);
          throw new Error(`receiver down (${runs})`);
        },
      }),
    );
    const { worker, enqueue, job, clock } = setup(store, registry);
    const id = await enqueue('t.retry', {});
    const t0 = clock.now().getTime();
    expect(await worker.runDue()).toMatchObject({ claimed: 1, retried: 1 });
    let j = await job(id);
    const first = backoffDelay(backoff, 1, id);
    expect(first).toBeGreaterThanOrEqual(500);
    expect(first).toBeLessThanOrEqual(1_000);
    expect(j).toMatchObject({ status: 'queued', attempts: 1, lockedBy: null });
    expect(j.runAt).toBe(new Date(t0 + first).toISOString());
    expect(j.lastError).toContain('receiver down (1)');
    // Not due yet: nothing runs, nothing sleeps.
    expect(await worker.runDue()).toMatchObject({ claimed: 0 });
    clock.set(j.runAt);
    expect(await worker.runDue()).toMatchObject({ retried: 1 });
    j = await job(id);
    const second = backoffDelay(backoff, 2, id);
    expect(second).toBeGreaterThanOrEqual(1_000);
    expect(second).toBeLessThanOrEqual(2_000);
    expect(j.runAt).toBe(new Date(clock.now().getTime() + second).toISOString());
    clock.set(j.runAt);
    expect(await worker.runDue()).toMatchObject({ dead: 1 });
    j = await job(id);
    expect(j).toMatchObject({ status: 'dead', attempts: 3 });
    expect(j.lastError).toContain('receiver down (3)');
    clock.advance(86_400_000);
    expect(await worker.drain()).toMatchObject({ claimed: 0 });
    expect(runs).toBe(3);
    // Each attempt's database effect rolled back with it.
    expect(await effectRows(store.db, 't.retry')).toEqual([]);
  });

  it('sends a payload that fails its schema straight to dead, with the reason', async () => {
    const { store } = db();
    const counter = { runs: 0 };
    const registry = new JobRegistry().define(effectJob('t.schema', counter));
    const { worker, enqueue, job } = setup(store, registry);
    const id = await enqueue('t.schema', { n: 'seven' });
    expect(await worker.drain()).toMatchObject({ claimed: 1, dead: 1 });
    const j = await job(id);
    expect(j).toMatchObject({ status: 'dead', attempts: 1 });
    expect(j.lastError).toMatch(/^invalid payload: n: /);
    expect(counter.runs).toBe(0);
  });

  it("does not retry a caller's mistake (a DomainError such as not_found)", async () => {
    const { store } = db();
    const registry = new JobRegistry().define(
      defineJob({
        name: 't.missing',
        schema: z.object({ id: z.string() }),
        async handler(ctx) {
          throw notFound('interaction', ctx.payload.id);
        },
      }),
    );
    const { worker, enqueue, job } = setup(store, registry);
    const id = await enqueue('t.missing', { id: 'int_x' });
    expect(await worker.drain()).toMatchObject({ dead: 1 });
    expect(await job(id)).toMatchObject({
      status: 'dead',
      attempts: 1,
      lastError: 'not_found: No interaction with id int_x in this workspace.',
    });
  });

  it('runs jobs sharing an ordering key one at a time, in creation order, a failure holding the rest back', async () => {
    const { store } = db();
    const order: string[] = [];
    let failOnce = true;
    const registry = new JobRegistry().define(
      defineJob({
        name: 't.ordered',
        schema: z.object({ label: z.string() }),
        backoff: { baseMs: 10_000 },
        async handler(ctx) {
          if (ctx.payload.label === 'a1' && failOnce) {
            failOnce = false;
            throw new Error('first delivery fails');
          }
          order.push(ctx.payload.label);
        },
      }),
    );
    const { worker, enqueue, clock } = setup(store, registry);
    for (const label of ['a1', 'a2', 'a3'])
      await enqueue('t.ordered', { label }, { orderingKey: 'case:a' });
    await enqueue('t.ordered', { label: 'b1' }, { orderingKey: 'case:b' });
    await enqueue('t.ordered', { label: 'free' });
    await enqueue('t.ordered', { label: 'b2' }, { orderingKey: 'case:b' });
    // One claim takes only the head of each key.
    expect(await worker.runDue()).toMatchObject({ claimed: 3, retried: 1, done: 2 });
    expect(order.sort()).toEqual(['b1', 'free']);
    order.length = 0;
    // a2 and a3 wait behind a1's retry; b2 runs.
    expect(await worker.drain()).toMatchObject({ claimed: 1, done: 1 });
    expect(order).toEqual(['b2']);
    order.length = 0;
    clock.advance(10_000);
    expect(await worker.drain()).toMatchObject({ claimed: 3, done: 3 });
    expect(order).toEqual(['a1', 'a2', 'a3']);
  });

  it("reclaims a crashed worker's job when its lease runs out; the crashed worker cannot complete it", async () => {
    const { store } = db();
    const counter = { runs: 0 };
    const registry = new JobRegistry().define(effectJob('t.lease', counter));
    const { worker, enqueue, job, clock } = setup(store, registry, { leaseMs: 30_000 });
    const id = await enqueue('t.lease', { n: 1 });
    const queue = <T>(fn: (q: ReturnType<typeof queueRepository>) => Promise<T>) =>
      store.transact((tx) => fn(queueRepository({ db: tx, dialect: store.dialect })));
    const [claimed] = await queue((q) =>
      q.claim({
        workerId: 'ghost',
        now: clock.now().toISOString(),
        leaseUntil: new Date(clock.now().getTime() + 30_000).toISOString(),
        limit: 5,
        names: ['t.lease'],
      }),
    );
    expect(claimed?.id).toBe(id);
    expect(await worker.runDue()).toMatchObject({ claimed: 0 });
    clock.advance(30_001);
    expect(await worker.runDue()).toMatchObject({ claimed: 1, done: 1 });
    expect(await job(id)).toMatchObject({ status: 'done', attempts: 2 });
    expect(
      await queue((q) =>
        q.complete({ workspaceId: claimed!.workspaceId, id }, 'ghost', clock.now().toISOString()),
      ),
    ).toBe(false);
    expect(counter.runs).toBe(1);
    expect((await effectRows(store.db, 't.lease')).length).toBe(1);
  });

  it('claims urgent jobs ahead of a backlog, background ones last, and a lost lease first of all', async () => {
    const { store } = db();
    const registry = new JobRegistry()
      .define(effectJob('notify.email'))
      .define(effectJob('signals.reanalyze'))
      .define(effectJob('t.normal'));
    const { enqueue, clock } = setup(store, registry);
    const claim = (workerId: string, limit: number) =>
      store.transact((tx) =>
        queueRepository({ db: tx, dialect: store.dialect }).claim({
          workerId,
          now: clock.now().toISOString(),
          leaseUntil: new Date(clock.now().getTime() + 1_000).toISOString(),
          limit,
          names: registry.names(),
        }),
      );
    const stale = await enqueue('t.normal', { n: 0 });
    expect((await claim('ghost', 1)).map((j) => j.id)).toEqual([stale]);
    clock.advance(1_001);
    const background = await enqueue('signals.reanalyze', { n: 1 });
    const backlog: string[] = [];
    for (let n = 2; n < 32; n++) backlog.push(await enqueue('t.normal', { n }));
    const urgent = await enqueue('notify.email', { n: 99 });
    expect((await claim('w1', 3)).map((j) => j.id)).toEqual([stale, urgent, backlog[0]]);
    expect((await claim('w1', 40)).map((j) => j.id)).toEqual([...backlog.slice(1), background]);
  });

  it('marks dead a job whose lease ran out on its last attempt', async () => {
    const { store } = db();
    const registry = new JobRegistry().define(effectJob('t.lastlease'));
    const { worker, enqueue, job, clock } = setup(store, registry);
    const id = await enqueue('t.lastlease', { n: 1 }, { maxAttempts: 1 });
    await store.transact((tx) =>
      queueRepository({ db: tx, dialect: store.dialect }).claim({
        workerId: 'ghost',
        now: clock.now().toISOString(),
        leaseUntil: new Date(clock.now().getTime() + 1_000).toISOString(),
        limit: 1,
        names: ['t.lastlease'],
      }),
    );
    clock.advance(1_001);
    expect(await worker.runDue()).toMatchObject({ dead: 1 });
    expect((await job(id)).lastError).toMatch(/lease ran out during its last attempt/);
  });

  it('keeps one pending instance of a recurring job, across restarts and racing workers', async () => {
    const { store } = db();
    const counter = { runs: 0 };
    const tick = effectJob('t.tick', counter);
    const registry = new JobRegistry().define(tick).every(tick, 60_000, { n: 0 });
    const { worker, clock, ids } = setup(store, registry);
    const pending = () =>
      store.db
        .selectFrom('jobs')
        .select(['status', 'run_at'])
        .where('name', '=', 't.tick')
        .where('status', '=', 'queued')
        .execute();
    clock.set('2026-01-05T09:00:30.000Z');
    expect(await worker.runDue()).toMatchObject({ claimed: 0 });
    expect((await pending()).map((p) => p.run_at)).toEqual(['2026-01-05T09:01:00.000Z']);
    // A restarted worker, and several at once, add none.
    const others = Array.from({ length: 4 }, () => createWorker({ store, registry, clock, ids }));
    await Promise.all(others.map((w) => w.runDue()));
    expect(await pending()).toHaveLength(1);
    clock.set('2026-01-05T09:01:00.000Z');
    expect(await worker.runDue()).toMatchObject({ claimed: 1, done: 1 });
    expect(await worker.runDue()).toMatchObject({ claimed: 0 });
    expect((await pending()).map((p) => p.run_at)).toEqual(['2026-01-05T09:02:00.000Z']);
    // Down for an hour: the overdue instance runs once, not sixty times.
    clock.set('2026-01-05T10:05:10.000Z');
    expect(await worker.drain()).toMatchObject({ claimed: 1, done: 1 });
    expect((await pending()).map((p) => p.run_at)).toEqual(['2026-01-05T10:06:00.000Z']);
    expect(counter.runs).toBe(2);
  });

  it('leaves no job behind when the transaction that enqueued it rolls back', async () => {
    const { store } = db();
    const clock = new FakeClock();
    const ids = idsFor(clock);
    const f = factory(store, { clock, ids });
    await f.workspace();
    const customer = await f.customer();
    const countJobs = async () =>
      (
        await store.db
          .selectFrom('jobs')
          .select('id')
          .where('workspace_id', '=', f.ws)
          .where('name', '=', 'interaction.created')
          .execute()
      ).length;
    await expect(
      store.write(async (r) => {
        await createInteraction({ r, clock, ids }, systemCtx(f.ws), {
          customerId: customer.id,
          channel: 'phone',
          stage: 'support',
          occurredAt: clock.now().toISOString(),
        });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await countJobs()).toBe(0);
    await f.interaction({ customerId: customer.id });
    expect(await countJobs()).toBe(1);
    // With no subscriber, the event simply completes.
    const registry = new JobRegistry().event(interactionCreated);
    const worker = createWorker({ store, registry, clock, ids });
    expect(await worker.drain()).toMatchObject({ claimed: 1, done: 1 });
    const rows = await store.db
      .selectFrom('jobs')
      .select('status')
      .where('workspace_id', '=', f.ws)
      .execute();
    expect(rows).toEqual([{ status: 'done' }]);
  });

  it('fans an event out to each subscriber, which retry on their own', async () => {
    const { store } = db();
    const happened = defineEvent('t.happened', z.object({ caseId: z.string() }));
    const quiet = defineEvent('t.quiet', z.object({}));
    const seen: string[] = [];
    let flaky = 0;
    const registry = new JobRegistry()
      .event(quiet)
      .on(happened, {
        name: 'notes',
        handler: async (ctx) => void seen.push(`notes:${ctx.payload.caseId}`),
      })
      .on(happened, {
        name: 'hook',
        backoff: { baseMs: 1_000 },
        handler: async (ctx) => {
          if (flaky++ === 0) throw new Error('hook down');
          seen.push(`hook:${ctx.payload.caseId}`);
        },
      });
    expect(registry.subscribersOf('t.happened')).toEqual(['t.happened:notes', 't.happened:hook']);
    const { worker, enqueue, clock, ws } = setup(store, registry);
    await enqueue('t.happened', { caseId: 'c1' }, { orderingKey: 'case:c1' });
    await enqueue('t.quiet', {});
    expect(await worker.drain()).toMatchObject({ done: 3, retried: 1 });
    expect(seen).toEqual(['notes:c1']);
    clock.advance(1_000);
    expect(await worker.drain()).toMatchObject({ done: 1 });
    expect(seen).toEqual(['notes:c1', 'hook:c1']);
    const rows = await store.db
      .selectFrom('jobs')
      .select(['name', 'status', 'ordering_key'])
      .where('workspace_id', '=', ws)
      .orderBy('name')
      .execute();
    expect(rows).toEqual([
      { name: 't.happened', status: 'done', ordering_key: 'case:c1' },
      { name: 't.happened:hook', status: 'done', ordering_key: 'case:c1>t.happened:hook' },
      { name: 't.happened:notes', status: 'done', ordering_key: 'case:c1>t.happened:notes' },
      { name: 't.quiet', status: 'done', ordering_key: null },
    ]);
  });

  it("commits a handler's follow-up jobs with it, and not when it fails", async () => {
    const { store } = db();
    const counter = { runs: 0 };
    const follow = effectJob('t.follow', counter);
    let fail = true;
    const registry = new JobRegistry().define(follow).define(
      defineJob({
        name: 't.lead',
        schema: z.object({}),
        backoff: { baseMs: 1_000 },
        async handler(ctx) {
          await ctx.enqueue(follow, { n: 1 });
          if (fail) {
            fail = false;
            throw new Error('not this time');
          }
        },
      }),
    );
    const { worker, enqueue, clock } = setup(store, registry);
    await enqueue('t.lead', {});
    expect(await worker.drain()).toMatchObject({ retried: 1, done: 0 });
    clock.advance(1_000);
    expect(await worker.drain()).toMatchObject({ done: 2 });
    expect(counter.runs).toBe(1);
  });

  it('lists dead jobs and re-queues one', async () => {
    const { store } = db();
    let broken = true;
    const registry = new JobRegistry().define(
      defineJob({
        name: 't.deadletter',
        schema: z.object({}),
        maxAttempts: 1,
        async handler() {
          if (broken) throw new Error('bug');
        },
      }),
    );
    const { worker, enqueue, job, clock, ws } = setup(store, registry);
    const id = await enqueue('t.deadletter', {});
    await worker.drain();
    const queue = queueRepository({ db: store.db, dialect: store.dialect });
    const dead = await queue.listDead({ workspaceId: ws, limit: 10 });
    expect(dead.map((d) => [d.id, d.status])).toEqual([[id, 'dead']]);
    broken = false;
    const retried = await store.transact((tx) =>
      queueRepository({ db: tx, dialect: store.dialect }).retryDead(id, clock.now().toISOString()),
    );
    expect(retried).toMatchObject({ status: 'queued', attempts: 0 });
    expect(await queue.retryDead(id, clock.now().toISOString())).toBeUndefined();
    expect(await worker.drain()).toMatchObject({ done: 1 });
    expect(await job(id)).toMatchObject({ status: 'done', attempts: 1 });
    expect(await queue.listDead({ workspaceId: ws, limit: 10 })).toEqual([]);
  });

  it('purges done jobs after the retention period, keeping recent, pending and dead ones', async () => {
    const { store } = db();
    const registry = new JobRegistry()
      .define(purgeDoneJobs)
      .every(purgeDoneJobs, 3_600_000, { retentionMs: 86_400_000 })
      .define(effectJob('t.purged'));
    const { worker, enqueue, job, clock } = setup(store, registry);
    const old = await enqueue('t.purged', { n: 1 });
    const oldDead = await enqueue('t.purged', { n: 'x' });
    await worker.drain();
    clock.advance(2 * 86_400_000);
    const recent = await enqueue('t.purged', { n: 2 });
    const pending = await enqueue('t.purged', { n: 3 }, { runAt: '2030-01-01T00:00:00.000Z' });
    await worker.drain();
    const queue = queueRepository({ db: store.db, dialect: store.dialect });
    expect((await queue.stats(clock.now().toISOString())).dead).toBeGreaterThanOrEqual(1);
    // Next full hour: jobs.purge is due.
    clock.advance(3_600_000);
    await worker.drain();
    await expect(job(old)).rejects.toThrow();
    expect((await job(oldDead)).status).toBe('dead');
    expect((await job(recent)).status).toBe('done');
    expect((await job(pending)).status).toBe('queued');
  });
});
