import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareEstimate, wilsonInterval } from './wilson.ts';

describe('Wilson interval', () => {
  it('matches hand-computed values', () => {
    // 7/10: [0.39677321997956516, 0.892210712513788]; 0/10: [0, 0.2775401687666166].
    expect(wilsonInterval(7, 10).low).toBeCloseTo(0.39677321997956516, 12);
    expect(wilsonInterval(7, 10).high).toBeCloseTo(0.892210712513788, 12);
    expect(wilsonInterval(0, 10)).toEqual({ low: 0, high: expect.closeTo(0.2775401687666166, 12) });
    // 1/1: [1/(1 + z²), 1] = [0.2065432914738929, 1].
    expect(wilsonInterval(1, 1)).toEqual({ low: expect.closeTo(0.2065432914738929, 12), high: 1 });
  });

  it('refuses impossible counts', () => {
    expect(() => wilsonInterval(3, 2)).toThrow(/0 ≤ k ≤ n/);
    expect(() => wilsonInterval(0, 0)).toThrow(/n ≥ 1/);
  });

  it('stays within [0, 1], contains p̂ and mirrors at n − k (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, u) => {
          const k = Math.min(n, Math.floor(u * (n + 1)));
          const w = wilsonInterval(k, n);
          expect(w.low).toBeGreaterThanOrEqual(0);
          expect(w.high).toBeLessThanOrEqual(1);
          expect(w.low).toBeLessThanOrEqual(k / n);
          expect(w.high).toBeGreaterThanOrEqual(k / n);
          const m = wilsonInterval(n - k, n);
          expect(m.low).toBeCloseTo(1 - w.high, 12);
          const s = shareEstimate(k, n);
          expect(s.interval!.low).toBeGreaterThanOrEqual(0);
          expect(s.interval!.high).toBeLessThanOrEqual(100);
        },
      ),
    );
  });

  it('narrows as n grows at the same share', () => {
    const a = wilsonInterval(30, 100);
    const b = wilsonInterval(300, 1000);
    expect(b.high - b.low).toBeLessThan(a.high - a.low);
  });
});
