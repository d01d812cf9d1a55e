/**
 * The worker: claims due jobs in batches, runs up to `concurrency` at once, keeps their
 * leases alive, and tops up recurring jobs. When idle it polls every `pollMs`; after a full
 * batch it claims again at once. `stop()` stops claiming, gives claimed-but-unstarted jobs
 * back, and waits (up to a timeout) for the running ones. Tests skip the loop and call
 * `runDue()` / `drain()` with a fake clock: jobs run synchronously, nothing sleeps.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { loadSettings, type Settings } from '@rapport/config';
import { systemClock, systemIds, type Clock, type Ids, type Job } from '@rapport/core';
import { queueRepository, type Store } from '@rapport/store';
import { silentLogger, type WorkerLogger } from './logger.ts';
import type { JobRegistry } from './registry.ts';
import { describeError, runJob, type Outcome, type RunEnv } from './runner.ts';
import { ensureScheduled } from './scheduler.ts';

export interface WorkerOptions {
  store: Store;
  registry: JobRegistry;
  clock?: Clock | undefined;
  ids?: Ids | undefined;
  logger?: WorkerLogger | undefined;
  /** Handed to handlers; also the source of concurrency and pollMs defaults. */
  settings?: Settings | undefined;
  workerId?: string | undefined;
  /** Jobs run at once (default settings.workerConcurrency). */
  concurrency?: number | undefined;
  /** Idle polling period (default settings.workerPollMs). */
  pollMs?: number | undefined;
  /** Jobs claimed at a time (default: concurrency). */
  batchSize?: number | undefined;
  /** How long a claim holds a job before another worker may take it (default 60 s). */
  leaseMs?: number | undefined;
  /** How often the loop tops up recurring jobs (default 5 s). */
  scheduleEveryMs?: number | undefined;
  /** How long stop() waits for running jobs (default 30 s). */
  shutdownTimeoutMs?: number | undefined;
}

export interface RunReport {
  claimed: number;
  done: number;
  retried: number;
  dead: number;
  lost: number;
}

export interface Worker {
  readonly id: string;
  /** Totals since creation, and how many claim queries ran. */
  readonly stats: Readonly<RunReport & { claims: number }>;
  /** Starts the polling loop. */
  start(): void;
  stop(timeoutMs?: number): Promise<void>;
  /** One pass: top up recurring jobs, claim one batch of due jobs, run it to the end. */
  runDue(): Promise<RunReport>;
  /** Passes until nothing is due (jobs enqueued by jobs included). */
  drain(opts?: { maxRounds?: number }): Promise<RunReport>;
}

const emptyReport = (): RunReport => ({ claimed: 0, done: 0, retried: 0, dead: 0, lost: 0 });
const TALLY: Record<Outcome, keyof RunReport> = {
  done: 'done',
  retry: 'retried',
  dead: 'dead',
  lost: 'lost',
};

export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

export function createWorker(opts: WorkerOptions): Worker {
  const settings = opts.settings ?? loadSettings({});
  const { store, registry } = opts;
  const clock = opts.clock ?? systemClock;
  const ids = opts.ids ?? systemIds();
  const logger = opts.logger ?? silentLogger;
  const id = opts.workerId ?? newWorkerId();
  const concurrency = Math.max(1, opts.concurrency ?? settings.workerConcurrency);
  const pollMs = opts.pollMs ?? settings.workerPollMs;
  const batchSize = Math.max(1, opts.batchSize ?? concurrency);
  const leaseMs = opts.leaseMs ?? 60_000;
  const scheduleEveryMs = opts.scheduleEveryMs ?? 5_000;
  const shutdownTimeoutMs = opts.shutdownTimeoutMs ?? 30_000;
  const env: RunEnv = { store, registry, clock, ids, logger, settings, workerId: id };
  const stats = { ...emptyReport(), claims: 0 };
  const names = registry.names();

  const queue = <T>(fn: (q: ReturnType<typeof queueRepository>) => Promise<T>) =>
    store.transact((tx) => fn(queueRepository({ db: tx, dialect: store.dialect })));

  async function claim(limit: number): Promise<Job[]> {
    const now = clock.now();
    stats.claims++;
    const jobs = await queue((q) =>
      q.claim({
        workerId: id,
        now: now.toISOString(),
        leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
        limit,
        names,
      }),
    );
    stats.claimed += jobs.length;
    return jobs;
  }

  async function runOne(job: Job, report: RunReport): Promise<void> {
    let outcome: Outcome;
    try {
      outcome = await runJob(env, job);
    } catch (e) {
      logger.error({ job: job.id, error: describeError(e) }, 'job runner failed');
      outcome = 'lost';
    }
    report[TALLY[outcome]]++;
    stats[TALLY[outcome]]++;
  }

  async function runAll(jobs: Job[], report: RunReport): Promise<void> {
    let next = 0;
    const lanes = Array.from({ length: Math.min(concurrency, jobs.length) }, async () => {
      for (let job = jobs[next++]; job; job = jobs[next++]) await runOne(job, report);
    });
    await Promise.all(lanes);
  }

  async function schedule(): Promise<void> {
    try {
      await ensureScheduled(store, registry.schedules(), clock.now(), ids);
    } catch (e) {
      logger.error({ error: describeError(e) }, 'could not enqueue recurring jobs');
    }
  }

  // The loop's state.
  let stopping = false;
  let loopDone: Promise<void> | undefined;
  let wake: () => void = () => undefined;
  const buffer: Job[] = [];
  const running = new Set<Promise<void>>();
  let heartbeat: ReturnType<typeof setInterval> | undefined;

  /** Waits ms, or less when a job finishes (`also`) or stop() wakes the loop. */
  async function nap(ms: number, also: Array<Promise<void>> = []): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slept = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
      wake = resolve;
    });
    await Promise.race([slept, ...also]);
    clearTimeout(timer);
    wake = () => undefined;
  }

  function launch(job: Job): void {
    const p: Promise<void> = runOne(job, emptyReport()).finally(() => running.delete(p));
    running.add(p);
  }

  async function loop(): Promise<void> {
    let lastFull = false;
    let failing = false;
    let nextSchedule = 0;
    while (!stopping) {
      if (Date.now() >= nextSchedule) {
        await schedule();
        nextSchedule = Date.now() + scheduleEveryMs;
      }
      if (!buffer.length) {
        try {
          const jobs = await claim(batchSize);
          buffer.push(...jobs);
          lastFull = jobs.length === batchSize;
          failing = false;
        } catch (e) {
          // The database is away: say so once a second at most, and keep trying.
          logger.error({ error: describeError(e) }, 'could not claim jobs');
          lastFull = false;
          failing = true;
        }
      }
      while (buffer.length && running.size < concurrency && !stopping) launch(buffer.shift()!);
      if (stopping) break;
      if (running.size >= concurrency) {
        await nap(60_000, [...running]);
      } else if (!buffer.length && !lastFull) {
        await nap(failing ? Math.max(pollMs, 1_000) : pollMs);
      }
    }
  }

  async function runDue(): Promise<RunReport> {
    const report = emptyReport();
    await schedule();
    const jobs = await claim(batchSize);
    report.claimed = jobs.length;
    await runAll(jobs, report);
    return report;
  }

  async function renewLeases(): Promise<void> {
    if (!buffer.length && !running.size) return;
    const until = new Date(clock.now().getTime() + leaseMs).toISOString();
    try {
      await queue((q) => q.extendLeases(id, until));
    } catch (e) {
      logger.warn({ error: describeError(e) }, 'could not renew job leases');
    }
  }

  return {
    id,
    stats,
    start() {
      if (loopDone) return;
      stopping = false;
      heartbeat = setInterval(() => void renewLeases(), Math.max(10, Math.floor(leaseMs / 3)));
      heartbeat.unref();
      loopDone = loop().catch((e: unknown) => {
        logger.error({ error: describeError(e) }, 'worker loop stopped');
      });
      logger.info({ worker: id, concurrency, pollMs }, 'worker started');
    },
    async stop(timeoutMs = shutdownTimeoutMs) {
      if (!loopDone) return;
      stopping = true;
      wake();
      await loopDone;
      const unstarted = buffer.splice(0);
      if (unstarted.length) {
        const keys = unstarted.map((j) => ({ workspaceId: j.workspaceId, id: j.id }));
        try {
          await queue((q) => q.release(keys, id, clock.now().toISOString()));
        } catch (e) {
          logger.warn({ error: describeError(e) }, 'could not give back unstarted jobs');
        }
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
      await Promise.race([Promise.all(running), timeout]);
      clearTimeout(timer);
      clearInterval(heartbeat);
      if (running.size)
        logger.warn(
          { worker: id, running: running.size },
          'stopped with jobs still running; their leases will run out and another worker will take them',
        );
      loopDone = undefined;
      logger.info({ worker: id, released: unstarted.length }, 'worker stopped');
    },
    runDue,
    async drain({ maxRounds = 10_000 } = {}) {
      const total = emptyReport();
      for (let round = 0; round < maxRounds; round++) {
        const r = await runDue();
        for (const k of Object.keys(total) as Array<keyof RunReport>) total[k] += r[k];
        if (!r.claimed) return total;
      }
      throw new Error(
        `The queue was still busy after ${maxRounds} rounds: does a job enqueue itself?`,
      );
    },
  };
}
