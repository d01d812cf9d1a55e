import { systemIds } from '@rapport/core';
import { openStore, type Store } from '@rapport/store';
import { freshTarget, testDialects } from '@rapport/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobRegistry } from './registry.ts';
import { createEffectsTable, effectJob, effectRows } from './testing/effects.ts';
import { createWorker } from './worker.ts';

const JOBS = 1_000;

// Two workers, each with a store (a pool on PostgreSQL, a connection on SQLite) of its own,
// on one queue at the same time: every job runs exactly once.
for (const dialect of testDialects()) {
  describe(`two workers on one queue [${dialect}]`, () => {
    const stores: Store[] = [];
    let drop: () => Promise<void>;

    beforeAll(async () => {
      const fresh = await freshTarget(dialect);
      drop = fresh.drop;
      stores.push(await openStore(fresh.target), await openStore(fresh.target));
      await createEffectsTable(stores[0]!.db);
    });
    afterAll(async () => {
      for (const s of stores) await s.close();
      await drop();
    });

    it(`run ${JOBS} jobs, each exactly once`, async () => {
      const [a, b] = stores as [Store, Store];
      const ids = systemIds();
      const ws = ids.id('ws');
      const now = new Date().toISOString();
      await a.write(async (r) => {
        for (let n = 1; n <= JOBS; n++)
          await r.jobs.enqueue(ws, { name: 'two.effect', payload: { n } }, ids.id('job'), now);
      });
      const counters = [{ runs: 0 }, { runs: 0 }];
      const workers = [a, b].map((store, i) =>
        createWorker({
          store,
          registry: new JobRegistry().define(
            effectJob('two.effect', counters[i], { worker: `w${i}` }),
          ),
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
      const perWorker = rows.reduce<Record<string, number>>(
        (acc, r) => ({ ...acc, [r.worker]: (acc[r.worker] ?? 0) + 1 }),
        {},
      );
      expect(perWorker.w0! + perWorker.w1!).toBe(JOBS);
      const notDone = await a.db
        .selectFrom('jobs')
        .select('id')
        .where('workspace_id', '=', ws)
        .where((eb) => eb.or([eb('status', '<>', 'done'), eb('attempts', '<>', 1)]))
        .execute();
      expect(notDone).toEqual([]);
    }, 30_000);
  });
}
