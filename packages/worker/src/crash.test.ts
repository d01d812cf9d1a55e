import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { systemIds } from '@rapport/core';
import { openStore, type Store } from '@rapport/store';
import { freshTarget, testDialects } from '@rapport/testing';
import { describe, expect, it } from 'vitest';
import { createEffectsTable, effectRows, enqueueMany, statusCounts } from './testing/effects.ts';

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
    await new Promise((r) => setTimeout(r, 40));
  }
}

describe('a worker process killed with SIGKILL', () => {
  for (const dialect of testDialects()) {
    it.concurrent(
      `[${dialect}] loses no job and runs none twice after a restart`,
      async () => {
        const { target, drop } = await freshTarget(dialect);
        const store = await openStore(target);
        try {
          await createEffectsTable(store.db);
          await crashAndRestart(store, target);
        } finally {
          await store.close();
          await drop();
        }
      },
      60_000,
    );
  }
});

async function crashAndRestart(store: Store, target: unknown): Promise<void> {
  const ws = systemIds().id('ws');
  await enqueueMany(store, ws, NAME, JOBS);
  const counts = () => statusCounts(store.db, NAME);

  // Kill while jobs are claimed. The worker may finish its batch between the moment the test
  // sees jobs running and the kill; such a kill leaves nothing in flight, so start another
  // worker and kill again (up to three times) until one lands with jobs running.
  let atKill: Awaited<ReturnType<typeof counts>> = {};
  let killed = 0;
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = (await counts()).done ?? 0;
    const first = startChild(target);
    killed++;
    await until(
      async () => {
        const c = await counts();
        return (c.done ?? 0) >= Math.max(JOBS / 4, before + 50) && (c.running ?? 0) > 0;
      },
      30_000,
      first.stderr,
    );
    first.child.kill('SIGKILL');
    await exited(first.child);
    // A COMMIT the server was already running when the client died may still land.
    await new Promise((r) => setTimeout(r, 200));
    atKill = await counts();
    if ((atKill.running ?? 0) > 0) break;
  }
  expect(atKill.running).toBeGreaterThan(0);
  expect(atKill.done).toBeLessThan(JOBS);
  expect((await effectRows(store.db, NAME)).length).toBe(atKill.done);

  const second = startChild(target);
  await until(async () => (await counts()).done === JOBS, 30_000, second.stderr);
  second.child.kill('SIGTERM');
  expect(await exited(second.child)).toBe(0);

  const rows = await effectRows(store.db, NAME);
  expect(rows.map((r) => r.n)).toEqual(Array.from({ length: JOBS }, (_, i) => i + 1));
  expect(new Set(rows.map((r) => r.worker)).size).toBeGreaterThanOrEqual(2);
  expect(new Set(rows.map((r) => r.worker)).size).toBeLessThanOrEqual(killed + 1);
  const jobs = await store.db
    .selectFrom('jobs')
    .select(['attempts', 'last_error', 'status'])
    .where('workspace_id', '=', ws)
    .execute();
  expect(jobs.every((j) => j.status === 'done' && j.last_error === null)).toBe(true);
  // Exactly the jobs the killed worker held ran a second attempt.
  expect(jobs.filter((j) => Number(j.attempts) === 2).length).toBe(atKill.running);
  expect(jobs.filter((j) => Number(j.attempts) > 2)).toEqual([]);
}
