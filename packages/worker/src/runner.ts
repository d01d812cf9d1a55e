/**
 * Runs one claimed job: checks its payload against the schema (a bad one is dead at once),
 * runs its external effect, then — in one transaction — marks it done if this worker still
 * holds it and runs its handler. A failure rolls that transaction back and, in another,
 * schedules the next attempt after a backoff or marks the job dead.
 */
import type { Settings } from '@rapport/config';
import {
  isDomainError,
  type Clock,
  type ErrorCode,
  type Ids,
  type Job,
  type JobRequest,
} from '@rapport/core';
import { queueRepository, type JobFailure, type Store } from '@rapport/store';
import { backoffDelay } from './backoff.ts';
import { jobRequest, type EffectContext, type JobContext } from './definition.ts';
import { jobLogger, type WorkerLogger } from './logger.ts';
import type { JobRegistry, RegisteredJob } from './registry.ts';

export interface RunEnv {
  store: Store;
  registry: JobRegistry;
  clock: Clock;
  ids: Ids;
  logger: WorkerLogger;
  settings: Settings;
  workerId: string;
}

/** done; retry (failed, will run again); dead; lost (another worker took it over). */
export type Outcome = 'done' | 'retry' | 'dead' | 'lost';

/** A DomainError with one of these codes will fail the same way again: no retry. */
const PERMANENT = new Set<ErrorCode>([
  'validation',
  'not_found',
  'forbidden',
  'unauthenticated',
  'gone',
  'payload_too_large',
  'idempotency_mismatch',
]);

const MAX_ERROR = 2000;

export function describeError(e: unknown): string {
  let text: string;
  if (isDomainError(e)) text = `${e.code}: ${e.message}`;
  else if (e instanceof Error)
    text = (e.stack ?? `${e.name}: ${e.message}`).split('\n').slice(0, 8).join('\n');
  else text = String(e);
  return text.length > MAX_ERROR ? `${text.slice(0, MAX_ERROR)}…` : text;
}

export async function runJob(outer: RunEnv, job: Job): Promise<Outcome> {
  // Every line about this job, the handler's own included, names it.
  const env: RunEnv = { ...outer, logger: jobLogger(outer.logger, job) };
  const def = env.registry.get(job.name);
  const maxAttempts = def?.maxAttempts ?? job.maxAttempts;
  if (!def) return fail(env, job, maxAttempts, undefined, `no job named ${job.name} is defined`);
  if (job.attempts > maxAttempts) {
    const last = job.lastError ? `; the last error was: ${job.lastError}` : '';
    return settle(env, job, 'dead', `its lease ran out during its last attempt${last}`);
  }
  const parsed = def.schema.safeParse(job.payload);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (i) => `${i.path.join('.') || '(payload)'}: ${i.message}`,
    );
    return settle(env, job, 'dead', `invalid payload: ${issues.join('; ')}`);
  }
  const base: EffectContext<unknown> = {
    job,
    payload: parsed.data,
    workspaceId: job.workspaceId,
    store: env.store,
    clock: env.clock,
    ids: env.ids,
    logger: env.logger,
    settings: env.settings,
  };
  try {
    const effect = def.effect ? await def.effect(base) : undefined;
    const held = await env.store.transact(async (tx) => {
      const now = env.clock.now().toISOString();
      const queue = queueRepository({ db: tx, dialect: env.store.dialect });
      const key = { workspaceId: job.workspaceId, id: job.id };
      // Completion first: on PostgreSQL this also locks the row for the transaction.
      if (!(await queue.complete(key, env.workerId, now))) return false;
      const r = env.store.reposFor(tx);
      const { store: _store, ...outside } = base;
      const ctx: JobContext<unknown> = {
        ...outside,
        r,
        tx,
        dialect: env.store.dialect,
        now,
        enqueue: (target, payload, opts = {}) =>
          r.jobs.enqueue(
            opts.workspaceId ?? job.workspaceId,
            jobRequest(target, payload, opts) satisfies JobRequest,
            env.ids.id('job'),
            now,
          ),
      };
      await def.handler(ctx, effect);
      return true;
    });
    if (!held) {
      env.logger.warn({ job: job.id, name: job.name }, 'job lease lost; another worker runs it');
      return 'lost';
    }
    env.logger.debug({ job: job.id, name: job.name, attempt: job.attempts }, 'job done');
    return 'done';
  } catch (e) {
    const permanent =
      isDomainError(e) && (PERMANENT.has(e.code) || Boolean(def.permanent?.includes(e.code)));
    return fail(env, job, permanent ? job.attempts : maxAttempts, def, describeError(e));
  }
}

/** A failed attempt: retry after the backoff, or dead when the attempts are spent. */
function fail(
  env: RunEnv,
  job: Job,
  maxAttempts: number,
  def: RegisteredJob | undefined,
  error: string,
): Promise<Outcome> {
  if (job.attempts >= maxAttempts) return settle(env, job, 'dead', error);
  const delay = backoffDelay(def?.backoff, job.attempts, job.id);
  return settle(env, job, 'queued', error, delay);
}

async function settle(
  env: RunEnv,
  job: Job,
  status: JobFailure['status'],
  error: string,
  delayMs = 0,
): Promise<Outcome> {
  const now = env.clock.now();
  const failure: JobFailure = {
    status,
    runAt: status === 'queued' ? new Date(now.getTime() + delayMs).toISOString() : job.runAt,
    error,
    now: now.toISOString(),
  };
  const log = { job: job.id, name: job.name, attempt: job.attempts, error };
  try {
    const held = await env.store.transact((tx) =>
      queueRepository({ db: tx, dialect: env.store.dialect }).fail(
        { workspaceId: job.workspaceId, id: job.id },
        env.workerId,
        failure,
      ),
    );
    if (!held) return 'lost';
  } catch (e) {
    // The database is away: the lease will run out and the job will be claimed again.
    env.logger.error({ ...log, cause: describeError(e) }, 'could not record a job failure');
    return 'lost';
  }
  if (status === 'dead') env.logger.error(log, 'job dead');
  else env.logger.warn({ ...log, retryAt: failure.runAt }, 'job failed; will retry');
  return status === 'dead' ? 'dead' : 'retry';
}
