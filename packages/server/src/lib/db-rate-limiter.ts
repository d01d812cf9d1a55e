/**
 * Rate limits whose counters live in the database, so that every server instance behind a
 * load balancer shares them (sign-in failures, survey-token misses, password checks). A key
 * at or over its limit answers 429 with Retry-After until its window, begun at its first hit,
 * has passed.
 */
import { DomainError } from '@rapport/core';
import type { Store } from '@rapport/store';

/** Counters that exist before anyone is signed in belong to no workspace. */
export const GLOBAL_SCOPE = '_global';

export interface DbRateLimitOptions {
  store: Store;
  now: () => number;
  max: number;
  windowMs: number;
  message: string;
}

export class DbRateLimiter {
  constructor(private readonly o: DbRateLimitOptions) {}

  private expired(): string {
    return new Date(this.o.now() - this.o.windowMs).toISOString();
  }

  private refuse(windowStart: string): never {
    const until = Date.parse(windowStart) + this.o.windowMs;
    throw new DomainError('rate_limited', this.o.message, {
      retryAfterSeconds: Math.max(1, Math.ceil((until - this.o.now()) / 1000)),
    });
  }

  /** Throws `rate_limited` if any key has reached the limit; counts nothing. */
  async check(keys: readonly string[], ws = GLOBAL_SCOPE): Promise<void> {
    const expired = this.expired();
    const counts = await this.o.store.read(async (r) => {
      const out = [];
      for (const k of keys) out.push(await r.rateLimits.peek(ws, k, expired));
      return out;
    });
    for (const c of counts) if (c && c.count >= this.o.max) this.refuse(c.windowStart);
  }

  /** Counts one event for each key (a failure, a miss). */
  async record(keys: readonly string[], ws = GLOBAL_SCOPE): Promise<void> {
    const now = new Date(this.o.now()).toISOString();
    const expired = this.expired();
    await this.o.store.write(async (r) => {
      for (const k of keys) await r.rateLimits.hit(ws, k, now, expired);
    });
  }

  /** Counts one request for each key and refuses it when that makes one go over the limit. */
  async hit(keys: readonly string[], ws = GLOBAL_SCOPE): Promise<void> {
    const now = new Date(this.o.now()).toISOString();
    const expired = this.expired();
    const counts = await this.o.store.write(async (r) => {
      const out = [];
      for (const k of keys) out.push(await r.rateLimits.hit(ws, k, now, expired));
      return out;
    });
    for (const c of counts) if (c.count > this.o.max) this.refuse(c.windowStart);
  }

  async clear(keys: readonly string[], ws = GLOBAL_SCOPE): Promise<void> {
    await this.o.store.write(async (r) => {
      for (const k of keys) await r.rateLimits.clear(ws, k);
    });
  }
}
