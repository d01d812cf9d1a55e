/** Raw scores (logits) and calibrated probabilities of both layers for one vector. */
import { BASE } from '../heads.ts';
import type { SparseVector } from '../vectorize.ts';
import type { EmotionModel, Layer } from './decode.ts';

export interface Scores {
  /** Base layer logits, BASE.count of them. */
  base: Float64Array;
  /** Customer layer logits, CUSTOMER.count of them. */
  customer: Float64Array;
}

export function scoreVector(m: EmotionModel, x: SparseVector): Scores {
  const B = m.base.heads;
  const C = m.customer.heads;
  const base = new Float64Array(B);
  const customer = new Float64Array(C);
  const bw = m.base.weights;
  const cw = m.customer.weights;
  for (let k = 0; k < x.cols.length; k++) {
    const col = x.cols[k] ?? 0;
    const v = x.vals[k] ?? 0;
    const bo = col * B;
    for (let h = 0; h < B; h++) base[h] = (base[h] ?? 0) + v * (bw[bo + h] ?? 0);
    const row = m.customer.rowOf[col] ?? -1;
    if (row < 0) continue;
    const co = row * C;
    for (let h = 0; h < C; h++) customer[h] = (customer[h] ?? 0) + v * (cw[co + h] ?? 0);
  }
  for (let h = 0; h < B; h++)
    base[h] = (base[h] ?? 0) * (m.base.scales[h] ?? 0) + (m.base.bias[h] ?? 0);
  for (let h = 0; h < C; h++)
    customer[h] = (customer[h] ?? 0) * (m.customer.scales[h] ?? 0) + (m.customer.bias[h] ?? 0);
  const ds = m.customer.denseScale;
  for (let j = 0; j < BASE.emotionCount; j++) {
    const zj = (base[j] ?? 0) * ds;
    for (let h = 0; h < C; h++)
      customer[h] = (customer[h] ?? 0) + zj * (m.customer.dense[j * C + h] ?? 0);
  }
  return { base, customer };
}

/** σ(t), computed without overflow on either side. */
export function logistic(t: number): number {
  return t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
}

/** Platt-calibrated probability of head h of a layer for the logit z (instead of its own). */
export function calibratedLogit(layer: Layer, h: number, z: number): number {
  return logistic((layer.platt[2 * h] ?? 1) * z + (layer.platt[2 * h + 1] ?? 0));
}

/** Platt-calibrated probability of head h of a layer, plus `extra` on the calibrated logit. */
export function calibrated(layer: Layer, z: Float64Array, h: number, extra = 0): number {
  const a = layer.platt[2 * h] ?? 1;
  const b = layer.platt[2 * h + 1] ?? 0;
  return logistic(a * (z[h] ?? 0) + b + extra);
}
