/**
 * A job's definition: its name, the zod schema of its payload, and what it does. A handler
 * runs inside the transaction that marks the job done, with repositories bound to it, so its
 * database effects and the job's completion commit together or not at all (exactly once).
 * Work outside the database (HTTP, SMTP) goes in `effect`, which runs before that
 * transaction and may run again after a crash or a failed commit (at least once): make it
 * idempotent, e.g. send the job id as the idempotency key.
 */
import type { Settings } from '@rapport/config';
import {
  DomainError,
  type Clock,
  type ErrorCode,
  type Ids,
  type Job,
  type JobRequest,
  type Repos,
} from '@rapport/core';
import type { Database, DialectName, Store } from '@rapport/store';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { BackoffPolicy } from './backoff.ts';
import type { WorkerLogger } from './logger.ts';

export type Payload = Record<string, unknown>;

/** Everything a job sees outside a transaction. */
export interface EffectContext<P> {
  job: Job;
  payload: P;
  workspaceId: string;
  /** The store, for reads (and, rarely, writes of their own) outside the job's transaction. */
  store: Store;
  clock: Clock;
  ids: Ids;
  logger: WorkerLogger;
  settings: Settings;
}

export interface EnqueueOptions {
  runAt?: string | undefined;
  orderingKey?: string | undefined;
  dedupeKey?: string | undefined;
  maxAttempts?: number | undefined;
  /** Another workspace's queue (system jobs); default the job's own workspace. */
  workspaceId?: string | undefined;
}

/**
 * The context of a handler: the job's transaction is open. It has no `store`: on SQLite the
 * transaction holds the one connection, so a `store.read` or `store.write` from inside it
 * would wait for itself. Use `r` and `tx`.
 */
export interface JobContext<P> extends Omit<EffectContext<P>, 'store'> {
  /** Repositories bound to the transaction that also marks this job done. */
  r: Repos;
  /** The same transaction, raw, for store-level repositories outside `Repos`. */
  tx: Kysely<Database>;
  dialect: DialectName;
  /** The time the transaction started, ISO. */
  now: string;
  /** Enqueues another job in this transaction; null when its dedupe key is pending. */
  enqueue<Q extends Payload>(
    target: JobTarget<Q>,
    payload: Q,
    opts?: EnqueueOptions,
  ): Promise<string | null>;
}

/** Retry settings of a job. */
export interface RetryPolicy {
  /** Attempts before the job is dead (default: the job row's, 8 unless enqueued otherwise). */
  maxAttempts?: number | undefined;
  backoff?: BackoffPolicy | undefined;
  /** Further error codes that will fail the same way again for this job: no retry. */
  permanent?: readonly ErrorCode[] | undefined;
}

/** What can be enqueued: a job or an event, each with its payload's schema. */
export interface JobTarget<P> {
  name: string;
  schema: z.ZodType<P>;
  maxAttempts?: number | undefined;
}

export interface JobDefinition<P extends Payload, E = undefined> extends RetryPolicy {
  name: string;
  schema: z.ZodType<P>;
  /** External work, before the transaction; its result is the handler's second argument. */
  effect?: ((ctx: EffectContext<P>) => Promise<E>) | undefined;
  handler: (ctx: JobContext<P>, effect: E) => Promise<void>;
}

/** Defines a job; the payload's type comes from the schema. */
export function defineJob<P extends Payload, E = undefined>(
  def: JobDefinition<P, E>,
): JobDefinition<P, E> {
  checkName(def.name);
  return def;
}

function checkName(name: string): void {
  if (!/^[a-z][a-z0-9_.:>-]*$/.test(name))
    throw new Error(`Job name "${name}": lower case letters, digits and . _ : - only.`);
}

/** An event: a job whose only work is to hand its payload to each subscriber. */
export interface EventDefinition<P extends Payload> extends JobTarget<P> {
  kind: 'event';
}

export function defineEvent<P extends Payload>(
  name: string,
  schema: z.ZodType<P>,
): EventDefinition<P> {
  checkName(name);
  return { kind: 'event', name, schema };
}

/**
 * A job request for a target, its payload checked against the schema first: a wrong payload
 * is the caller's mistake and fails now, not later in the worker.
 */
export function jobRequest<P extends Payload>(
  target: JobTarget<P>,
  payload: P,
  opts: EnqueueOptions = {},
): JobRequest {
  const parsed = target.schema.safeParse(payload);
  if (!parsed.success)
    throw new DomainError('validation', `The payload of job ${target.name} is not valid.`, {
      issues: parsed.error.issues.map((i) => ({
        field: ['payload', ...i.path.map(String)].join('.'),
        message: i.message,
      })),
    });
  return {
    name: target.name,
    payload: parsed.data,
    runAt: opts.runAt,
    orderingKey: opts.orderingKey,
    dedupeKey: opts.dedupeKey,
    maxAttempts: opts.maxAttempts ?? target.maxAttempts,
  };
}
