import { describe, expect, it } from 'vitest';
import type { Csr } from './dataset.ts';
import { logCountRatios, scaleColumns } from './naive-bayes.ts';

// 4 rows, 3 text columns and 1 dense column (index 3)
//   row 0 (positive): cols 0, 3      row 1 (positive): cols 0, 1, 3
//   row 2 (negative): cols 1, 2, 3   row 3 (negative): cols 2, 3
const x: Csr = {
  rowPtr: Int32Array.from([0, 2, 5, 8, 10]),
  cols: Int32Array.from([0, 3, 0, 1, 3, 1, 2, 3, 2, 3]),
  vals: Float32Array.from([0.5, 2, 0.25, 1, 2, 1, 0.5, 2, 2, 2]),
  nRows: 4,
  nCols: 4,
};
const positive = (r: number) => r < 2;

describe('logCountRatios', () => {
  it('matches the ratios computed by hand, and leaves the dense columns at 1', () => {
    // α = 1: p = [3, 2, 1] (Σ 6), q = [1, 2, 3] (Σ 6)
    const r = logCountRatios(x, positive, 3, 1);
    expect(r[0]).toBeCloseTo(Math.log(3), 12);
    expect(r[1]).toBeCloseTo(0, 12);
    expect(r[2]).toBeCloseTo(Math.log(1 / 3), 12);
    expect(r[3]).toBe(1);
  });

  it('counts rows that hold a column, not the size of its values', () => {
    const doubled = { ...x, vals: x.vals.map((v) => v * 10) };
    expect(Array.from(logCountRatios(doubled, positive, 3, 1))).toEqual(
      Array.from(logCountRatios(x, positive, 3, 1)),
    );
  });

  it('shrinks towards 0 as the smoothing grows', () => {
    const small = logCountRatios(x, positive, 3, 0.5);
    const large = logCountRatios(x, positive, 3, 10);
    expect(Math.abs(large[0] ?? 0)).toBeLessThan(Math.abs(small[0] ?? 0));
    expect(small[0]).toBeCloseTo(Math.log(2.5 / 4.5 / (0.5 / 4.5)), 12);
  });
});

describe('scaleColumns', () => {
  it('multiplies each value by its column scale and keeps the structure', () => {
    const s = scaleColumns(x, Float64Array.from([2, 3, 4, 1]));
    expect(Array.from(s.vals)).toEqual([1, 2, 0.5, 3, 2, 3, 2, 2, 8, 2]);
    expect(s.cols).toBe(x.cols);
    expect(s.rowPtr).toBe(x.rowPtr);
  });
});
