/**
 * Runs the demo's jobs the way `rapport serve` would — the registry's every job: signals read
 * from each text, engagement, rules, cases, praise, survey triggers — so what the worker makes
 * exists when the server starts. `storyWorker` runs them at a moment of the stories' timeline;
 * `runDemoJobs` lives the rest of the history in order, with progress.
 */
import { loadSettings } from '@rapport/config';
import { JOB_PRIORITY, type Clock, type Ids } from '@rapport/core';
import type { Store } from '@rapport/store';
import { createRapportRegistry, createWorker, type Worker } from '@rapport/worker';
import { caseCloser } from './case-closures.ts';
import { earliest } from './planned-work.ts';
import { thankYouPlanner } from './thank-yous.ts';

const SETTINGS = loadSettings({ LOG_LEVEL: 'silent' });

function demoWorker(store: Store, clock: Clock, ids: Ids, concurrency: number): Worker {
  return createWorker({
    store,
    registry: createRapportRegistry(),
    clock,
    ids,
    settings: SETTINGS,
    concurrency,
    batchSize: concurrency * 8,
  });
}

/** Runs the jobs due at a moment `t` of the stories, with the worker's clock at `t`. */
export function storyWorker(store: Store, ids: Ids): (t: number) => Promise<void> {
  let now = 0;
  const worker = demoWorker(store, { now: () => new Date(now) }, ids, 4);
  return async (t) => {
    now = t;
    await worker.drain({ maxRounds: 1_000 });
  };
}

/** A job falling due is run within this window (jobs close in time run together). */
const WINDOW_MS = 30 * 60_000;

/**
 * When the earliest queued job falls due, if one does by `end`. Asked per priority, so that each
 * question reads the head of the claim index (status, priority, run_at) instead of every job.
 */
async function earliestDue(store: Store, end: number): Promise<number | undefined> {
  const heads = await Promise.all(
    Object.values(JOB_PRIORITY).map((priority) =>
      store.db
        .selectFrom('jobs')
        .select('run_at')
        .where('status', '=', 'queued')
        .where('priority', '=', priority)
        .where('run_at', '<=', new Date(end).toISOString())
        .orderBy('run_at')
        .limit(1)
        .executeTakeFirst(),
    ),
  );
  const times = heads.flatMap((h) => (h ? [Date.parse(h.run_at)] : []));
  return times.length ? Math.min(...times) : undefined;
}

/**
 * Lives the demo's history in order: every job the data enqueued runs at the time it fell due
 * (within WINDOW_MS), with the worker's clock there, not at the moment `rapport demo` runs. So a
 * case opens when its customer spoke, its SLA is checked when due, its owner closes it hours or
 * days later (case-closures.ts) and praise is followed by its thank-you (thank-yous.ts), up to
 * now. Returns how many jobs ran.
 */
export async function runDemoJobs(
  store: Store,
  deps: { clock: Clock; ids: Ids },
  opts: {
    workspaceId: string;
    seed: number;
    /** Customers whose cases the stories play out: left as the stories leave them. */
    storyCustomers: ReadonlySet<string>;
    onProgress?: ((done: number) => void) | undefined;
  },
): Promise<number> {
  const end = deps.clock.now().getTime();
  let t = end;
  const now = () => new Date(t);
  const worker = demoWorker(store, { now }, deps.ids, 16);
  const people = [
    await caseCloser(store, { ids: deps.ids, now }, opts),
    await thankYouPlanner(store, { ids: deps.ids, now }, opts),
  ];
  const plan = async () => {
    for (const p of people) await p.plan();
  };
  await plan();
  const nextPlanned = () => earliest(people)?.next();
  t = Math.min(end, (await earliestDue(store, end)) ?? end, nextPlanned() ?? end);
  let done = 0;
  for (let round = 0; round < 1_000_000; round++) {
    const due = await earliestDue(store, end);
    const doAt = nextPlanned();
    if (due === undefined && (doAt === undefined || doAt > end)) return done;
    const at = due === undefined ? end : due <= t ? t : Math.min(end, due + WINDOW_MS);
    if (doAt !== undefined && doAt <= at) {
      // What a person does may enqueue jobs (a thank-you is an interaction): they run in turn.
      await earliest(people)?.runNext((c) => (t = Math.max(t, c)));
      continue;
    }
    t = Math.max(t, at);
    const r = await worker.runDue();
    if (!r.claimed) {
      // Due but not claimable (waiting behind another job of its ordering key): nothing runs
      // before the next planned piece of work, or what is left cannot run now.
      if (t >= end) return done;
      t = Math.max(t, Math.min(end, nextPlanned() ?? end));
      continue;
    }
    done += r.done + r.dead;
    opts.onProgress?.(done);
    await plan();
  }
  throw new Error('The demo’s jobs did not settle.');
}
