import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareCsat,
  compareMeans,
  compareMeanScores,
  compareNps,
  compareShares,
} from './compare.ts';
import type { ScoreHistogram } from './histogram.ts';
import { momentsFromValues } from './moments.ts';

/** An NPS histogram on 0–10 with the given promoters (10), passives (8) and detractors (3). */
const npsH = (p: number, pa: number, d: number, min = 0): ScoreHistogram => {
  const counts = new Array<number>(11 - min).fill(0);
  counts[10 - min] = p;
  counts[8 - min] = pa;
  counts[3 - min] = d;
  return { scaleMin: min, scaleMax: 10, counts };
};

describe('compareNps', () => {
  it('tests the difference of two independent NPS (hand-computed)', () => {
    // Before: 8 P, 6 Pa, 6 D of 20 → NPS 10, V₁ = (0.4 + 0.3 − 0.01)/20 = 0.0345.
    // After: 15 P, 5 Pa, 5 D of 25 → NPS 40, V₂ = (0.6 + 0.2 − 0.16)/25 = 0.0256.
    // Δ = 30, SE = 100·√0.0601 = 24.5153013…, z = 1.2237255, p = 0.2210558 (scipy norm.sf·2),
    // interval 30 ± 1.96·SE = [−18.04999, 78.04999]: not significant.
    const c = compareNps(npsH(8, 6, 6), npsH(15, 5, 5));
    expect(c.status).toBe('ok');
    expect(c.before.value).toBeCloseTo(10, 12);
    expect(c.after.value).toBeCloseTo(40, 12);
    expect(c.difference).toBeCloseTo(30, 12);
    expect(c.statistic).toBeCloseTo(1.223725524672006, 9);
    expect(c.pValue).toBeCloseTo(0.2210557874109842, 9);
    expect(c.interval?.low).toBeCloseTo(-18.049990634754558, 9);
    expect(c.interval?.high).toBeCloseTo(78.04999063475455, 9);
    expect(c.significant).toBe(false);
  });

  it('finds a large change on many answers significant', () => {
    const c = compareNps(npsH(300, 300, 400), npsH(500, 300, 200));
    expect(c.difference).toBeCloseTo(40, 10);
    expect(c.significant).toBe(true);
    expect(c.pValue).toBeLessThan(1e-10);
  });

  it('reports too few when either side is under minN, and refuses mixed scales', () => {
    const c = compareNps(npsH(3, 3, 3), npsH(15, 5, 5));
    expect(c).toMatchObject({
      status: 'too_few',
      difference: null,
      pValue: null,
      significant: null,
    });
    expect(c.before.n).toBe(9);
    expect(compareNps(npsH(0, 0, 0), npsH(15, 5, 5)).status).toBe('empty');
    expect(() => compareNps(npsH(10, 0, 0), npsH(10, 0, 0, 1))).toThrow(/cannot be compared/);
  });

  it('applies the anonymity threshold to eNPS', () => {
    const c = compareNps(npsH(3, 1, 2), npsH(4, 1, 1), { metric: 'enps' });
    expect(c).toMatchObject({ metric: 'enps', status: 'ok', minN: 5 });
    expect(compareNps(npsH(1, 1, 0), npsH(4, 1, 1), { metric: 'enps', minN: 1 })).toMatchObject({
      status: 'too_few',
      minN: 3,
    });
  });

  it('handles zero variance on both sides', () => {
    const same = compareNps(npsH(10, 0, 0), npsH(12, 0, 0));
    expect(same).toMatchObject({ difference: 0, pValue: 1, significant: false });
    const flip = compareNps(npsH(10, 0, 0), npsH(0, 0, 10));
    expect(flip).toMatchObject({ difference: -200, pValue: 0, significant: true });
  });
});

describe('compareShares and compareCsat', () => {
  it('runs a pooled two-proportion z-test with Newcombe’s interval (hand-computed)', () => {
    // 30/50 = 60 % → 45/55 = 81.818 %: Δ = 21.818 pp; p̄ = 75/105, SE₀ = √(p̄(1 − p̄)(1/50 + 1/55)),
    // z = 2.4716575, p = 0.0134488; Newcombe hybrid score interval [4.46443, 37.78276] pp.
    const c = compareShares({ count: 30, n: 50 }, { count: 45, n: 55 });
    expect(c.test).toBe('two-proportion-z');
    expect(c.difference).toBeCloseTo(21.818181818181827, 9);
    expect(c.statistic).toBeCloseTo(2.4716575226132997, 9);
    expect(c.pValue).toBeCloseTo(0.013448828668870733, 9);
    expect(c.interval?.low).toBeCloseTo(4.464433943216692, 9);
    expect(c.interval?.high).toBeCloseTo(37.782757457371325, 9);
    expect(c.significant).toBe(true);
  });

  it('refuses impossible shares', () => {
    expect(() => compareShares({ count: 6, n: 5 }, { count: 1, n: 5 })).toThrow(/0 ≤ count ≤ n/);
  });

  it('compares CSAT top-box on the same scale only', () => {
    const a: ScoreHistogram = { scaleMin: 1, scaleMax: 5, counts: [5, 5, 10, 15, 15] };
    const b: ScoreHistogram = { scaleMin: 1, scaleMax: 5, counts: [2, 3, 5, 20, 25] };
    const c = compareCsat(a, b);
    expect(c.before.value).toBeCloseTo(60, 12);
    expect(c.after.value).toBeCloseTo((45 / 55) * 100, 12);
    const ten: ScoreHistogram = {
      scaleMin: 1,
      scaleMax: 10,
      counts: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    };
    expect(() => compareCsat(a, ten)).toThrow(/cannot be compared/);
  });

  it('has an interval inside [−100, 100] containing the difference (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 500 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n1, n2, u1, u2) => {
          const c = compareShares(
            { count: Math.round(u1 * n1), n: n1 },
            { count: Math.round(u2 * n2), n: n2 },
            { minN: 1 },
          );
          expect(c.interval!.low).toBeGreaterThanOrEqual(-100);
          expect(c.interval!.high).toBeLessThanOrEqual(100);
          expect(c.interval!.low).toBeLessThanOrEqual(c.difference! + 1e-9);
          expect(c.interval!.high).toBeGreaterThanOrEqual(c.difference! - 1e-9);
          expect(c.pValue!).toBeGreaterThanOrEqual(0);
          expect(c.pValue!).toBeLessThanOrEqual(1);
          expect(c.significant).toBe(c.pValue! < 0.05);
        },
      ),
    );
  });
});

describe('compareMeans (Welch)', () => {
  it('matches scipy.stats.ttest_ind(equal_var=False)', () => {
    const before = [3, 4, 5, 4, 3, 2, 5, 4, 4, 3, 4, 5];
    const after = [5, 6, 7, 6, 5, 7, 6, 4, 6, 7];
    // scipy: t = 4.981420880693613, p = 8.512407357206707e-05, df = 18.8207310503516,
    // 95 % CI [1.197763300691111, 2.9355700326422225], Δ = 2.0666…
    const c = compareMeans(momentsFromValues(before), momentsFromValues(after));
    expect(c.difference).toBeCloseTo(2.066666666666667, 12);
    expect(c.statistic).toBeCloseTo(4.981420880693613, 9);
    expect(c.df).toBeCloseTo(18.8207310503516, 9);
    expect(c.pValue! / 8.512407357206707e-5).toBeCloseTo(1, 7);
    expect(c.interval?.low).toBeCloseTo(1.197763300691111, 8);
    expect(c.interval?.high).toBeCloseTo(2.9355700326422225, 8);
    expect(c.significant).toBe(true);
  });

  it('needs at least two answers a side and handles zero variance', () => {
    const one = compareMeans(momentsFromValues([3]), momentsFromValues([4, 5]), { minN: 1 });
    expect(one.status).toBe('too_few');
    expect(one.minN).toBe(2);
    const flat = compareMeanScores(
      { scaleMin: 1, scaleMax: 7, counts: [0, 0, 0, 12, 0, 0, 0] },
      { scaleMin: 1, scaleMax: 7, counts: [0, 0, 0, 12, 0, 0, 0] },
    );
    expect(flat).toMatchObject({ difference: 0, pValue: 1, significant: false, metric: 'ces' });
  });

  it('is antisymmetric when the periods swap (property)', () => {
    const sample = fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 10, maxLength: 40 });
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const ab = compareMeans(momentsFromValues(a), momentsFromValues(b));
        const ba = compareMeans(momentsFromValues(b), momentsFromValues(a));
        expect(ab.difference).toBeCloseTo(-ba.difference!, 9);
        expect(ab.pValue).toBeCloseTo(ba.pValue!, 9);
      }),
    );
  });
});
