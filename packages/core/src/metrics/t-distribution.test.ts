import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors/domain-error.ts';
import { normalCdf, normalQuantile, twoSidedNormalP } from './normal.ts';
import { logGamma, regularizedBeta } from './special-functions.ts';
import { studentTCdf, studentTPdf, studentTQuantile, twoSidedTP } from './t-distribution.ts';

// 0.975 and 0.995 quantiles of the t table, to 15 digits from scipy.stats.t.ppf (same as R qt).
const TABLE: [df: number, q975: number, q995: number][] = [
  [1, 12.7062047361747, 63.6567411628715],
  [2, 4.30265272974946, 9.92484320091829],
  [3, 3.18244630528371, 5.84090930973336],
  [4, 2.77644510519779, 4.60409487134999],
  [5, 2.57058183563631, 4.03214298355523],
  [9, 2.2621571627982, 3.24983554159213],
  [10, 2.22813885198627, 3.16927267261695],
  [20, 2.08596344726586, 2.84533970978611],
  [30, 2.04227245630124, 2.74999565356723],
  [60, 2.00029782201426, 2.66028302885504],
  [120, 1.97993040508244, 2.61742114510687],
  [1000, 1.96233908082641, 2.58075469806595],
];

describe('Student t quantile', () => {
  it.each(TABLE)('matches the table at df = %d', (df, q975, q995) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(q975, 9);
    expect(studentTQuantile(0.995, df)).toBeCloseTo(q995, 9);
    expect(studentTQuantile(0.025, df)).toBeCloseTo(-q975, 9);
  });

  it('uses the closed forms at df = 1 (Cauchy) and df = 2', () => {
    expect(studentTQuantile(0.9, 1)).toBeCloseTo(Math.tan(Math.PI * 0.4), 12);
    const p = 0.8;
    expect(studentTQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 12);
  });

  it('handles a fractional df (Welch) between its integer neighbours', () => {
    // scipy.stats.t.ppf(0.975, 4.5) = 2.6589123472044
    expect(studentTQuantile(0.975, 4.5)).toBeCloseTo(2.6589123472044, 9);
  });

  it('approaches the normal quantile for large df and is 0 at p = ½', () => {
    expect(studentTQuantile(0.975, 1e7)).toBeCloseTo(1.959963984540054, 5);
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTQuantile(1, 7)).toBe(Infinity);
    expect(studentTQuantile(0, 7)).toBe(-Infinity);
  });

  it('refuses df ≤ 0 and p outside [0, 1]', () => {
    expect(() => studentTQuantile(0.9, 0)).toThrow(/Degrees of freedom/);
    expect(() => studentTQuantile(1.5, 3)).toThrow(/probability/);
    try {
      studentTQuantile(-0.1, 3);
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe('validation');
    }
  });

  it('is increasing in p (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0.5, max: 500, noNaN: true }),
        (a, b, df) => {
          fc.pre(Math.abs(a - b) > 1e-9);
          const [lo, hi] = a < b ? [a, b] : [b, a];
          expect(studentTQuantile(lo, df)).toBeLessThan(studentTQuantile(hi, df));
        },
      ),
    );
  });

  it('has upper quantiles decreasing in df (heavier tails for fewer df) (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.55, max: 0.999, noNaN: true }),
        fc.integer({ min: 1, max: 300 }),
        (p, df) => {
          expect(studentTQuantile(p, df)).toBeGreaterThan(studentTQuantile(p, df + 1));
          expect(studentTQuantile(p, df + 1)).toBeGreaterThan(normalQuantile(p));
        },
      ),
    );
  });

  it('inverts the CDF and is antisymmetric (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.0005, max: 0.9995, noNaN: true }),
        fc.double({ min: 0.3, max: 1000, noNaN: true }),
        (p, df) => {
          const t = studentTQuantile(p, df);
          expect(studentTCdf(t, df)).toBeCloseTo(p, 10);
          expect(studentTQuantile(1 - p, df) / -t).toBeCloseTo(1, 9);
        },
      ),
    );
  });
});

describe('Student t CDF and density', () => {
  it('matches reference values', () => {
    // scipy.stats.t.cdf(2.5, 7) = 0.9795038907071235; t.cdf(-40, 3) = 1.7190340394579253e-05
    expect(studentTCdf(2.5, 7)).toBeCloseTo(0.9795038907071235, 12);
    expect(studentTCdf(-40, 3) / 1.7190340394579253e-5).toBeCloseTo(1, 9);
    expect(studentTCdf(0, 3)).toBe(0.5);
    // Cauchy density at 0 is 1/π.
    expect(studentTPdf(0, 1)).toBeCloseTo(1 / Math.PI, 12);
    // Two-sided p for t = 2.228 at df 10 is 0.05.
    expect(twoSidedTP(2.22813885198627, 10)).toBeCloseTo(0.05, 10);
    expect(twoSidedTP(Infinity, 10)).toBe(0);
  });
});

describe('normal distribution and special functions', () => {
  it('matches reference values', () => {
    // scipy.stats.norm.cdf(1.96) = 0.9750021048517795, norm.cdf(-8) = 6.22096057427174e-16
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 14);
    expect(normalCdf(-8) / 6.22096057427174e-16).toBeCloseTo(1, 9);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 10);
    expect(twoSidedNormalP(1.959963984540054)).toBeCloseTo(0.05, 12);
    // Γ(5) = 24, Γ(½) = √π; I_0.3(2.5, 4) = 0.3521975859067672 (scipy.special.betainc)
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(regularizedBeta(0.3, 2.5, 4)).toBeCloseTo(0.3521975859067672, 13);
  });

  it('has Φ(Φ⁻¹(p)) = p (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => {
        expect(normalCdf(normalQuantile(p)) / p).toBeCloseTo(1, 9);
      }),
    );
  });
});
