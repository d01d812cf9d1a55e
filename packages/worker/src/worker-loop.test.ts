import { systemIds } from '@rapport/core';
import type { Store } from '@rapport/store';
import { describeEachDialect, FakeClock } from '@rapport/testing';
import { beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { defineJob } from './definition.ts';
import { JobRegistry } from './registry.ts';
import { createEffectsTable, effectJob, effectRows, statusCounts } from './testing/effects.ts';
import { createWorker } from './worker.ts';

const ids = systemIds();

async function enqueueMany(store: Store, ws: string, name: string, count: number) {
  const now = new Date().toISOString();
  await store.write(async (r) => {
    for (let n = 1; n <= count; n++)
      await r.jobs.enqueue(ws, { name, payload: { n } }, ids.id('job'), now);
  });
}

async function until(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((r) => (open = r));
  return { open, opened };
}

describeEachDialect('worker loop', (db) => {
  beforeAll(async () => {
    await createEffectsTable(db().store.db);
  });

  it('claims again at once after a full batch, and polls slowly when idle', async () => {
    const { store } = db();
    const registry = new JobRegistry().define(effectJob('l.batch'));
    await enqueueMany(store, ids.id('ws'), 'l.batch', 30);
    // With a one-second poll, 15 full batches would take 15 s if the worker slept between them.
    const worker = createWorker({ store, registry, concurrency: 2, batchSize: 2, pollMs: 1_000 });
    const started = Date.now();
    worker.start();
    try {
      await until(async () => (await effectRows(store.db, 'l.batch')).length === 30, 8_000);
      expect(Date.now() - started).toBeLessThan(8_000);
      const claims = worker.stats.claims;
      await sleep(1_500);
      expect(worker.stats.claims - claims).toBeLessThanOrEqual(3);
    } finally {
      await worker.stop();
    }
    expect(await statusCounts(store.db, 'l.batch')).toEqual({ done: 30 });
  });

  it('stops gracefully: the running job finishes, unstarted ones go back, nothing more is claimed', async () => {
    const { store } = db();
    const running = gate();
    const release = gate();
    const registry = new JobRegistry().define(
      defineJob({
        name: 'l.stop',
        schema: z.object({ n: z.number() }),
        // Slow work belongs in the effect, outside the transaction.
        async effect(ctx) {
          if (ctx.payload.n === 1) {
            running.open();
            await release.opened;
          }
        },
        handler: async () => undefined,
      }),
    );
    const ws = ids.id('ws');
    await enqueueMany(store, ws, 'l.stop', 5);
    const worker = createWorker({ store, registry, concurrency: 1, batchSize: 5, pollMs: 20 });
    worker.start();
    await running.opened;
    const stopped = worker.stop(10_000);
    await until(async () => (await statusCounts(store.db, 'l.stop')).queued === 4);
    const jobs = await store.db
      .selectFrom('jobs')
      .selectAll()
      .where('workspace_id', '=', ws)
      .orderBy('seq')
      .execute();
    expect(jobs.map((j) => [j.status, Number(j.attempts), j.locked_by])).toEqual([
      ['running', 1, worker.id],
      ...Array.from({ length: 4 }, () => ['queued', 0, null]),
    ]);
    release.open();
    await stopped;
    expect(await statusCounts(store.db, 'l.stop')).toEqual({ done: 1, queued: 4 });
    expect(worker.stats.claimed).toBe(5);
  });

  it('stops after its timeout with a stuck job, leaving it to its lease', async () => {
    const { store } = db();
    const release = gate();
    const registry = new JobRegistry().define(
      defineJob({
        name: 'l.stuck',
        schema: z.object({ n: z.number() }),
        effect: () => release.opened,
        handler: async () => undefined,
      }),
    );
    await enqueueMany(store, ids.id('ws'), 'l.stuck', 1);
    const worker = createWorker({ store, registry, concurrency: 1, pollMs: 20 });
    worker.start();
    await until(async () => (await statusCounts(store.db, 'l.stuck')).running === 1);
    const t = Date.now();
    await worker.stop(200);
    expect(Date.now() - t).toBeLessThan(2_000);
    expect(await statusCounts(store.db, 'l.stuck')).toEqual({ running: 1 });
    release.open();
    await until(async () => (await statusCounts(store.db, 'l.stuck')).done === 1);
  });

  it("renews a long job's lease, so another worker does not take it", async () => {
    const { store } = db();
    const release = gate();
    let runs = 0;
    const registry = new JobRegistry().define(
      defineJob({
        name: 'l.long',
        schema: z.object({ n: z.number() }),
        effect: () => release.opened,
        handler: async () => void runs++,
      }),
    );
    const ws = ids.id('ws');
    await enqueueMany(store, ws, 'l.long', 1);
    // Fake time for the lease, real time for the renewal timer (every lease/3 = 100 ms).
    const clock = new FakeClock(Date.now());
    const a = createWorker({ store, registry, clock, leaseMs: 300, pollMs: 20 });
    const b = createWorker({ store, registry, clock, leaseMs: 300 });
    const lockedUntil = async () =>
      (
        await store.db
          .selectFrom('jobs')
          .select('locked_until')
          .where('workspace_id', '=', ws)
          .executeTakeFirst()
      )?.locked_until;
    a.start();
    try {
      await until(async () => a.stats.claimed === 1);
      for (let i = 0; i < 3; i++) {
        clock.advance(250);
        const expected = new Date(clock.now().getTime() + 300).toISOString();
        await until(async () => (await lockedUntil()) === expected);
        // 750 ms of fake time past a 300 ms lease, and still held.
        expect(await b.runDue()).toMatchObject({ claimed: 0 });
      }
      release.open();
      await until(async () => (await statusCounts(store.db, 'l.long')).done === 1);
    } finally {
      await a.stop();
    }
    expect(runs).toBe(1);
  });
});
