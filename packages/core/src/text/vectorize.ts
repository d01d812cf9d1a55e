/**
 * Hashed features → a sparse vector over the model's columns: counts become 1 + log(count),
 * are weighted by inverse document frequency, and each group is scaled to unit length and then
 * by its group weight.
 */
import type { TextFeatures } from './features.ts';

export interface FeatureSpace {
  /** Bucket → column, or -1 for a bucket the model does not use. */
  columnOf: Int32Array;
  /** Inverse document frequency per column. */
  idf: Float32Array;
  /** Scale of each group after normalization: [words, characters, cues, customer-only cues]. */
  groupWeights: readonly number[];
}

export interface SparseVector {
  cols: Int32Array;
  vals: Float32Array;
}

/** Column × 2^20 + position: sorting these orders by column, then by first occurrence. */
const POSITION = 2 ** 20;
let keys = new Float64Array(256);

/** Maps the features of one text to the model's columns; unknown buckets are dropped. */
export function vectorize(f: TextFeatures, space: FeatureSpace): SparseVector {
  const { buckets, groups } = f;
  if (keys.length < buckets.length) keys = new Float64Array(buckets.length * 2);
  // Sorting the few (column, position) keys of one text beats counting in model-sized tables:
  // those are megabytes of random reads, and this is the hot path of text analysis.
  let n = 0;
  for (let i = 0; i < buckets.length && i < POSITION; i++) {
    const col = space.columnOf[buckets[i] ?? 0] ?? -1;
    if (col >= 0) keys[n++] = col * POSITION + i;
  }
  const sorted = keys.subarray(0, n).sort();
  const cols: number[] = [];
  const raw: number[] = [];
  const group: number[] = [];
  const norms = space.groupWeights.map(() => 0);
  for (let k = 0; k < n;) {
    const key = sorted[k] ?? 0;
    const col = Math.floor(key / POSITION);
    let end = k + 1;
    while (end < n && Math.floor((sorted[end] ?? 0) / POSITION) === col) end++;
    // A column's group is that of its first occurrence (a hash collision across groups is rare).
    const g = groups[key - col * POSITION] ?? 0;
    const v = (1 + Math.log(end - k)) * (space.idf[col] ?? 1);
    cols.push(col);
    raw.push(v);
    group.push(g);
    norms[g] = (norms[g] ?? 0) + v * v;
    k = end;
  }
  const scale = norms.map((s, g) => (s > 0 ? (space.groupWeights[g] ?? 1) / Math.sqrt(s) : 0));
  const vals = new Float32Array(cols.length);
  for (let k = 0; k < cols.length; k++) vals[k] = (raw[k] ?? 0) * (scale[group[k] ?? 0] ?? 0);
  return { cols: Int32Array.from(cols), vals };
}
