import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pearsonR } from './correlation.ts';
import { bootstrapPercentileInterval, fisherZInterval, sortedQuantile } from './interval.ts';
import { seededUniform } from './prng.ts';

describe('Fisher z interval', () => {
  it('matches the hand computation on the eight teams', () => {
    // r = 0.9204854000, z = atanh r = 1.592196297, SE = 1/√5 = 0.447213595,
    // z ± 1.96·SE = [0.715657651, 2.468734943] → tanh → [0.614212344, 0.985756717].
    const ci = fisherZInterval(0.9204854000324686, 8);
    expect(ci.low).toBeCloseTo(0.6142123437359386, 12);
    expect(ci.high).toBeCloseTo(0.9857567166720989, 12);
  });

  it('widens for Spearman by √1.06 and refuses n ≤ 3', () => {
    // ρ = 0.928571…, n = 8: [0.6324366358214332, 0.9878893128430751] (numpy).
    const ci = fisherZInterval(13 / 14, 8, true);
    expect(ci.low).toBeCloseTo(0.6324366358214332, 12);
    expect(ci.high).toBeCloseTo(0.9878893128430751, 12);
    expect(() => fisherZInterval(0.5, 3)).toThrow(/more than 3/);
    expect(fisherZInterval(1, 10)).toEqual({ low: 1, high: 1 });
  });

  it('contains r, stays in [−1, 1] and narrows with n (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.999, max: 0.999, noNaN: true }),
        fc.integer({ min: 4, max: 1000 }),
        (r, n) => {
          const ci = fisherZInterval(r, n);
          expect(ci.low).toBeLessThanOrEqual(r);
          expect(ci.high).toBeGreaterThanOrEqual(r);
          expect(ci.low).toBeGreaterThanOrEqual(-1);
          expect(ci.high).toBeLessThanOrEqual(1);
          const wider = fisherZInterval(r, n + 10);
          expect(wider.high - wider.low).toBeLessThan(ci.high - ci.low);
        },
      ),
    );
  });
});

describe('seeded bootstrap', () => {
  const xs = [2.8, 3.1, 3.4, 3.6, 3.9, 4.0, 4.3, 4.6];
  const ys = [72, 70, 78, 74, 80, 85, 83, 90];
  const stat = (ix: readonly number[]) =>
    pearsonR(
      ix.map((i) => xs[i]!),
      ix.map((i) => ys[i]!),
    );
  const r = pearsonR(xs, ys)!;

  it('is reproducible from its seed and changes with it', () => {
    const a = bootstrapPercentileInterval(8, stat, r, { seed: 42 });
    expect(bootstrapPercentileInterval(8, stat, r, { seed: 42 })).toEqual(a);
    expect(bootstrapPercentileInterval(8, stat, r, { seed: 43 })).not.toEqual(a);
    expect(a!.low).toBeGreaterThan(0.3);
    expect(a!.high).toBeLessThanOrEqual(1);
  });

  it('agrees roughly with Fisher on a larger sample', () => {
    const rand = seededUniform(7);
    const bx = Array.from({ length: 60 }, () => rand());
    const by = bx.map((x) => x + 0.6 * (rand() - 0.5));
    const br = pearsonR(bx, by)!;
    const boot = bootstrapPercentileInterval(
      60,
      (ix) =>
        pearsonR(
          ix.map((i) => bx[i]!),
          ix.map((i) => by[i]!),
        ),
      br,
      { seed: 1, resamples: 4000 },
    )!;
    const fisher = fisherZInterval(br, 60);
    expect(Math.abs(boot.low - fisher.low)).toBeLessThan(0.06);
    expect(Math.abs(boot.high - fisher.high)).toBeLessThan(0.06);
  });

  it('contains the estimate and stays in [−1, 1] (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })), {
          minLength: 3,
          maxLength: 12,
        }),
        fc.integer(),
        (ps, seed) => {
          const px = ps.map((p) => p[0]);
          const py = ps.map((p) => p[1]);
          const est = pearsonR(px, py);
          fc.pre(est !== null);
          const ci = bootstrapPercentileInterval(
            ps.length,
            (ix) =>
              pearsonR(
                ix.map((i) => px[i]!),
                ix.map((i) => py[i]!),
              ),
            est!,
            { seed, resamples: 200 },
          );
          if (!ci) return;
          expect(ci.low).toBeLessThanOrEqual(est!);
          expect(ci.high).toBeGreaterThanOrEqual(est!);
          expect(ci.low).toBeGreaterThanOrEqual(-1);
          expect(ci.high).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses too few resamples; the PRNG is uniform and the quantile interpolates', () => {
    expect(() => bootstrapPercentileInterval(8, stat, r, { resamples: 10 })).toThrow(/100/);
    expect(() => seededUniform(1.5)).toThrow(/integer/);
    const rand = seededUniform(123);
    const draws = Array.from({ length: 20000 }, () => rand());
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(sortedQuantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(sortedQuantile([0, 10], 0.975)).toBeCloseTo(9.75, 12);
  });
});
