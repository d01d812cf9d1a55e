import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leastSquaresLine } from './fit.ts';

describe('least-squares line', () => {
  it('matches the hand computation on the eight teams', () => {
    // slope = Sxy/Sxx = 26.8/2.56875 = 10.43309002…, intercept = 79 − slope·3.7125 = 40.26715328…
    // (numpy.polyfit agrees); weighted by team size: 10.677795075823099, 39.661217782390594.
    const xs = [2.8, 3.1, 3.4, 3.6, 3.9, 4.0, 4.3, 4.6];
    const ys = [72, 70, 78, 74, 80, 85, 83, 90];
    const l = leastSquaresLine(xs, ys)!;
    expect(l.slope).toBeCloseTo(26.8 / 2.56875, 10);
    expect(l.intercept).toBeCloseTo(40.26715328467154, 10);
    const w = leastSquaresLine(xs, ys, [12, 9, 6, 10, 8, 15, 7, 11])!;
    expect(w.slope).toBeCloseTo(10.677795075823099, 10);
    expect(w.intercept).toBeCloseTo(39.661217782390594, 10);
  });

  it('is null without variation in x or with one point', () => {
    expect(leastSquaresLine([2, 2, 2], [1, 2, 3])).toBeNull();
    expect(leastSquaresLine([2], [1])).toBeNull();
    expect(() => leastSquaresLine([1, 2], [1])).toThrow(/same length/);
  });

  it('recovers an exact line and passes through the means (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 2, maxLength: 20 }),
        fc.integer({ min: -20, max: 20 }),
        fc.integer({ min: -50, max: 50 }),
        (xs, a, b) => {
          fc.pre(new Set(xs).size > 1);
          const l = leastSquaresLine(
            xs,
            xs.map((x) => a * x + b),
          )!;
          expect(l.slope).toBeCloseTo(a, 9);
          expect(l.intercept).toBeCloseTo(b, 8);
        },
      ),
    );
  });
});
