import { describe, expect, it } from 'vitest';
import { fitPlatt, fitPlattWithRule } from './calibrate.ts';

describe('fitPlattWithRule', () => {
  it('gives a rule that separates the classes a positive weight', () => {
    // the logit alone does not tell the classes apart; the rule score does
    const z = [-1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1];
    const r = [0, 0, 0, 0, 0, 0, 2, 2, 2, 1, 1, 1];
    const y = [0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 1, 1];
    const [a, b, c] = fitPlattWithRule(z, r, y);
    expect(c).toBeGreaterThan(1);
    expect(Number.isFinite(a) && Number.isFinite(b)).toBe(true);
  });

  it('agrees with plain Platt scaling when the rule score is always zero', () => {
    const z = [-2, -1, -0.5, 0, 0.5, 1, 2, 3];
    const y = [0, 0, 1, 0, 1, 1, 0, 1];
    const [a, b, c] = fitPlattWithRule(z, new Array<number>(z.length).fill(0), y);
    const [pa, pb] = fitPlatt(z, y);
    expect(c).toBe(0);
    expect(a).toBeCloseTo(pa, 3);
    expect(b).toBeCloseTo(pb, 3);
  });
});
