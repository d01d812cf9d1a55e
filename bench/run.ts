/**
 * `npm run bench [-- --quick] [--only ingest,dashboard,…] [--repeats N] [--sizes 100000,1000000]`
 * Rapport beside its baselines, measured in the same run; writes bench/results/latest.{json,md}.
 * Never part of `npm test`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArgsError, HELP, parseArgs, type BenchArgs } from './lib/args.ts';
import { stopParked, type Child, type HandedServer } from './lib/child.ts';
import { QUICK_SAMPLE_MS } from './lib/load.ts';
import { log } from './lib/log.ts';
import { currentLoad, machine } from './lib/machine.ts';
import { closeShared } from './datasets/duck-generated.ts';
import { stopStoreServers } from './datasets/sqlite-store.ts';
import { describeMerge, mergedTimes } from './lib/merge.ts';
import { infinityIn, markdown, writeReport, type Report } from './lib/report.ts';
import { pendingRow, type Row } from './lib/result.ts';
import { closedLoopWorkload } from './workloads/closed-loop.ts';
import { dashboardWorkload } from './workloads/dashboard.ts';
import { ingestWorkload } from './workloads/ingest.ts';
import { importWorkload } from './workloads/import.ts';
import { postgresWorkload } from './workloads/postgres.ts';
import { SMS_BARE_ARGS, smsWorkload } from './workloads/sms.ts';
import { textWorkload } from './workloads/text.ts';
import { webTogether } from './workloads/web-quick.ts';
import { webScreensWorkload } from './workloads/web-screens.ts';
import { webWorkload } from './workloads/web.ts';

const args = ((): BenchArgs => {
  try {
    return parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof ArgsError)) throw e;
    process.stderr.write(`${e.message}\n`);
    process.exit(2);
  }
})();
if (args.help) {
  process.stdout.write(`${HELP}\n`);
  process.exit(0);
}
/** Rows in workload order (1 ingest … 8 web). */
const sortRows = (rs: Row[]) => [...rs].sort((a, b) => parseInt(a.workload) - parseInt(b.workload));
const sizes = args.sizes ? args.sizes : args.quick ? [100_000] : [100_000, 1_000_000, 10_000_000];
const pgSizes = args.quick ? [100_000] : [100_000, 1_000_000];
const tmp = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
const started = Date.now();
const m = machine();
const rows: Row[] = [];
const warnings: string[] = [];
/** Wall time of each workload step in this run, seconds (set up, measure, tear down). */
const timings: Record<string, number> = {};
const previous = args.merge
  ? (JSON.parse(readFileSync(join(args.out, 'latest.json'), 'utf8'), infinityIn) as Report)
  : undefined;
const want = (id: string) => !args.only.length || args.only.includes(id);

// --quick (budget ≈ 2 min on 2 cores): 2 repeats (--repeats), 1.5-s load windows, 100k instead of
// 100k/1M/10M, fewer texts, rows and page loads, fewer processes started (see QUICK_NOTE and
// bench/README.md). Full: ≤ 20 min.
const ingest = {
  seconds: args.quick ? 1.5 : 8,
  repeats: args.repeats,
  connections: 50,
  seed: args.seed,
  tmp,
  quick: args.quick,
};
const dash = {
  sizes,
  repeats: Math.min(args.repeats, 3),
  perRepeat: args.quick ? 8 : 20,
  seed: args.seed,
  tmp,
  // --quick: the 100k tier is the web screens' store (generated in DuckDB), not a second one.
  ...(args.quick ? { generatedFrom: 0 } : {}),
};

/** What --quick shrinks, for the table's header (the full run's sizes in brackets). */
const QUICK_NOTE =
  `${args.repeats} repeats (3); ${ingest.seconds}-s load windows (8 s; the closed loop's 2 s), ` +
  `sampled every ${QUICK_SAMPLE_MS} ms (1 s: a load ends at the first whole second after its window ` +
  'or its last request, which also rounds up the SMS runs of the full run); one 1-s warm-up per ' +
  'server, its paths together (one per path); SMS 25 conversations (400), each round after a warm-up round; ' +
  'text 2,000 comments (5,027); CSV import 20,000 customers (1,000,000) and 2,000 responses (20,000), export 2,000/20,000 (1,000,000; 100,000/1,000,000); ' +
  'dashboards at 100k only (100k/1M/10M; PostgreSQL 100k/1M), the SQLite 100k tier read from the web ' +
  'screens’ store generated in DuckDB (full: generated in JavaScript); web screens over 100k (1M); ' +
  'page loads 2 (5) and 1 (3) per repeat, 8 timed queries per repeat (20); closed loop waits 15 s (60 s) for a probe. ' +
  'Fewer processes started: PostgreSQL’s three ingest measurements alternate on one database and ' +
  'two servers (three databases, four servers); the closed loop runs in a workspace of its own on ' +
  'the SMS workload’s server, and ingest’s bare route is the SMS baseline’s; the PostgreSQL ' +
  'servers, the PostgreSQL dashboard’s and the web servers are started again in the processes ' +
  'of earlier servers (modules loaded, app closed), each followed by its own warm-up; the SQLite ' +
  'dashboard reads through the web screens’ 100k server';

const LABEL: Record<string, string> = {
  ingest: '1 ingest',
  sms: '2 SMS webhook',
  'closed-loop': '3 closed loop',
  dashboard: '4 dashboard',
  text: '5 text',
  import: '6 import/export',
  postgres: '7 PostgreSQL',
  web: '8 web',
};

/** Builds the report from the rows so far (and the earlier run's rows with --merge). */
function build(current: Row[], done: boolean): Report {
  const all = [...current];
  const notes = [...warnings];
  for (const r of all)
    for (const f of [r.rapport, r.baseline])
      if (f?.summary.unstable)
        notes.push(
          `${r.workload} / ${r.case}: ${f.label} runs disagree by > 20 % (${f.summary.runs.join(', ')})`,
        );
  // --merge: keep the rows of workloads not run now from the previous latest.json (say so).
  let merged: string | undefined;
  let measuredAt: Record<string, string> | undefined;
  if (previous) {
    const now = new Set(all.map((r) => r.workload));
    all.splice(
      0,
      all.length,
      ...sortRows([...previous.rows.filter((r) => !now.has(r.workload)), ...all]),
    );
    measuredAt = mergedTimes(previous, now, new Date(started).toISOString());
    merged = describeMerge(measuredAt);
    // A warning about a workload measured again now (its rows, or its step failing) is old.
    const again = [...now, ...Object.keys(timings).map((id) => `${id} failed:`)];
    notes.push(...previous.warnings.filter((w) => !again.some((id) => w.startsWith(id))));
  }
  return {
    date: new Date().toISOString(),
    mode: args.quick ? 'quick' : 'full',
    seconds: (Date.now() - started) / 1000,
    machine: { ...m, loadEnd: currentLoad() },
    repeats: args.repeats,
    timings: { ...timings },
    ...(args.quick ? { quick: QUICK_NOTE } : {}),
    rows: all,
    warnings: [...new Set(notes)],
    ...(merged ? { merged, measuredAt } : {}),
    ...(done ? {} : { partial: 'the run was still going when this was written' }),
  };
}

/** Saves what has been measured so far, so a run cut short keeps its figures. */
function save(current: Row[]): void {
  writeReport(args.out, build(current, false));
}

async function step(id: string, fn: () => Promise<Row[]>): Promise<void> {
  if (!want(id)) return;
  const t0 = Date.now();
  try {
    rows.push(...(await fn()));
  } catch (e) {
    const msg = `${id} failed: ${(e as Error).stack ?? String(e)}`;
    log(msg);
    warnings.push(msg.split('\n')[0] as string);
    rows.push(
      pendingRow(LABEL[id] ?? id, 'failed in this run', (e as Error).message.slice(0, 200)),
    );
  }
  timings[id] = Math.round((Date.now() - t0) / 100) / 10;
  log(`${id} done in ${Math.round(timings[id])} s (load average ${currentLoad()})`);
  save(rows);
}

let handed: HandedServer | undefined;
let bare: Child | undefined;
try {
  // --quick: ingest's bare route (started with the SMS ceiling's arguments too) serves the SMS
  // workload's baseline, which stops it.
  await step('ingest', () =>
    ingestWorkload({
      ...ingest,
      ...(args.quick ? { bare: { args: SMS_BARE_ARGS, handOver: (c: Child) => (bare = c) } } : {}),
    }),
  );
  // --quick: the closed loop runs on the SMS workload's server (a workspace of its own), and
  // parks it when done (lib/child.ts).
  await step('sms', () =>
    smsWorkload({
      ...ingest,
      conversations: args.quick ? 25 : 400,
      ...(args.quick ? { handOver: (s: HandedServer) => (handed = s) } : {}),
      ...(bare ? { bare } : {}),
    }),
  );
  await step('closed-loop', async () => {
    const on = handed;
    try {
      return await closedLoopWorkload({
        ...ingest,
        ...(on ? { on } : {}),
        // --quick: 2 s, not 1.5, so that each repeat still posts four or so detractors.
        seconds: args.quick ? 2 : ingest.seconds,
        waitSeconds: args.quick ? 15 : 60,
      });
    } finally {
      handed = undefined;
      await on?.done();
    }
  });
  await step('text', () =>
    textWorkload({ dataDir: args.dataDir, repeats: args.repeats, quick: args.quick }),
  );
  await step('import', () =>
    importWorkload({
      rows: args.quick ? 20_000 : 1_000_000,
      responses: args.quick ? 2_000 : 20_000,
      repeats: Math.min(args.repeats, 2),
      tmp,
      seed: args.seed,
    }),
  );
  await step('postgres', () => postgresWorkload({ ...ingest, dash: { ...dash, sizes: pgSizes } }));
  const web = { repeats: args.repeats, loads: args.quick ? 2 : 5, seed: args.seed, tmp };
  const screens = {
    // 1M responses (--quick: 100k) against the same screens over 10k.
    size: args.quick ? 100_000 : 1_000_000,
    baseSize: 10_000,
    // Every response, answer and interaction row too (5.3M rows at 1M: minutes to write).
    allRows: args.screensAllRows,
    repeats: args.repeats,
    loads: args.quick ? 1 : 3,
    seed: args.seed,
    tmp,
  };
  await step('web', async () =>
    args.quick
      ? webTogether({ ...web, quick: true }, { ...screens, quick: true })
      : [...(await webWorkload(web)), ...(await webScreensWorkload(screens))],
  );
  // Last: the 10M tier is the longest part of a full run.
  await step('dashboard', () =>
    dashboardWorkload(dash, (sizeRows) => save([...rows, ...sizeRows])),
  );
} finally {
  await handed?.done();
  await bare?.stop();
  await stopStoreServers();
  await stopParked();
  await closeShared();
  rmSync(tmp, { recursive: true, force: true });
}

const report = build(rows, true);
writeReport(args.out, report);
process.stdout.write(markdown(report));
process.exit(0);
