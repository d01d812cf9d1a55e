import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { poissonCountInterval, rateEstimate } from './rate.ts';

describe('praise rate intervals (Byar)', () => {
  it('matches the exact Poisson interval closely (Garwood values)', () => {
    // Exact 95 % limits (scipy chi2.ppf): k = 0 → [0, 3.68888], k = 5 → [1.62349, 11.66833],
    // k = 20 → [12.21652, 30.88838]; Byar is within 1 % of them.
    const near = (got: number, exact: number) =>
      expect(Math.abs(got - exact) / exact).toBeLessThan(0.01);
    expect(poissonCountInterval(0).low).toBe(0);
    near(poissonCountInterval(0).high, 3.6888794541139354);
    near(poissonCountInterval(5).low, 1.6234863901184207);
    near(poissonCountInterval(5).high, 11.66833207932267);
    near(poissonCountInterval(20).low, 12.216519585403944);
    near(poissonCountInterval(20).high, 30.8883779026746);
  });
  it('contains the count, stays ≥ 0, and widens with the count (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), (k) => {
        const ci = poissonCountInterval(k);
        expect(ci.low).toBeGreaterThanOrEqual(0);
        expect(ci.low).toBeLessThanOrEqual(k);
        expect(ci.high).toBeGreaterThanOrEqual(k);
        const next = poissonCountInterval(k + 1);
        expect(next.high - next.low).toBeGreaterThan(ci.high - ci.low);
      }),
    );
  });
  it('scales a count to a rate per 100 interactions', () => {
    const r = rateEstimate(6, 240);
    expect(r.rate).toBeCloseTo(2.5, 12);
    expect(r.interval!.low).toBeCloseTo((poissonCountInterval(6).low * 100) / 240, 12);
    expect(rateEstimate(3, 0)).toMatchObject({ rate: null, interval: null });
    expect(() => rateEstimate(1, 2.5)).toThrow(/Exposure/);
    expect(() => poissonCountInterval(-1)).toThrow(/count/);
  });
});
