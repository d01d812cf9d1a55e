import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  averageRanks,
  effectiveN,
  pearsonR,
  spearmanRho,
  weightedPearsonR,
} from './correlation.ts';

// Hand-checked dataset: eight teams, x = employee engagement (1–5), y = customer CSAT (%),
// w = respondents per team.
//   x̄ = 29.7/8 = 3.7125, ȳ = 632/8 = 79
//   Sxx = Σ(x − x̄)² = 2.56875, Syy = 330, Sxy = 26.8
//   r = 26.8 / √(2.56875 · 330) = 26.8 / 29.115074 = 0.920485400
// (scipy.stats.pearsonr: 0.9204854000324685; spearmanr: 0.9285714285714287 — ranks of y are
//  2,1,4,3,5,7,6,8, Σd² = 6, ρ = 1 − 6·6/(8·63) = 0.928571; weighted r (numpy): 0.9250109060889291.)
const TEAMS_X = [2.8, 3.1, 3.4, 3.6, 3.9, 4.0, 4.3, 4.6];
const TEAMS_Y = [72, 70, 78, 74, 80, 85, 83, 90];
const TEAMS_W = [12, 9, 6, 10, 8, 15, 7, 11];

describe('correlations on the hand-checked eight teams', () => {
  it('computes Pearson, Spearman and weighted Pearson', () => {
    expect(pearsonR(TEAMS_X, TEAMS_Y)).toBeCloseTo(0.9204854000324685, 12);
    expect(spearmanRho(TEAMS_X, TEAMS_Y)).toBeCloseTo(1 - (6 * 6) / (8 * 63), 12);
    expect(weightedPearsonR(TEAMS_X, TEAMS_Y, TEAMS_W)).toBeCloseTo(0.9250109060889291, 12);
    // Kish: (Σw)²/Σw² = 78²/820 = 7.41951…
    expect(effectiveN(TEAMS_W)).toBeCloseTo(6084 / 820, 12);
  });

  it('gives tied values the average of their ranks', () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks([5, 1, 5, 5, 2])).toEqual([4, 1, 4, 4, 2]);
    // scipy.stats.spearmanr([1,2,2,3,5,5,5], [3,1,4,1,5,9,2]) = 0.3870681424252975
    expect(spearmanRho([1, 2, 2, 3, 5, 5, 5], [3, 1, 4, 1, 5, 9, 2])).toBeCloseTo(
      0.3870681424252975,
      12,
    );
  });

  it('is undefined for fewer than three teams or no variation', () => {
    expect(pearsonR([1, 2], [3, 4])).toBeNull();
    expect(pearsonR([1, 1, 1], [3, 4, 5])).toBeNull();
    expect(spearmanRho([1, 2, 3], [7, 7, 7])).toBeNull();
    expect(() => pearsonR([1, 2, 3], [1, 2])).toThrow(/same length/);
    expect(() => pearsonR([1, NaN, 3], [1, 2, 3])).toThrow(/finite/);
    expect(() => weightedPearsonR([1, 2, 3], [1, 2, 3], [1, 0, 1])).toThrow(/Weights/);
  });

  it('reaches ±1 on exact lines', () => {
    expect(pearsonR([1, 2, 3, 4], [3, 5, 7, 9])).toBeCloseTo(1, 14);
    expect(spearmanRho([1, 2, 3, 4], [1, 10, 100, 1000])).toBe(1);
    expect(pearsonR([1, 2, 3, 4], [9, 7, 5, 3])).toBeCloseTo(-1, 14);
  });
});

/** Pairs of moderate values with some spread. */
const pairs = fc
  .array(fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 })), {
    minLength: 3,
    maxLength: 30,
  })
  .map((ps) => ({ xs: ps.map((p) => p[0] / 10), ys: ps.map((p) => p[1] / 10) }))
  .filter(({ xs, ys }) => new Set(xs).size > 1 && new Set(ys).size > 1);

describe('correlation properties', () => {
  it('lies in [−1, 1] and is symmetric', () => {
    fc.assert(
      fc.property(pairs, ({ xs, ys }) => {
        for (const f of [pearsonR, spearmanRho]) {
          const r = f(xs, ys)!;
          expect(r).toBeGreaterThanOrEqual(-1);
          expect(r).toBeLessThanOrEqual(1);
          expect(f(ys, xs)).toBeCloseTo(r, 12);
        }
      }),
    );
  });

  it('is invariant to positive linear rescaling and flips sign under negative scaling', () => {
    fc.assert(
      fc.property(
        pairs,
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: -500, max: 500 }),
        fc.boolean(),
        ({ xs, ys }, a, b, negate) => {
          const s = negate ? -a : a;
          const scaled = xs.map((x) => s * x + b);
          const sign = negate ? -1 : 1;
          expect(pearsonR(scaled, ys)).toBeCloseTo(sign * pearsonR(xs, ys)!, 9);
          expect(spearmanRho(scaled, ys)).toBeCloseTo(sign * spearmanRho(xs, ys)!, 9);
          const w = xs.map((_, i) => 1 + (i % 4));
          expect(weightedPearsonR(scaled, ys, w)).toBeCloseTo(
            sign * weightedPearsonR(xs, ys, w)!,
            9,
          );
        },
      ),
    );
  });

  it('equals Pearson when all weights are equal, and weights act as repeated teams', () => {
    fc.assert(
      fc.property(pairs, fc.integer({ min: 1, max: 5 }), ({ xs, ys }, k) => {
        expect(
          weightedPearsonR(
            xs,
            ys,
            xs.map(() => k),
          ),
        ).toBeCloseTo(pearsonR(xs, ys)!, 12);
        // Weight 2 on the first team = that team listed twice.
        const w = xs.map((_, i) => (i === 0 ? 2 : 1));
        const dupX = [xs[0]!, ...xs];
        const dupY = [ys[0]!, ...ys];
        expect(weightedPearsonR(xs, ys, w)).toBeCloseTo(pearsonR(dupX, dupY)!, 9);
      }),
    );
  });

  it('ranks are a permutation-average: they sum to n(n + 1)/2', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 }), (vs) => {
        const r = averageRanks(vs);
        expect(r.reduce((a, b) => a + b, 0)).toBeCloseTo((vs.length * (vs.length + 1)) / 2, 9);
      }),
    );
  });
});
