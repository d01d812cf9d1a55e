/**
 * Workload 7: PostgreSQL — ingest (workload 1) on a local PostgreSQL with one server process
 * and with two processes sharing it (the scaling ratio), and the dashboard (workload 4).
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { CUBE_COLUMNS } from '../datasets/sqlite-bulk.ts';
import { cubeSql } from '../datasets/duck-generated.ts';
import type { DuckDBConnection } from '@duckdb/node-api';
import { parkServer, rapportServer, restartServer, type Child } from '../lib/child.ts';
import { load, QUICK_SAMPLE_MS, type LoadResult } from '../lib/load.ts';
import { log } from '../lib/log.ts';
import { freshDatabase, startPostgres } from '../lib/postgres.ts';
import { pendingRow, type Row } from '../lib/result.ts';
import { summarize } from '../lib/stats.ts';
import { bootstrapKey, populate, type BenchWorkspace } from '../lib/workspace.ts';
import {
  dashboardAtSize,
  loadDashboard,
  measureDashboard,
  type DashEngine,
  type DashLoaded,
  type DashOptions,
} from './dashboard.ts';
import { fig, responseBody, type IngestOptions } from './ingest.ts';

/** One load over the servers together, `connections` shared among them; figures summed. */
async function loadServers(
  servers: Child[],
  ws: BenchWorkspace,
  seconds: number,
  o: IngestOptions,
  extra: Record<string, string> = {},
): Promise<LoadResult> {
  const per = Math.floor(o.connections / servers.length);
  const parts = await Promise.all(
    servers.map((s, i) =>
      load({
        url: `${s.url}/api/v1/responses`,
        connections: per,
        seconds,
        headers: { authorization: `Bearer ${ws.apiKey}`, ...extra },
        body: responseBody(ws, o.seed + i),
        ...(o.quick ? { sampleMs: QUICK_SAMPLE_MS } : {}),
      }),
    ),
  );
  return {
    rps: parts.reduce((a, p) => a + p.rps, 0),
    p50: Math.max(...parts.map((p) => p.p50)),
    p99: Math.max(...parts.map((p) => p.p99)),
    errors: parts.reduce((a, p) => a + p.errors, 0),
    non2xx: parts.reduce((a, p) => a + p.non2xx, 0),
    total: parts.reduce((a, p) => a + p.total, 0),
  };
}

/**
 * `processes` Rapport servers on the database, started together, into `servers` (each one
 * that started, also when another failed); `reuse` (--quick): parked processes first, see
 * rapportServer.
 */
async function startServers(
  url: string,
  processes: number,
  servers: Child[],
  reuse = false,
): Promise<void> {
  const starting = Array.from({ length: processes }, () =>
    rapportServer(['--db', url], { reuse }).then((s) => (servers.push(s), s)),
  );
  await Promise.all(starting.map((p) => p.catch(() => undefined)));
  await Promise.all(starting);
}

async function ingestProcesses(
  url: string,
  processes: number,
  o: IngestOptions,
  /** More request headers, e.g. `Prefer: respond-async`. */
  extra: Record<string, string> = {},
): Promise<LoadResult[]> {
  const key = await bootstrapKey({ dialect: 'postgres', url });
  const servers: Child[] = [];
  try {
    // Started together; each one that started is stopped below even if another failed.
    await startServers(url, processes, servers);
    const ws = await populate((servers[0] as Child).url, key, o.seed);
    await loadServers(servers, ws, 1, o, extra);
    const runs: LoadResult[] = [];
    for (let i = 0; i < o.repeats; i++)
      runs.push(await loadServers(servers, ws, o.seconds, o, extra));
    return runs;
  } finally {
    for (const s of servers) await s.stop();
  }
}

/**
 * --quick: the three ingest measurements on one database, workspace and pair of servers,
 * alternating in each repeat (as workload 1 alternates its paths on one server): one process,
 * the same and a second process together, then the first accepting for later. One set-up (the
 * workspace and two servers, started while `meanwhile` runs) instead of three, and one second
 * of warm-up in all: both processes' 201 path and the first one's 202 path together. The
 * servers (reusable, see lib/child.ts) go into `servers`, for the caller to reuse or stop.
 */
async function ingestTogether(
  url: string,
  o: IngestOptions,
  meanwhile: Promise<unknown>,
  servers: Child[],
): Promise<{ one: LoadResult[]; two: LoadResult[]; later: LoadResult[] }> {
  const key = await bootstrapKey({ dialect: 'postgres', url });
  await startServers(url, 2, servers, true);
  const ws = await populate((servers[0] as Child).url, key, o.seed);
  await meanwhile;
  const first = [servers[0] as Child];
  const async = { prefer: 'respond-async' };
  await Promise.all([loadServers(servers, ws, 1, o), loadServers(first, ws, 1, o, async)]);
  const out = { one: [] as LoadResult[], two: [] as LoadResult[], later: [] as LoadResult[] };
  for (let i = 0; i < o.repeats; i++) {
    out.one.push(await loadServers(first, ws, o.seconds, o));
    out.two.push(await loadServers(servers, ws, o.seconds, o));
    out.later.push(await loadServers(first, ws, o.seconds, o, async));
  }
  return out;
}

/** Ceiling for PostgreSQL inserts: the same rows from one client, one transaction per response. */
async function pgRawLoop(url: string, seconds: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  await client.query('drop table if exists raw_responses');
  await client.query(
    'create table raw_responses (id text primary key, comment text, at timestamptz)',
  );
  let n = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    await client.query('begin');
    await client.query('insert into raw_responses values ($1, $2, now())', [
      `r${n}`,
      'The agent was friendly',
    ]);
    await client.query('commit');
    n++;
  }
  await client.end();
  return n / seconds;
}

/**
 * The cube of the generated answers into PostgreSQL with COPY: DuckDB writes it as
 * tab-separated text into a folder the server's user can read, and the server reads the file
 * (the bench's superuser connection may). Returns the rows copied.
 */
async function copyCube(url: string, ws: string, duck: DuckDBConnection): Promise<number> {
  const dir = mkdtempSync('/tmp/rapport-bench-copy-');
  chmodSync(dir, 0o755);
  const file = join(dir, 'metric_cube.tsv');
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  try {
    await duck.run(
      `copy (${cubeSql(ws)}) to '${file}' (format csv, delimiter '\t', header false, nullstr '\\N')`,
    );
    chmodSync(file, 0o644);
    await client.connect();
    const r = await client.query(
      `copy metric_cube (${CUBE_COLUMNS.join(', ')}) from '${file}' with (format csv, delimiter E'\\t', null '\\N')`,
    );
    await client.query('analyze metric_cube');
    return r.rowCount ?? 0;
  } finally {
    await client.end().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function postgresWorkload(o: IngestOptions & { dash: DashOptions }): Promise<Row[]> {
  const server = await startPostgres({ quick: o.quick === true });
  if (!server)
    return [
      pendingRow(
        '7 PostgreSQL',
        'all',
        'PostgreSQL server binaries not installed (Debian package postgresql)',
      ),
    ];
  const rows: Row[] = [];
  const dashEngine = (url: string): DashEngine => ({
    label: 'PostgreSQL',
    target: { dialect: 'postgres', url },
    dbArg: url,
    sink: () => {
      throw new Error('the PostgreSQL tiers are generated in DuckDB');
    },
    insertRollups: (ws, duck) => copyCube(url, ws, duck.conn),
    // Every PostgreSQL tier: its queries read the cube only (as the SQLite tiers from 1M).
    generatedFrom: 0,
  });
  // --quick: the dashboard tiers are loaded while the ingest's servers start (set-up beside
  // set-up), and each is checked and timed after the ingest's loads on the first ingest server,
  // started again on the tier's database (its own warm-up first, as ever); then both servers
  // are parked for the web screens (see lib/child.ts).
  const early: Array<Promise<{ size: number; engine: DashEngine; tier: DashLoaded }>> = [];
  const servers: Child[] = [];
  try {
    let one: LoadResult[];
    let two: LoadResult[];
    let later: LoadResult[];
    if (o.quick) {
      const ingestUrl = await freshDatabase(server.url, 'ingest1');
      for (const size of o.dash.sizes) {
        const loading = (async () => {
          const engine = dashEngine(await freshDatabase(server.url, `dash${size}`));
          return { size, engine, tier: await loadDashboard(size, o.dash, engine, true) };
        })();
        loading.catch(() => undefined);
        early.push(loading);
      }
      log('postgres: ingest, one and two server processes and accepted for later, alternating');
      ({ one, two, later } = await ingestTogether(ingestUrl, o, Promise.all(early), servers));
    } else {
      log('postgres: ingest, one server process');
      one = await ingestProcesses(await freshDatabase(server.url, 'ingest1'), 1, o);
      log('postgres: ingest, two server processes');
      two = await ingestProcesses(await freshDatabase(server.url, 'ingest2'), 2, o);
      log('postgres: ingest accepted for later (Prefer: respond-async), one server process');
      later = await ingestProcesses(await freshDatabase(server.url, 'ingest3'), 1, o, {
        prefer: 'respond-async',
      });
    }
    const raw: number[] = [];
    const rawUrl = await freshDatabase(server.url, 'raw');
    for (let i = 0; i < o.repeats; i++)
      raw.push(Math.round(await pgRawLoop(rawUrl, Math.min(3, o.seconds))));
    const f1 = fig('Rapport, 1 process, PostgreSQL', one);
    const f2 = fig('Rapport, 2 processes, one PostgreSQL', two);
    rows.push({
      workload: '7 PostgreSQL',
      case: 'ingest, 50 conn.',
      rapport: f1,
      baseline: {
        label: 'pg client loop, one insert per transaction (one connection)',
        unit: 'req/s',
        summary: summarize(raw),
      },
      higherIsBetter: true,
    });
    rows.push({
      workload: '7 PostgreSQL',
      case: 'ingest accepted for later (202), 50 conn.',
      rapport: fig('Rapport, 1 process, PostgreSQL, Prefer: respond-async', later),
      baseline: {
        label: 'pg client loop, one insert per transaction (one connection)',
        unit: 'req/s',
        summary: summarize(raw),
      },
      higherIsBetter: true,
    });
    rows.push({
      workload: '7 PostgreSQL',
      case: 'ingest scaling, 2 processes vs 1',
      rapport: f2,
      baseline: f1,
      higherIsBetter: true,
      note: 'ratio = scaling from one to two processes (2 cores in all, shared with PostgreSQL and the load generator)',
    });
    if (o.quick) {
      const [first, second] = servers as [Child, Child];
      await parkServer(second);
      servers.splice(1);
      while (early.length) {
        const { size, engine, tier } = await (early.shift() as (typeof early)[number]);
        const on = await restartServer(first, ['--db', engine.dbArg]);
        rows.push(
          ...(await measureDashboard(size, o.dash, engine, { ...tier, server: on, own: false }))
            .rows,
        );
      }
      await parkServer(first);
      servers.splice(0);
    } else
      for (const size of o.dash.sizes) {
        const url = await freshDatabase(server.url, `dash${size}`);
        const out = await dashboardAtSize(size, o.dash, dashEngine(url), true);
        rows.push(...out.rows);
      }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    // A tier loaded but not measured (a failure above) still holds its DuckDB answers.
    for (const p of early) (await p.catch(() => undefined))?.tier.duck?.close();
    server.stop();
  }
  return rows;
}
