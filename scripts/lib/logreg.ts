/**
 * Multi-head L2-regularized logistic regression, solved to its optimum by L-BFGS: the result
 * depends on the data and λ only, not on an order of rows. Targets of -1 are skipped.
 */
import type { Csr } from './dataset.ts';
import { minimize } from './lbfgs.ts';
import type { LinearHeads, SgdProblem } from './sgd.ts';

export interface LogRegSettings {
  /** L2 strength, per head (biases are not penalized). */
  l2: number;
  maxIterations: number;
  tolerance: number;
  log?: (iteration: number, value: number) => void;
}

function logistic(z: number, y: number): { loss: number; dz: number } {
  // numerically stable log(1 + e^-z) for y=1, log(1 + e^z) for y=0
  const s = y === 1 ? -z : z;
  const loss = s > 0 ? s + Math.log1p(Math.exp(-s)) : Math.log1p(Math.exp(s));
  const p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  return { loss, dz: p - y };
}

export function trainLogReg(p: SgdProblem, s: LogRegSettings): LinearHeads {
  const H = p.heads;
  const x: Csr = p.x;
  const nW = x.nCols * H;
  const z = new Float64Array(x.nRows * H);
  const objective = (theta: Float64Array, grad: Float64Array): number => {
    grad.fill(0);
    z.fill(0);
    for (let r = 0; r < x.nRows; r++) {
      const zr = r * H;
      for (let h = 0; h < H; h++) z[zr + h] = theta[nW + h] ?? 0;
      for (let k = x.rowPtr[r] ?? 0; k < (x.rowPtr[r + 1] ?? 0); k++) {
        const base = (x.cols[k] ?? 0) * H;
        const v = x.vals[k] ?? 0;
        for (let h = 0; h < H; h++) z[zr + h] = (z[zr + h] ?? 0) + v * (theta[base + h] ?? 0);
      }
    }
    let loss = 0;
    for (let r = 0; r < x.nRows; r++) {
      const rw = p.rowWeight[r] ?? 1;
      for (let h = 0; h < H; h++) {
        const y = p.y[r * H + h] ?? -1;
        if (y < 0) {
          z[r * H + h] = 0;
          continue;
        }
        const w = rw * (y === 1 ? (p.positiveWeight[h] ?? 1) : 1);
        const l = logistic(z[r * H + h] ?? 0, y);
        loss += w * l.loss;
        z[r * H + h] = w * l.dz;
        grad[nW + h] = (grad[nW + h] ?? 0) + w * l.dz;
      }
    }
    for (let r = 0; r < x.nRows; r++) {
      const zr = r * H;
      for (let k = x.rowPtr[r] ?? 0; k < (x.rowPtr[r + 1] ?? 0); k++) {
        const base = (x.cols[k] ?? 0) * H;
        const v = x.vals[k] ?? 0;
        for (let h = 0; h < H; h++) grad[base + h] = (grad[base + h] ?? 0) + v * (z[zr + h] ?? 0);
      }
    }
    for (let i = 0; i < nW; i++) {
      const t = theta[i] ?? 0;
      loss += 0.5 * s.l2 * t * t;
      grad[i] = (grad[i] ?? 0) + s.l2 * t;
    }
    return loss;
  };
  const theta = minimize(objective, new Float64Array(nW + H), {
    maxIterations: s.maxIterations,
    memory: 10,
    tolerance: s.tolerance,
    log: s.log,
  });
  return { w: theta.subarray(0, nW), bias: theta.subarray(nW), heads: H };
}
