import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF, unitHash } from './backoff.ts';

describe('backoff', () => {
  it('grows exponentially up to the ceiling, without jitter', () => {
    const p = { baseMs: 1_000, factor: 3, maxMs: 20_000, jitter: 0 };
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(p, a, 'job_x'))).toEqual([
      1_000, 3_000, 9_000, 20_000, 20_000,
    ]);
  });

  it('takes at most the jitter share off, the same for the same job and attempt', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.string({ minLength: 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (attempt, seed, jitter) => {
          const p = { ...DEFAULT_BACKOFF, jitter };
          const raw = Math.min(p.maxMs, p.baseMs * p.factor ** (attempt - 1));
          const d = backoffDelay(p, attempt, seed);
          expect(d).toBeLessThanOrEqual(raw);
          expect(d).toBeGreaterThanOrEqual(Math.floor(raw * (1 - jitter)));
          expect(backoffDelay(p, attempt, seed)).toBe(d);
        },
      ),
    );
  });

  it('spreads different jobs apart', () => {
    const delays = new Set(
      Array.from({ length: 50 }, (_, i) => backoffDelay(undefined, 3, `job_${i}`)),
    );
    expect(delays.size).toBeGreaterThan(40);
  });

  it('hashes to [0, 1)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const u = unitHash(s);
        expect(u).toBeGreaterThanOrEqual(0);
        expect(u).toBeLessThan(1);
      }),
    );
  });

  it('fills an unset field of a policy from the default', () => {
    expect(backoffDelay({ baseMs: 100, jitter: 0, factor: undefined }, 2, 'j')).toBe(
      100 * DEFAULT_BACKOFF.factor,
    );
  });
});
