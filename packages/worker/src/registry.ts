/**
 * The one registry of typed jobs: every job the worker runs is defined here by name, payload
 * schema and handler (in the manner of Formbricks' job definitions). Events fan out: an event
 * job (`interaction.created`) enqueues one job per subscriber (`interaction.created:engagement`)
 * in its own completion transaction, so each subscriber retries on its own and an event
 * nobody subscribes to yet simply completes. Recurring jobs are registered with `every`.
 */
import type { z } from 'zod';
import type {
  EffectContext,
  EventDefinition,
  JobContext,
  JobDefinition,
  JobTarget,
  Payload,
  RetryPolicy,
} from './definition.ts';
import { defineJob } from './definition.ts';

/** A definition with its types erased; the runner parses the payload before calling it. */
export interface RegisteredJob extends RetryPolicy {
  name: string;
  schema: z.ZodType;
  effect?: ((ctx: EffectContext<unknown>) => Promise<unknown>) | undefined;
  handler: (ctx: JobContext<unknown>, effect: unknown) => Promise<void>;
  /** Set on event jobs: the event's name. */
  event?: string | undefined;
}

/** A subscriber to an event: a job whose payload is the event's. */
export interface Subscriber<P extends Payload, E = undefined> extends Omit<
  JobDefinition<P, E>,
  'schema'
> {
  /** Short name of the subscribing feature; the job is named `<event>:<name>`. */
  name: string;
}

export interface Schedule {
  /** The job to enqueue. */
  name: string;
  everyMs: number;
  payload: Payload;
}

export class JobRegistry {
  private readonly jobs = new Map<string, RegisteredJob>();
  private readonly subscribers = new Map<string, string[]>();
  private readonly recurring: Schedule[] = [];

  /** Adds a job. A name may be defined once. */
  define<P extends Payload, E>(def: JobDefinition<P, E>): this {
    if (this.jobs.has(def.name)) throw new Error(`Job ${def.name} is defined twice.`);
    this.jobs.set(def.name, def as unknown as RegisteredJob);
    return this;
  }

  /** Adds an event, so that it is claimed and completes even before anyone subscribes. */
  event<P extends Payload>(event: EventDefinition<P>): this {
    if (this.jobs.get(event.name)?.event === event.name) return this;
    this.subscribers.set(event.name, []);
    return this.define({
      name: event.name,
      schema: event.schema,
      maxAttempts: event.maxAttempts,
      handler: async (ctx) => {
        for (const name of this.subscribers.get(event.name) ?? []) {
          await ctx.enqueue(this.target(name), ctx.payload, {
            // Per subscriber, events sharing an ordering key keep their order.
            orderingKey: ctx.job.orderingKey ? `${ctx.job.orderingKey}>${name}` : undefined,
          });
        }
      },
    }).mark(event.name);
  }

  /** Subscribes a feature to an event: its handler runs once per event, with the event's payload. */
  on<P extends Payload, E = undefined>(event: EventDefinition<P>, sub: Subscriber<P, E>): this {
    this.event(event);
    const job = defineJob<P, E>({
      ...sub,
      name: `${event.name}:${sub.name}`,
      schema: event.schema,
    });
    this.define(job);
    this.subscribers.get(event.name)?.push(job.name);
    return this;
  }

  /** Runs a job every `everyMs` (aligned to multiples of it), one pending instance at a time. */
  every<P extends Payload>(target: JobTarget<P>, everyMs: number, payload: P): this {
    if (!this.jobs.has(target.name))
      throw new Error(`Define job ${target.name} before scheduling it.`);
    if (!(everyMs >= 1000)) throw new Error(`Job ${target.name}: a schedule needs everyMs ≥ 1000.`);
    this.recurring.push({ name: target.name, everyMs, payload });
    return this;
  }

  get(name: string): RegisteredJob | undefined {
    return this.jobs.get(name);
  }

  /** The names of every job this registry can run: what a worker claims. */
  names(): string[] {
    return [...this.jobs.keys()];
  }

  subscribersOf(event: string): readonly string[] {
    return this.subscribers.get(event) ?? [];
  }

  schedules(): readonly Schedule[] {
    return this.recurring;
  }

  private target(name: string): JobTarget<Payload> {
    const job = this.jobs.get(name);
    if (!job) throw new Error(`No job ${name}.`);
    return { name, schema: job.schema as z.ZodType<Payload>, maxAttempts: job.maxAttempts };
  }

  private mark(event: string): this {
    const job = this.jobs.get(event);
    if (job) job.event = event;
    return this;
  }
}
