/**
 * Workload 1: durable ingest of a response with a comment over HTTP at 50 connections, against
 * a bare Fastify route answering the same JSON (the HTTP ceiling) and a raw better-sqlite3
 * insert loop (the storage ceiling). Rapport answers 201 only after COMMIT (synchronous=FULL).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoreTarget } from '@rapport/store';
import { comment } from '../datasets/comments.ts';
import { drainRate } from './ingest-drain.ts';
import { migratedFile, rawInsertLoop } from './ingest-raw.ts';
import { parkServer, startChild, type Child } from '../lib/child.ts';
import { load, QUICK_SAMPLE_MS, type LoadResult } from '../lib/load.ts';
import { log } from '../lib/log.ts';
import type { Row } from '../lib/result.ts';
import { rng } from '../lib/rng.ts';
import { summarize } from '../lib/stats.ts';
import { api, bootstrapKey, populate, type BenchWorkspace } from '../lib/workspace.ts';

export interface IngestOptions {
  seconds: number;
  repeats: number;
  connections: number;
  seed: number;
  tmp: string;
  /**
   * --quick: server processes handed on and reused (see run.ts and lib/child.ts), one warm-up
   * second per server rather than per path, and loads sampled every QUICK_SAMPLE_MS (lib/load.ts).
   */
  quick?: boolean;
}

export function responseBody(ws: BenchWorkspace, seed: number): () => string {
  const r = rng(seed);
  return () =>
    JSON.stringify({
      surveyId: ws.surveyId,
      channel: r.pick(['web', 'email', 'sms', 'chat'] as const),
      interactionId: r.pick(ws.interactionIds),
      answers: [
        { questionId: 'csat', value: r.int(1, 5) },
        { questionId: 'ces', value: r.int(1, 7) },
        { questionId: 'expectations', value: r.pick(['failed', 'met', 'exceeded'] as const) },
        { questionId: 'comment', value: comment(r) },
      ],
    });
}

export async function measureLoad(
  url: string,
  headers: Record<string, string>,
  body: () => string,
  o: IngestOptions,
): Promise<LoadResult[]> {
  await load({ url, connections: o.connections, seconds: 1, headers, body }); // warm-up
  const runs: LoadResult[] = [];
  for (let i = 0; i < o.repeats; i++) {
    const res = await load({ url, connections: o.connections, seconds: o.seconds, headers, body });
    if (res.errors || res.non2xx)
      log(`  ${res.errors} errors, ${res.non2xx} non-2xx of ${res.total} requests`);
    runs.push(res);
  }
  return runs;
}

export const fig = (label: string, runs: LoadResult[]) => {
  const p50 = summarize(runs.map((r) => r.p50)).median;
  const p99 = summarize(runs.map((r) => r.p99));
  return {
    label,
    unit: 'req/s',
    summary: summarize(runs.map((r) => Math.round(r.rps))),
    detail: `p50 ${p50} ms, p99 ${p99.median} ms (${p99.min}–${p99.max})`,
    p99: p99.median,
  };
};

/** Starts Rapport on the target, populates a workspace, returns the server and its workspace. */
export async function startRapport(
  target: StoreTarget,
  dbArg: string,
  seed: number,
  extra: string[] = [],
  /** --quick: a reusable process, parked when done for a later workload (lib/child.ts). */
  reusable = false,
): Promise<{ server: Child; ws: BenchWorkspace }> {
  const key = await bootstrapKey(target);
  const server = await startChild(
    'rapport.ts',
    ['--db', dbArg, ...extra],
    [],
    60_000,
    reusable ? { reusable } : {},
  );
  const ws = await populate(server.url, key, seed);
  return { server, ws };
}

export async function ingestRapport(
  target: StoreTarget,
  dbArg: string,
  o: IngestOptions,
): Promise<{ runs: LoadResult[]; sample: unknown }> {
  const { server, ws } = await startRapport(target, dbArg, o.seed);
  try {
    const body = responseBody(ws, o.seed);
    const sample = await api<unknown>(
      server.url,
      ws.apiKey,
      'POST',
      '/api/v1/responses',
      JSON.parse(body()),
    );
    const runs = await measureLoad(
      `${server.url}/api/v1/responses`,
      { authorization: `Bearer ${ws.apiKey}` },
      body,
      o,
    );
    return { runs, sample };
  } finally {
    await server.stop();
  }
}

const DUMMY: BenchWorkspace = {
  workspaceId: 'ws',
  apiKey: 'k',
  surveyId: 'srv',
  interactionIds: ['int_1'],
  customerIds: [],
};

export async function ingestWorkload(
  o: IngestOptions & {
    /**
     * --quick: the bare route's process starts with these arguments too (the SMS workload's)
     * and is handed over when done here, instead of stopped.
     */
    bare?: { args: string[]; handOver: (bare: Child) => void };
  },
): Promise<Row[]> {
  const path = join(o.tmp, 'ingest.db');
  log(
    `ingest: Rapport on SQLite and a bare Fastify route, alternating, ${o.connections} connections, ${o.repeats}×${o.seconds}s`,
  );
  // Both servers stay up; each repeat loads one then the other, so the shared machine's
  // load drifts over both alike. Both start together (the bare route reads Rapport's reply, written
  // below, on its first request: the warm-up's).
  const replyFile = join(o.tmp, 'reply.json');
  const asyncReplyFile = join(o.tmp, 'reply-async.json');
  const bareStarting = startChild('bare-fastify.ts', [
    '--reply',
    replyFile,
    '--async-reply',
    asyncReplyFile,
    ...(o.bare?.args ?? []),
  ]);
  bareStarting.catch(() => undefined);
  // The raw loops' migrated file is made while the servers start, and copied for each loop.
  const rawFrom = migratedFile(join(o.tmp, 'raw-migrated.db'));
  rawFrom.catch(() => undefined);
  const { server, ws } = await startRapport(
    { dialect: 'sqlite', path },
    path,
    o.seed,
    [],
    o.quick === true,
  ).catch(async (e: unknown) => {
    await (await bareStarting.catch(() => undefined))?.stop();
    throw e;
  });
  let bare: Child | undefined;
  const rapportRuns: LoadResult[] = [];
  const bareRuns: LoadResult[] = [];
  const asyncRuns: LoadResult[] = [];
  const bareAsyncRuns: LoadResult[] = [];
  try {
    bare = await bareStarting;
    await rawFrom;
    const body = responseBody(ws, o.seed);
    const sample = await api<unknown>(
      server.url,
      ws.apiKey,
      'POST',
      '/api/v1/responses',
      JSON.parse(body()),
    );
    writeFileSync(replyFile, JSON.stringify(sample));
    const auth = { authorization: `Bearer ${ws.apiKey}` };
    const later = { ...auth, prefer: 'respond-async' };
    const accepted = await fetch(`${server.url}/api/v1/responses`, {
      method: 'POST',
      headers: { ...later, 'content-type': 'application/json' },
      body: body(),
    });
    if (accepted.status !== 202) throw new Error(`respond-async answered ${accepted.status}`);
    writeFileSync(asyncReplyFile, await accepted.text());
    const bareBody = responseBody(DUMMY, o.seed);
    // Each repeat: Rapport recording before the ack, Rapport accepting for later, then the bare
    // route answering each one's JSON.
    const plan = [
      { url: `${server.url}/api/v1/responses`, headers: auth, body, runs: rapportRuns },
      { url: `${server.url}/api/v1/responses`, headers: later, body, runs: asyncRuns },
      { url: `${bare.url}/api/v1/responses`, headers: {}, body: bareBody, runs: bareRuns },
      {
        url: `${bare.url}/api/v1/responses-async`,
        headers: {},
        body: bareBody,
        runs: bareAsyncRuns,
      },
    ];
    const loadStep = (step: (typeof plan)[number], seconds: number) =>
      load({
        url: step.url,
        connections: o.connections,
        seconds,
        headers: step.headers,
        body: step.body,
        ...(o.quick ? { sampleMs: QUICK_SAMPLE_MS } : {}),
      });
    // Warm-up: each path for a second; --quick: a server's two paths in the same second.
    if (o.quick)
      for (const pair of [plan.slice(0, 2), plan.slice(2)])
        await Promise.all(pair.map((step) => loadStep(step, 1)));
    else for (const step of plan) await loadStep(step, 1);
    for (let i = 0; i < o.repeats; i++)
      for (const step of plan) step.runs.push(await loadStep(step, o.seconds));
    for (const r of [...rapportRuns, ...asyncRuns])
      if (r.errors || r.non2xx)
        log(`  Rapport: ${r.errors} errors, ${r.non2xx} non-2xx of ${r.total}`);
  } finally {
    if (bare && o.bare) o.bare.handOver(bare);
    else await bare?.stop();
    // --quick: parked, its modules loaded, for the PostgreSQL workload's servers.
    if (o.quick) await parkServer(server);
    else await server.stop();
  }
  const rap = fig('Rapport POST /api/v1/responses (SQLite, FULL, group commit)', rapportRuns);
  const bareFig = fig('bare Fastify route, same JSON, no storage', bareRuns);
  const later = fig(
    'Rapport POST /api/v1/responses, Prefer: respond-async: 202 after the COMMIT of the request (SQLite, FULL, group commit)',
    asyncRuns,
  );
  const bareLater = fig('bare Fastify route, the same 202 JSON, no storage', bareAsyncRuns);
  log('ingest: the worker records the accepted responses');
  const drained = await drainRate(path, Math.min(o.seconds, 5), o.repeats, o.quick === true);
  log('ingest: raw better-sqlite3 insert loop');
  const from = await rawFrom;
  const rawBatched: number[] = [];
  const rawSingle: number[] = [];
  for (let i = 0; i < o.repeats; i++) {
    rawBatched.push(
      Math.round(
        await rawInsertLoop(
          join(o.tmp, `raw-b${i}.db`),
          Math.max(1, Math.min(o.seconds - 1, 5)),
          50,
          o.seed,
          from,
        ),
      ),
    );
    rawSingle.push(
      Math.round(
        await rawInsertLoop(
          join(o.tmp, `raw-s${i}.db`),
          Math.max(1, Math.min(o.seconds - 1, 3)),
          1,
          o.seed,
          from,
        ),
      ),
    );
  }
  const share = later.summary.median / bareLater.summary.median;
  return [
    {
      workload: '1 ingest',
      case: 'response + comment, 50 conn., accepted for later (durable, 202), vs HTTP ceiling',
      rapport: later,
      baseline: bareLater,
      higherIsBetter: true,
      goal: '≥ 50 % of bare Fastify at p99 ≤ 50 ms',
      met: share >= 0.5 && later.p99 <= 50,
    },
    {
      workload: '1 ingest',
      case: 'response + comment, 50 conn., recorded before the ack (201), vs HTTP ceiling',
      rapport: rap,
      baseline: bareFig,
      higherIsBetter: true,
    },
    {
      workload: '1 ingest',
      case: 'accepted responses recorded by the worker, vs recorded before the ack',
      rapport: drained,
      baseline: rap,
      higherIsBetter: true,
    },
    {
      workload: '1 ingest',
      case: 'vs storage ceiling, 50 per commit',
      rapport: rap,
      baseline: {
        label: 'raw better-sqlite3 loop, the same rows, 50 responses per commit, FULL',
        unit: 'responses/s',
        summary: summarize(rawBatched),
      },
      higherIsBetter: true,
    },
    {
      workload: '1 ingest',
      case: 'vs one commit per response',
      rapport: rap,
      baseline: {
        label: 'raw better-sqlite3 loop, the same rows, one commit per response, FULL',
        unit: 'responses/s',
        summary: summarize(rawSingle),
      },
      higherIsBetter: true,
    },
  ];
}
