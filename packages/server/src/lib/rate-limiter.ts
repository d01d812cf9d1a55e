/**
 * A fixed-window request limiter per key (token, client address), answering 429 with
 * Retry-After. Counters are per process, like the sign-in limiter; windows are short.
 */
import { DomainError } from '@rapport/core';

export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** Counts one request for each key; throws `rate_limited` when one is over its limit. */
  hit(keys: readonly string[]): void {
    const t = this.now();
    if (this.windows.size > 10_000) this.sweep(t);
    for (const key of keys) {
      let w = this.windows.get(key);
      if (!w || t - w.start >= this.windowMs) {
        w = { start: t, count: 0 };
        this.windows.set(key, w);
      }
      w.count++;
      if (w.count > this.max) {
        const retry = Math.max(1, Math.ceil((w.start + this.windowMs - t) / 1000));
        throw new DomainError('rate_limited', 'Too many messages; wait a moment and try again.', {
          retryAfterSeconds: retry,
        });
      }
    }
  }

  private sweep(t: number): void {
    for (const [k, w] of this.windows) if (t - w.start >= this.windowMs) this.windows.delete(k);
  }
}
