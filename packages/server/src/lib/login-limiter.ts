/**
 * Limits failed sign-ins per e-mail and per client address within a window, answering 429
 * with Retry-After. Counters are per process; see docs/SECURITY.md for multi-instance notes.
 */
import { DomainError } from '@rapport/core';

export class LoginLimiter {
  private failures = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  private recent(key: string): number[] {
    const t = this.now();
    const list = (this.failures.get(key) ?? []).filter((x) => t - x < this.windowMs);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  check(keys: string[]): void {
    for (const key of keys) {
      const list = this.recent(key);
      if (list.length >= this.max) {
        const retry = Math.ceil(((list[0] ?? this.now()) + this.windowMs - this.now()) / 1000);
        throw new DomainError(
          'rate_limited',
          'Too many failed sign-ins; wait before trying again.',
          { retryAfterSeconds: Math.max(1, retry) },
        );
      }
    }
  }

  fail(keys: string[]): void {
    for (const key of keys) this.failures.set(key, [...this.recent(key), this.now()]);
  }

  succeed(keys: string[]): void {
    for (const key of keys) this.failures.delete(key);
  }
}
