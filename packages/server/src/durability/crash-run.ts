/**
 * The crash cycles: start the real server over a database, drive mixed ingest load, SIGKILL
 * it at a random moment, check the database, restart, retry what was in doubt, and again;
 * after the last cycle, a graceful stop and a final check. Used by crash.test.ts and by
 * `scripts/crash.ts --cycles N` for long runs.
 */
import { systemClock, systemIds, transactionalCsatSurvey } from '@rapport/core';
import { openStore, type StoreTarget } from '@rapport/store';
import { bootstrapWorkspace } from '../auth/bootstrap.ts';
import { checkStore } from './crash-checks.ts';
import { drive, newLedger, retryInDoubt, rng, type LoadWorld } from './crash-load.ts';
import { startServerProcess, type ServerProcess } from './crash-server.ts';

export interface CrashOptions {
  target: StoreTarget;
  /** DATABASE_URL of the same database, for the server. */
  databaseUrl: string;
  cycles: number;
  seed: number;
  /** Concurrent clients (default 6). */
  clients?: number;
  log?: (line: string) => void;
}

export interface CrashReport {
  cycles: number;
  sent: number;
  acked: number;
  /** Of those, responses accepted for later (202). */
  ackedLater: number;
  inDoubt: number;
  retried: number;
  checks: number;
  failures: string[];
}

async function post<T>(base: string, key: string, url: string, body: unknown): Promise<T> {
  const res = await fetch(base + url, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url} → ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

export async function runCrashCycles(o: CrashOptions): Promise<CrashReport> {
  const log = o.log ?? (() => undefined);
  const setup = await openStore(o.target);
  const { workspace, apiKey } = await bootstrapWorkspace(
    setup,
    { clock: systemClock, ids: systemIds() },
    'Crash',
  );
  await setup.close();
  const ws = workspace.id;
  const rand = rng(o.seed);
  const ledger = newLedger();
  const failures: string[] = [];
  let checks = 0;

  const check = async (label: string) => {
    const store = await openStore(o.target, { migrate: false });
    try {
      const problems =
        store.dialect === 'postgres'
          ? await store.db
              .transaction()
              .setIsolationLevel('repeatable read')
              .execute((trx) => checkStore(trx, undefined, ws, ledger))
          : await checkStore(store.db, store.sqlite, ws, ledger);
      checks++;
      for (const p of problems) failures.push(`${label}: ${p}`);
    } finally {
      await store.close();
    }
  };

  let server: ServerProcess = await startServerProcess(o.databaseUrl);
  const { id: team } = await post<{ id: string }>(server.url, apiKey, '/api/v1/teams', {
    name: 'Crash team',
  });
  const employeeIds: string[] = [];
  for (const name of ['Ada', 'Grace', 'Linus'])
    employeeIds.push(
      (await post<{ id: string }>(server.url, apiKey, '/api/v1/employees', { name, teamId: team }))
        .id,
    );
  const survey = await post<{ id: string }>(server.url, apiKey, '/api/v1/surveys', {
    definition: transactionalCsatSurvey({ id: 'crash' }),
    status: 'live',
  });
  const world: LoadWorld = { apiKey, employeeIds, surveyId: survey.id };

  try {
    for (let cycle = 1; cycle <= o.cycles; cycle++) {
      await retryInDoubt(server.url, world, ledger);
      const running = server;
      const killAfter = 100 + Math.floor(rand() * 900);
      const killed = new Promise<void>((resolve) => setTimeout(resolve, killAfter)).then(() =>
        running.kill(),
      );
      await drive(server.url, world, ledger, rand, o.clients ?? 6, killed);
      await killed;
      // A COMMIT PostgreSQL was already running when its client died may still land.
      if (o.target.dialect === 'postgres') await new Promise((r) => setTimeout(r, 250));
      await check(`cycle ${cycle} (killed after ${killAfter} ms)`);
      log(
        `cycle ${cycle}: killed after ${killAfter} ms; ${ledger.acked.size} acknowledged, ${ledger.inDoubt.size} in doubt, ${failures.length + ledger.failures.length} failures`,
      );
      server = await startServerProcess(o.databaseUrl);
    }
    await retryInDoubt(server.url, world, ledger);
  } finally {
    await server.stop();
  }
  await check('after a graceful stop');
  return {
    cycles: o.cycles,
    sent: ledger.sent,
    acked: ledger.acked.size,
    ackedLater: [...ledger.acked.values()].filter((a) => a.submissionId).length,
    inDoubt: ledger.inDoubt.size,
    retried: ledger.retried,
    checks,
    failures: [...ledger.failures, ...failures],
  };
}
