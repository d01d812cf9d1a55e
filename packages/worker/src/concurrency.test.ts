import { systemIds } from '@rapport/core';
import { openStore, type Store } from '@rapport/store';
import { freshTarget, testDialects } from '@rapport/testing';
import { describe, expect, it } from 'vitest';
import { JobRegistry } from './registry.ts';
import { createEffectsTable, effectJob, effectRows, enqueueMany } from './testing/effects.ts';
import { createWorker } from './worker.ts';

const JOBS = 500;

// Two workers, each with a store (a pool on PostgreSQL, a connection on SQLite) of its own,
// on one queue at the same time: every job runs exactly once.
describe('two workers on one queue', () => {
  for (const dialect of testDialects()) {
    it.concurrent(
      `[${dialect}] run ${JOBS} jobs, each exactly once`,
      async () => {
        const { target, drop } = await freshTarget(dialect);
        const stores = [await openStore(target), await openStore(target)] as const;
        try {
          await twoWorkers(stores);
        } finally {
          for (const s of stores) await s.close();
          await drop();
        }
      },
      30_000,
    );
  }
});

async function twoWorkers(stores: readonly [Store, Store]): Promise<void> {
  const [a] = stores;
  await createEffectsTable(a.db);
  const ws = systemIds().id('ws');
  await enqueueMany(a, ws, 'two.effect', JOBS);
  const counters = [{ runs: 0 }, { runs: 0 }];
  const workers = stores.map((store, i) =>
    createWorker({
      store,
      registry: new JobRegistry().define(effectJob('two.effect', counters[i], { worker: `w${i}` })),
      workerId: `w${i}`,
      concurrency: 4,
      batchSize: 10,
    }),
  );
  const reports = await Promise.all(workers.map((w) => w.drain()));
  // A worker may stop early when the other holds the rest; finish what is left.
  const rest = await workers[0]!.drain();
  const rows = await effectRows(a.db, 'two.effect');
  expect(rows.map((r) => r.n)).toEqual(Array.from({ length: JOBS }, (_, i) => i + 1));
  expect(counters[0]!.runs + counters[1]!.runs).toBe(JOBS);
  expect(reports.map((r) => r.done).reduce((x, y) => x + y) + rest.done).toBe(JOBS);
  expect(reports.every((r) => r.done > 0 && r.lost === 0 && r.retried === 0)).toBe(true);
  expect(new Set(rows.map((r) => r.worker))).toEqual(new Set(['w0', 'w1']));
  const notDone = await a.db
    .selectFrom('jobs')
    .select('id')
    .where('workspace_id', '=', ws)
    .where((eb) => eb.or([eb('status', '<>', 'done'), eb('attempts', '<>', 1)]))
    .execute();
  expect(notDone).toEqual([]);
}
