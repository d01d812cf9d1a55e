/**
 * One-vs-rest logistic regression for many heads at once, by AdaGrad over a seeded shuffle of
 * the rows (deterministic: same data and settings, same bits). A label of -1 means "unknown
 * for this row": that head skips the row. L2 is applied to the weights a row touches.
 */
import type { Csr } from './dataset.ts';
import { rng, shuffle } from './rng.ts';

export interface SgdSettings {
  epochs: number;
  learningRate: number;
  l2: number;
  /** L2 of each head when they differ (else `l2` for all). */
  headL2?: readonly number[];
  seed: number;
}

export interface SgdProblem {
  x: Csr;
  /** nRows × heads, row-major: 1, 0 or -1 (unknown). */
  y: Int8Array;
  heads: number;
  /** Weight of each row in the loss. */
  rowWeight: Float32Array;
  /** Extra weight of a positive label, per head (1 = none). */
  positiveWeight: Float32Array;
}

export interface LinearHeads {
  /** nCols × heads, row-major by column. */
  w: Float64Array;
  bias: Float64Array;
  heads: number;
}

const EPS = 1e-8;

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function trainSgd(p: SgdProblem, s: SgdSettings): LinearHeads {
  const H = p.heads;
  const { rowPtr, cols, vals, nRows, nCols } = p.x;
  // weight and AdaGrad accumulator of a (column, head) side by side: one cache stream per column
  const wg = new Float64Array(nCols * H * 2);
  const bias = new Float64Array(H);
  const b2 = new Float64Array(H);
  const z = new Float64Array(H);
  const grad = new Float64Array(H);
  const order = Array.from({ length: nRows }, (_, i) => i);
  const next = rng(s.seed);
  const lr = s.learningRate;
  const l2 = Float64Array.from({ length: H }, (_, h) => s.headL2?.[h] ?? s.l2);
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    shuffle(order, next);
    for (const r of order) {
      const a = rowPtr[r] ?? 0;
      const e = rowPtr[r + 1] ?? 0;
      z.set(bias);
      for (let k = a; k < e; k++) {
        const base = (cols[k] ?? 0) * H * 2;
        const v = vals[k] ?? 0;
        for (let h = 0; h < H; h++) z[h] = (z[h] ?? 0) + v * (wg[base + 2 * h] ?? 0);
      }
      const rw = p.rowWeight[r] ?? 1;
      let any = false;
      for (let h = 0; h < H; h++) {
        const y = p.y[r * H + h] ?? -1;
        if (y < 0) {
          grad[h] = 0;
          continue;
        }
        const g = (sigmoid(z[h] ?? 0) - y) * rw * (y === 1 ? (p.positiveWeight[h] ?? 1) : 1);
        grad[h] = g;
        any = true;
        b2[h] = (b2[h] ?? 0) + g * g;
        bias[h] = (bias[h] ?? 0) - (lr * g) / (Math.sqrt(b2[h] ?? 0) + EPS);
      }
      if (!any) continue;
      for (let k = a; k < e; k++) {
        const base = (cols[k] ?? 0) * H * 2;
        const v = vals[k] ?? 0;
        for (let h = 0; h < H; h++) {
          const gh = grad[h] ?? 0;
          if (gh === 0) continue;
          const i = base + 2 * h;
          const wi = wg[i] ?? 0;
          const gi = gh * v + (l2[h] ?? 0) * wi;
          const acc = (wg[i + 1] ?? 0) + gi * gi;
          wg[i + 1] = acc;
          wg[i] = wi - (lr * gi) / (Math.sqrt(acc) + EPS);
        }
      }
    }
  }
  const w = new Float64Array(nCols * H);
  for (let i = 0; i < w.length; i++) w[i] = wg[2 * i] ?? 0;
  return { w, bias, heads: H };
}

/** Raw scores (logits) of every head for every row: nRows × heads. */
export function scoreRows(m: LinearHeads, x: Csr): Float64Array {
  const H = m.heads;
  const out = new Float64Array(x.nRows * H);
  for (let r = 0; r < x.nRows; r++) {
    for (let h = 0; h < H; h++) out[r * H + h] = m.bias[h] ?? 0;
    for (let k = x.rowPtr[r] ?? 0; k < (x.rowPtr[r + 1] ?? 0); k++) {
      const base = (x.cols[k] ?? 0) * H;
      const v = x.vals[k] ?? 0;
      for (let h = 0; h < H; h++) out[r * H + h] = (out[r * H + h] ?? 0) + v * (m.w[base + h] ?? 0);
    }
  }
  return out;
}
