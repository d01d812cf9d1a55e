/**
 * Workload 3: closed-loop latency under the ingest load of workload 1. A rule (trigger
 * `response`, CSAT ≤ 1 → open a case and notify ops by e-mail) runs at ingest, in the
 * response's transaction, while 50 connections post ordinary responses and the server's
 * in-process worker works through their jobs; every few hundred milliseconds a probe
 * posts a detractor (CSAT 1) and notes when it was acknowledged. Read from the database (a
 * read-only connection): when the case holding that response was stored, and when its
 * `notify.email` job was done (no SMTP server is set, so the worker logs the e-mail).
 */
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { comment } from '../datasets/comments.ts';
import { load } from '../lib/load.ts';
import { log } from '../lib/log.ts';
import { pendingRow, type Row } from '../lib/result.ts';
import { rng } from '../lib/rng.ts';
import { percentile, summarize } from '../lib/stats.ts';
import type { Child, HandedServer } from '../lib/child.ts';
import { api, bootstrapKey, populate, type BenchWorkspace } from '../lib/workspace.ts';
import { startRapport, type IngestOptions } from './ingest.ts';

const RULE = {
  name: 'Bench: very dissatisfied',
  trigger: 'response',
  enabled: true,
  condition: { score: { metric: 'csat', op: '<=', value: 1 } },
  actions: [
    { type: 'open_case', reason: 'dissatisfied', priority: 'high' },
    { type: 'notify', to: ['ops@example.com'] },
  ],
};

function body(ws: BenchWorkspace, r: ReturnType<typeof rng>, csat: number): string {
  return JSON.stringify({
    surveyId: ws.surveyId,
    channel: 'web',
    interactionId: r.pick(ws.interactionIds),
    answers: [
      { questionId: 'csat', value: csat },
      { questionId: 'ces', value: r.int(1, 7) },
      { questionId: 'comment', value: comment(r) },
    ],
  });
}

export async function closedLoopWorkload(
  o: IngestOptions & {
    /** How long a repeat waits for its probes' cases and notifications (default 60 s). */
    waitSeconds?: number;
    /**
     * --quick: a Rapport server with its worker already up on a SQLite store (the SMS
     * workload's, its turns measured and done): the workload adds its own workspace there
     * instead of starting a server, and leaves it running.
     */
    on?: HandedServer;
  },
): Promise<Row[]> {
  const wait = o.waitSeconds ?? 60;
  const path = o.on?.path ?? join(o.tmp, 'closed-loop.db');
  const started = o.on
    ? undefined
    : await startRapport({ dialect: 'sqlite', path }, path, o.seed, ['--worker']);
  const server = { url: o.on?.url ?? (started as { server: Child }).server.url };
  const ws =
    started?.ws ??
    (await populate(server.url, await bootstrapKey({ dialect: 'sqlite', path }), o.seed));
  const what = 'detractor acknowledged → case stored / notification done, under ingest load';
  try {
    const probe = await fetch(`${server.url}/api/v1/rules`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ws.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(RULE),
    });
    if (probe.status === 404)
      return [
        pendingRow(
          '3 closed loop',
          what,
          'the closed loop (issue 5) is not in the server yet: POST /api/v1/rules → 404',
        ),
      ];
    if (probe.status >= 300)
      throw new Error(`POST /api/v1/rules → ${probe.status}: ${await probe.text()}`);
    const db = new SqliteDatabase(path, { readonly: true });
    // Each probe is a customer of its own (created before its timed POST), so its case is one
    // it opens, never one it joins; the rule's notification links to that case.
    const caseOf = db.prepare(
      "select id, created_at from cases where response_id = ? and reason = 'dissatisfied'",
    );
    const noteOf = db.prepare(
      "select status, updated_at from jobs where name = 'notify.email' and payload like ?",
    );
    const r = rng(o.seed);
    const background = rng(o.seed + 1);
    const caseMs: number[][] = [];
    const noteMs: number[][] = [];
    for (let rep = 0; rep < o.repeats; rep++) {
      const probes: Array<{ id: string; ack: number }> = [];
      const end = Date.now() + o.seconds * 1000;
      const loading = load({
        url: `${server.url}/api/v1/responses`,
        connections: o.connections,
        seconds: o.seconds,
        headers: { authorization: `Bearer ${ws.apiKey}` },
        body: () => body(ws, background, background.int(3, 5)),
      });
      while (Date.now() < end - 500) {
        const call = <T>(url: string, json: unknown) =>
          api<T>(server.url, ws.apiKey, 'POST', url, json);
        const customer = await call<{ id: string }>('/api/v1/customers', {
          name: `Probe ${rep}.${probes.length}`,
        });
        const visit = await call<{ id: string }>('/api/v1/interactions', {
          customerId: customer.id,
          channel: 'phone',
          stage: 'support',
          occurredAt: new Date().toISOString(),
        });
        const res = await call<{ id: string }>('/api/v1/responses', {
          ...(JSON.parse(body(ws, r, 1)) as Record<string, unknown>),
          interactionId: visit.id,
        });
        probes.push({ id: res.id, ack: Date.now() });
        await new Promise((done) => setTimeout(done, 250));
      }
      await loading;
      // Wait (bounded) for every probe's case and notification; one not done in `wait` s counts as
      // "more than `wait` s" (Infinity), so a backlog shows in the percentiles instead of failing.
      const cases: number[] = [];
      const noteTimes: number[] = [];
      const deadline = Date.now() + wait * 1000;
      for (const p of probes) {
        let c: { id: string; created_at: string } | undefined;
        let n: { status: string; updated_at: string } | undefined;
        // Looked at least once, also after the deadline: a late probe's case may be stored.
        do {
          c = caseOf.get(p.id) as typeof c;
          n = c ? (noteOf.get(`%/cases/${c.id}%`) as typeof n) : undefined;
          if (c && n?.status === 'done') break;
          await new Promise((done) => setTimeout(done, 20));
        } while (Date.now() < deadline);
        // The rule runs in the response's own transaction, so the case row is usually older
        // than the acknowledgement: that counts as 0 ms.
        cases.push(c ? Math.max(0, Date.parse(c.created_at) - p.ack) : Number.POSITIVE_INFINITY);
        noteTimes.push(
          n?.status === 'done'
            ? Math.max(0, Date.parse(n.updated_at) - p.ack)
            : Number.POSITIVE_INFINITY,
        );
      }
      caseMs.push(cases);
      noteMs.push(noteTimes);
      log(
        `closed-loop: ${probes.length} detractors, case p50 ${percentile(cases, 50)} ms, notification p50 ${percentile(noteTimes, 50)} ms`,
      );
      // A backlog shows in one repeat; the next would only wait out the same bound again.
      if ([...cases, ...noteTimes].some((x) => !Number.isFinite(x))) break;
    }
    db.close();
    const fig = (label: string, runs: number[][]) => {
      const all = runs.flat();
      const late = all.filter((x) => !Number.isFinite(x)).length;
      const p50 = summarize(runs.map((x) => percentile(x, 50))).median;
      return {
        label,
        unit: 'ms p99',
        summary: summarize(runs.map((x) => percentile(x, 99))),
        detail: `p50 ${Number.isFinite(p50) ? `${p50} ms` : `> ${wait} s`} over ${all.length} detractors; ${late} not done within ${wait} s (∞)${runs.length < o.repeats ? `; ${runs.length} of ${o.repeats} repeats: a repeat that left probes waiting ends the workload (the next would wait as long)` : ''}`,
      };
    };
    return [
      {
        workload: '3 closed loop',
        case: 'detractor → case stored, under 50-conn. ingest',
        rapport: fig(
          'ack of POST /api/v1/responses → case row (rule decided in the response transaction)',
          caseMs,
        ),
        baseline: null,
        higherIsBetter: false,
        note: 'no baseline: the case is stored with the response, before the ack (0 ms); the notification is an urgent job, claimed ahead of the ingest fan-out backlog',
      },
      {
        workload: '3 closed loop',
        case: 'detractor → notification job done',
        rapport: fig('ack → notify.email job done (SMTP unset: logged)', noteMs),
        baseline: null,
        higherIsBetter: false,
      },
    ];
  } finally {
    await started?.server.stop();
  }
}
