import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { systemIds } from '@rapport/core';
import { openStore, type Store } from '@rapport/store';
import { freshTarget, testDialects } from '@rapport/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEffectsTable, effectRows, statusCounts } from './testing/effects.ts';

const SCRIPT = fileURLToPath(new URL('./testing/crash-worker.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const JOBS = 1_000;
const NAME = 'crash.effect';

function startChild(target: unknown): { child: ChildProcess; stderr: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, JSON.stringify(target), NAME], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  return { child, stderr: () => err };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

async function until(check: () => Promise<boolean>, timeoutMs: number, why: () => string) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out: ${why()}`);
    await new Promise((r) => setTimeout(r, 15));
  }
}

for (const dialect of testDialects()) {
  describe(`a worker killed with SIGKILL [${dialect}]`, () => {
    let store: Store;
    let target: unknown;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      const fresh = await freshTarget(dialect);
      target = fresh.target;
      drop = fresh.drop;
      store = await openStore(fresh.target);
      await createEffectsTable(store.db);
    });
    afterAll(async () => {
      await store.close();
      await drop();
    });

    it('loses no job and runs none twice after a restart', async () => {
      const ids = systemIds();
      const ws = ids.id('ws');
      const now = new Date().toISOString();
      await store.write(async (r) => {
        for (let n = 1; n <= JOBS; n++)
          await r.jobs.enqueue(ws, { name: NAME, payload: { n } }, ids.id('job'), now);
      });
      const effects = async () => (await statusCounts(store.db, NAME)).done ?? 0;

      const first = startChild(target);
      await until(
        async () =>
          (await effects()) >= JOBS / 4 && ((await statusCounts(store.db, NAME)).running ?? 0) > 0,
        30_000,
        first.stderr,
      );
      first.child.kill('SIGKILL');
      await exited(first.child);
      // A COMMIT the server was already running when the client died may still land.
      await new Promise((r) => setTimeout(r, 200));
      const atKill = await statusCounts(store.db, NAME);
      const doneAtKill = await effects();
      expect(atKill.running).toBeGreaterThan(0);
      expect(doneAtKill).toBeLessThan(JOBS);
      expect(atKill.done).toBe(doneAtKill);

      const second = startChild(target);
      await until(
        async () => (await statusCounts(store.db, NAME)).done === JOBS,
        30_000,
        second.stderr,
      );
      second.child.kill('SIGTERM');
      expect(await exited(second.child)).toBe(0);

      const rows = await effectRows(store.db, NAME);
      expect(rows.map((r) => r.n)).toEqual(Array.from({ length: JOBS }, (_, i) => i + 1));
      expect(new Set(rows.map((r) => r.worker)).size).toBe(2);
      const jobs = await store.db
        .selectFrom('jobs')
        .select(['attempts', 'last_error', 'status'])
        .where('workspace_id', '=', ws)
        .execute();
      expect(jobs.every((j) => j.status === 'done' && j.last_error === null)).toBe(true);
      // Exactly the jobs the killed worker held ran a second attempt.
      expect(jobs.filter((j) => Number(j.attempts) === 2).length).toBe(atKill.running);
      expect(jobs.filter((j) => Number(j.attempts) > 2)).toEqual([]);
    }, 60_000);
  });
}
