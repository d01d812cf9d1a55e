/**
 * Workload 1, the other half of an acknowledgement that does not wait for the domain work: how
 * fast the worker records the responses accepted for later (`Prefer: respond-async`). After the
 * load, a Rapport server with its worker (4 at once, the default) opens the same SQLite file and
 * works through the backlog; the `response.submit` jobs done in a fixed window give the rate.
 */
import Database from 'better-sqlite3';
import { parkServer, startChild } from '../lib/child.ts';
import { summarize } from '../lib/stats.ts';
import type { Figure } from '../lib/result.ts';

const count = (path: string, status: string) => {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare(`select count(*) as n from jobs where name = 'response.submit' and status = ?`)
      .get(status) as { n: number };
    return row.n;
  } finally {
    db.close();
  }
};

/** Responses recorded per second from the backlog, over `seconds`, `repeats` windows. */
export async function drainRate(
  path: string,
  seconds: number,
  repeats: number,
  /** --quick: a new reusable process, parked when done for a later workload (lib/child.ts). */
  park = false,
): Promise<Figure> {
  const queued = count(path, 'queued');
  const server = await startChild(
    'rapport.ts',
    ['--db', path, '--worker'],
    [],
    60_000,
    park ? { reusable: true } : {},
  );
  const rates: number[] = [];
  try {
    for (let i = 0; i < repeats; i++) {
      const before = count(path, 'done');
      const t0 = performance.now();
      await new Promise((r) => setTimeout(r, seconds * 1000));
      const done = count(path, 'done') - before;
      rates.push(Math.round(done / ((performance.now() - t0) / 1000)));
    }
  } finally {
    if (park) await parkServer(server);
    else await server.stop();
  }
  const failed = count(path, 'dead');
  return {
    label: 'the worker recording the accepted responses (server + worker, 4 at once)',
    unit: 'responses/s',
    summary: summarize(rates),
    detail: `${queued.toLocaleString('en')} queued after the load; ${failed} failed`,
  };
}
