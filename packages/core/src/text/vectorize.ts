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
  /** Scale of each group after normalization: [words, characters, cues]. */
  groupWeights: readonly number[];
}

export interface SparseVector {
  cols: Int32Array;
  vals: Float32Array;
}

let counts = new Float64Array(0);
let groupOf = new Uint8Array(0);

/** Maps the features of one text to the model's columns; unknown buckets are dropped. */
export function vectorize(f: TextFeatures, space: FeatureSpace): SparseVector {
  if (counts.length < space.idf.length) {
    counts = new Float64Array(space.idf.length);
    groupOf = new Uint8Array(space.idf.length);
  }
  const touched: number[] = [];
  for (let i = 0; i < f.buckets.length; i++) {
    const col = space.columnOf[f.buckets[i] ?? 0] ?? -1;
    if (col < 0) continue;
    if (counts[col] === 0) {
      touched.push(col);
      groupOf[col] = f.groups[i] ?? 0;
    }
    counts[col] = (counts[col] ?? 0) + 1;
  }
  touched.sort((a, b) => a - b);
  const vals = new Float32Array(touched.length);
  const norms = space.groupWeights.map(() => 0);
  const raw = new Float64Array(touched.length);
  for (let k = 0; k < touched.length; k++) {
    const col = touched[k] ?? 0;
    const v = (1 + Math.log(counts[col] ?? 1)) * (space.idf[col] ?? 1);
    raw[k] = v;
    const g = groupOf[col] ?? 0;
    norms[g] = (norms[g] ?? 0) + v * v;
    counts[col] = 0;
  }
  const scale = norms.map((n, g) => (n > 0 ? (space.groupWeights[g] ?? 1) / Math.sqrt(n) : 0));
  for (let k = 0; k < touched.length; k++) {
    vals[k] = (raw[k] ?? 0) * (scale[groupOf[touched[k] ?? 0] ?? 0] ?? 0);
  }
  return { cols: Int32Array.from(touched), vals };
}
