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
import { startChild, type Child } from '../lib/child.ts';
import { load, type LoadResult } from '../lib/load.ts';
import { log } from '../lib/log.ts';
import { freshDatabase, startPostgres } from '../lib/postgres.ts';
import { pendingRow, type Row } from '../lib/result.ts';
import { summarize } from '../lib/stats.ts';
import { bootstrapKey, populate } from '../lib/workspace.ts';
import { dashboardAtSize, type DashOptions } from './dashboard.ts';
import { fig, responseBody, type IngestOptions } from './ingest.ts';

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
    const starting = Array.from({ length: processes }, () =>
      startChild('rapport.ts', ['--db', url]).then((s) => (servers.push(s), s)),
    );
    await Promise.all(starting.map((p) => p.catch(() => undefined)));
    await Promise.all(starting);
    const ws = await populate((servers[0] as Child).url, key, o.seed);
    const per = Math.floor(o.connections / processes);
    const run = async (seconds: number) => {
      const parts = await Promise.all(
        servers.map((s, i) =>
          load({
            url: `${s.url}/api/v1/responses`,
            connections: per,
            seconds,
            headers: { authorization: `Bearer ${ws.apiKey}`, ...extra },
            body: responseBody(ws, o.seed + i),
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
    };
    await run(1);
    const runs: LoadResult[] = [];
    for (let i = 0; i < o.repeats; i++) runs.push(await run(o.seconds));
    return runs;
  } finally {
    for (const s of servers) await s.stop();
  }
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
  const server = await startPostgres();
  if (!server)
    return [
      pendingRow(
        '7 PostgreSQL',
        'all',
        'PostgreSQL server binaries not installed (Debian package postgresql)',
      ),
    ];
  const rows: Row[] = [];
  try {
    log('postgres: ingest, one server process');
    const one = await ingestProcesses(await freshDatabase(server.url, 'ingest1'), 1, o);
    log('postgres: ingest, two server processes');
    const two = await ingestProcesses(await freshDatabase(server.url, 'ingest2'), 2, o);
    log('postgres: ingest accepted for later (Prefer: respond-async), one server process');
    const later = await ingestProcesses(await freshDatabase(server.url, 'ingest3'), 1, o, {
      prefer: 'respond-async',
    });
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
    for (const size of o.dash.sizes) {
      const url = await freshDatabase(server.url, `dash${size}`);
      const out = await dashboardAtSize(
        size,
        o.dash,
        {
          label: 'PostgreSQL',
          target: { dialect: 'postgres', url },
          dbArg: url,
          sink: () => {
            throw new Error('the PostgreSQL tiers are generated in DuckDB');
          },
          insertRollups: (ws, duck) => copyCube(url, ws, duck.conn),
          // Every PostgreSQL tier: its queries read the cube only (as the SQLite tiers from 1M).
          generatedFrom: 0,
        },
        true,
      );
      rows.push(...out.rows);
    }
  } finally {
    server.stop();
  }
  return rows;
}
