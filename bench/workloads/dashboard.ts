/**
 * Workload 4: dashboard queries at 100k, 1M and 10M responses — p50/p95 of GET
 * /api/v1/metrics over HTTP (a Rapport server on the loaded database) against the same
 * aggregate as a full scan in DuckDB over the same answers rows. Every query's histograms
 * are checked equal between Rapport's roll-ups and DuckDB's scan of the raw answers.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore, type StoreTarget } from '@rapport/store';
import { dataset } from '../datasets/dataset.ts';
import { duckAnswers, type DuckAnswers } from '../datasets/duck.ts';
import { DASH_QUERIES, duckSql, metricsUrl, type DashQuery } from '../datasets/queries.ts';
import { cubeSql, generatedAnswers } from '../datasets/duck-generated.ts';
import {
  CUBE_COLUMNS,
  sqliteBulkSink,
  sqliteInsertFromDuck,
  type BulkSink,
} from '../datasets/sqlite-bulk.ts';
import { builtStores, storeKey } from '../datasets/sqlite-store.ts';
import { startChild, type Child } from '../lib/child.ts';
import { log } from '../lib/log.ts';
import type { Row } from '../lib/result.ts';
import { percentile, summarize } from '../lib/stats.ts';
import { api, bootstrapKey } from '../lib/workspace.ts';

export interface DashOptions {
  sizes: number[];
  repeats: number;
  /** Timed executions of each query per repeat (DuckDB: fewer at 1M and 10M, see below). */
  perRepeat: number;
  seed: number;
  tmp: string;
}

type Histograms = Map<string, number[]>;
const hkey = (groups: Array<string | null>, min: number, max: number, top: number) =>
  [...groups.map((g) => g ?? ''), min, max, top].join('|');

async function duckHistograms(duck: DuckAnswers, q: DashQuery): Promise<Histograms> {
  const reader = await duck.conn.runAndReadAll(duckSql(q));
  const out: Histograms = new Map();
  for (const row of reader.getRowObjectsJS()) {
    const groups = q.groupBy.map((_, i) => (row[`g${i}`] == null ? null : String(row[`g${i}`])));
    const min = Number(row.scale_min);
    const max = Number(row.scale_max);
    const key = hkey(groups, min, max, Number(row.top_box));
    const counts = out.get(key) ?? Array.from({ length: max - min + 1 }, () => 0);
    counts[Number(row.k)] = (counts[Number(row.k)] ?? 0) + Number(row.c);
    out.set(key, counts);
  }
  return out;
}

/** Rapport's roll-up histograms for the query, read through the store's port. */
async function rapportHistograms(
  target: StoreTarget,
  ws: string,
  q: DashQuery,
): Promise<Histograms> {
  const store = await openStore(target, { migrate: false });
  try {
    const rows = await store.read((r) =>
      r.responses.histograms(ws, {
        metric: q.metric,
        scopes: [q.scope],
        from: q.from,
        to: q.to,
        filters: {},
        groupBy: q.groupBy,
      }),
    );
    return new Map(
      rows.map((row) => [
        hkey(
          q.groupBy.map((g) => row.group[g] ?? null),
          row.scaleMin,
          row.scaleMax,
          row.topBoxMin ?? -1,
        ),
        row.counts,
      ]),
    );
  } finally {
    await store.close();
  }
}

function sameHistograms(a: Histograms, b: Histograms): string | null {
  if (a.size !== b.size) return `${a.size} groups vs ${b.size}`;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (!w || w.length !== v.length || w.some((x, i) => x !== v[i]))
      return `group ${k}: ${v} vs ${w}`;
  }
  return null;
}

export async function loadDataset(
  size: number,
  seed: number,
  workspaceId: string,
  sink: BulkSink,
  duck: DuckAnswers | null,
): Promise<{ seconds: number; responses: number; answers: number }> {
  const t0 = performance.now();
  let responses = 0;
  let answers = 0;
  for (const day of dataset(workspaceId, size, seed)) {
    await sink.day(day.responses);
    duck?.add(day.responses);
    responses += day.responses.length;
    for (const r of day.responses) answers += r.answers.length;
  }
  await sink.finish();
  return { seconds: (performance.now() - t0) / 1000, responses, answers };
}

async function timeQueries(
  run: (q: DashQuery) => Promise<unknown>,
  o: Pick<DashOptions, 'repeats' | 'perRepeat'>,
) {
  const out = new Map<string, { p50: number[]; p95: number[] }>();
  for (const q of DASH_QUERIES) await run(q); // warm-up
  for (let rep = 0; rep < o.repeats; rep++) {
    for (const q of DASH_QUERIES) {
      const times: number[] = [];
      for (let i = 0; i < o.perRepeat; i++) {
        const t0 = performance.now();
        await run(q);
        times.push(performance.now() - t0);
      }
      const cur = out.get(q.name) ?? { p50: [], p95: [] };
      cur.p50.push(percentile(times, 50));
      cur.p95.push(percentile(times, 95));
      out.set(q.name, cur);
    }
  }
  return out;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export interface DashEngine {
  label: string;
  target: StoreTarget;
  dbArg: string;
  sink: (workspaceId: string) => BulkSink | Promise<BulkSink>;
  /** The 10M tier: roll-ups and cube rows aggregated in DuckDB, written to the engine. */
  insertRollups: (workspaceId: string, duck: DuckAnswers) => Promise<number>;
  /** A store of this size already built in this run (its cube is not written again). */
  prebuilt?: { workspaceId: string; apiKey: string };
  /** From this size the dataset is generated in DuckDB (below it: in JavaScript). */
  generatedFrom: number;
  /**
   * --quick: a server already up on this store (the web screens'), used instead of starting
   * one; it is left running.
   */
  server?: Child;
}

/** A tier's data loaded (and its DuckDB answers), no server yet (see dashboardAtSize). */
export interface DashLoaded {
  key: { workspaceId: string; apiKey: string };
  duck: DuckAnswers | null;
  loaded: { seconds: number; answers: number };
}

/** A tier loaded and its server up, not yet checked or timed. */
export interface DashTier extends DashLoaded {
  server: Child;
  /** Whether measureDashboard stops the server (not one it was given). */
  own: boolean;
}

/** Loads a tier: the first half of dashboardAtSize's set-up, nothing timed. */
export async function loadDashboard(
  size: number,
  o: DashOptions,
  engine: DashEngine,
  duckLoad: boolean,
): Promise<DashLoaded> {
  const key = engine.prebuilt ?? (await bootstrapKey(engine.target));
  log(`dashboard ${engine.label} ${size.toLocaleString('en')}: loading`);
  let duck: DuckAnswers | null;
  let loaded: { seconds: number; answers: number };
  if (size >= engine.generatedFrom) {
    const t0 = performance.now();
    duck = await generatedAnswers(size, o.seed);
    const n = engine.prebuilt ? 0 : await engine.insertRollups(key.workspaceId, duck);
    if (engine.prebuilt) log('  the cube is the web screens’ store’s, built earlier in this run');
    loaded = { seconds: (performance.now() - t0) / 1000, answers: await countAnswers(duck) };
    log(
      `  ${loaded.answers} answers generated in DuckDB (or this run's), wrote ${n} cube rows in ${loaded.seconds.toFixed(0)} s`,
    );
  } else {
    duck = duckLoad ? await duckAnswers() : null;
    loaded = await loadDataset(
      size,
      o.seed,
      key.workspaceId,
      await engine.sink(key.workspaceId),
      duck,
    );
    await duck?.finish();
    log(`  loaded ${size} responses, ${loaded.answers} answers in ${loaded.seconds.toFixed(0)} s`);
  }
  return { key, duck, loaded };
}

/** Loads a tier and starts its server (or takes the engine's): dashboardAtSize's set-up. */
export async function prepareDashboard(
  size: number,
  o: DashOptions,
  engine: DashEngine,
  duckLoad: boolean,
): Promise<DashTier> {
  const tier = await loadDashboard(size, o, engine, duckLoad);
  if (engine.server) return { ...tier, server: engine.server, own: false };
  try {
    return { ...tier, server: await startChild('rapport.ts', ['--db', engine.dbArg]), own: true };
  } catch (e) {
    tier.duck?.close();
    throw e;
  }
}

export async function measureDashboard(
  size: number,
  o: DashOptions,
  engine: DashEngine,
  tier: DashTier,
): Promise<{ rows: Row[]; loadSeconds: number; answers: number }> {
  const { key, duck, loaded, server } = tier;
  const rows: Row[] = [];
  try {
    // Correctness: Rapport's roll-ups against DuckDB's scan of the raw answers, every query.
    if (duck) {
      for (const q of DASH_QUERIES) {
        const expected = await duckHistograms(duck, q);
        const diff = sameHistograms(
          await rapportHistograms(engine.target, key.workspaceId, q),
          expected,
        );
        if (diff)
          throw new Error(`dashboard ${size}: ${q.name} differs from the raw answers: ${diff}`);
        const res = await api<{ overall: Array<{ figure: { n: number } }> }>(
          server.url,
          key.apiKey,
          'GET',
          metricsUrl(q),
        );
        const n = res.overall.reduce((s, c) => s + c.figure.n, 0);
        const duckN = [...expected.values()].reduce((s, c) => s + c.reduce((a, b) => a + b, 0), 0);
        if (n !== duckN)
          throw new Error(`dashboard ${size}: ${q.name} n ${n} vs ${duckN} in DuckDB`);
      }
      log('  verified: every query equals the recomputation from raw answers');
    }
    const rapport = await timeQueries((q) => api(server.url, key.apiKey, 'GET', metricsUrl(q)), o);
    // A DuckDB scan of 10M rows takes seconds here: fewer timed runs keep the bench in budget.
    const duckPer = size >= 10_000_000 ? 3 : size >= 1_000_000 ? 6 : o.perRepeat;
    const base = duck
      ? await timeQueries((q) => duck.conn.runAndReadAll(duckSql(q)), { ...o, perRepeat: duckPer })
      : null;
    for (const q of DASH_QUERIES) {
      const r = rapport.get(q.name) as { p50: number[]; p95: number[] };
      const b = base?.get(q.name);
      const p95 = summarize(r.p95.map(round1));
      rows.push({
        workload: `4 dashboard ${engine.label}`,
        case: `${q.name} @ ${fmtSize(size)}`,
        rapport: {
          label: `GET ${metricsUrl(q).split('?')[0]}`,
          unit: 'ms p95',
          summary: p95,
          detail: `p50 ${round1(summarize(r.p50).median)} ms`,
        },
        baseline: b
          ? {
              label: 'DuckDB full scan, in-process',
              unit: 'ms p95',
              summary: summarize(b.p95.map(round1)),
              detail: `p50 ${round1(summarize(b.p50).median)} ms`,
            }
          : null,
        higherIsBetter: false,
        ...(size >= 10_000_000 && b
          ? {
              goal: 'p95 ≤ 100 ms and ≤ DuckDB',
              met: p95.median <= 100 && p95.median <= summarize(b.p95).median,
            }
          : {}),
      });
    }
  } finally {
    if (tier.own) await server.stop();
    duck?.close();
  }
  return { rows, loadSeconds: loaded.seconds, answers: loaded.answers };
}

export async function dashboardAtSize(
  size: number,
  o: DashOptions,
  engine: DashEngine,
  duckLoad: boolean,
): Promise<{ rows: Row[]; loadSeconds: number; answers: number }> {
  return measureDashboard(size, o, engine, await prepareDashboard(size, o, engine, duckLoad));
}

/**
 * From this size the SQLite tiers are generated inside DuckDB (see datasets/duck-generated.ts);
 * below it in JavaScript, each response built as `submitResponse` builds it.
 */
export const GENERATED_IN_DUCKDB = 1_000_000;

async function countAnswers(duck: DuckAnswers): Promise<number> {
  const r = await duck.conn.runAndReadAll('select count(*) as n from answers');
  return Number(r.getRowObjectsJS()[0]?.n ?? 0);
}

export async function sqliteRollupsFromDuck(
  path: string,
  ws: string,
  duck: DuckAnswers,
): Promise<number> {
  // The cube only: it is what every dashboard query here reads (none groups or filters by a
  // person); writing the per-person daily roll-ups too would double the load time.
  return sqliteInsertFromDuck(path, 'metric_cube', CUBE_COLUMNS, duck.conn, cubeSql(ws));
}

export const fmtSize = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);

export async function dashboardWorkload(
  o: DashOptions & {
    /** From this size the dataset is generated in DuckDB (--quick: every size). */
    generatedFrom?: number;
  },
  onSize: (rows: Row[]) => void = () => undefined,
): Promise<Row[]> {
  const rows: Row[] = [];
  const generatedFrom = o.generatedFrom ?? GENERATED_IN_DUCKDB;
  for (const size of o.sizes) {
    const built = size >= generatedFrom ? builtStores.get(storeKey(size, o.seed)) : undefined;
    const path = built?.path ?? join(o.tmp, `dash-${size}.db`);
    const out = await dashboardAtSize(
      size,
      o,
      {
        label: 'SQLite',
        target: { dialect: 'sqlite', path },
        dbArg: path,
        sink: () => sqliteBulkSink(path),
        insertRollups: (ws, duck) => sqliteRollupsFromDuck(path, ws, duck),
        generatedFrom,
        ...(built ? { prebuilt: { workspaceId: built.workspaceId, apiKey: built.apiKey } } : {}),
        // --quick: the web screens' server on the same store, still up.
        ...(built?.server ? { server: built.server } : {}),
      },
      true,
    );
    rows.push(...out.rows);
    onSize(out.rows);
  }
  return rows;
}
