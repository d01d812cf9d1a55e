/**
 * Naive-Bayes feature scaling (Wang & Manning, "Baselines and Bigrams", ACL 2012, their NBSVM):
 * each text column is multiplied by its log-count ratio for one head,
 * r = log((p_c / Σp) / (q_c / Σq)), with p_c = α + the number of positive rows that have the
 * column and q_c the same over negative rows. A logistic regression on the scaled columns starts
 * from the naive-Bayes evidence of each word, which helps most when the rows are few (cx/ has
 * 956). The scale folds into the weights (w_c · r_c), so the artefact and the inference code do
 * not change. Columns at or after `textColumns` (the base layer's logits) keep scale 1.
 */
import type { Csr } from './dataset.ts';

export function logCountRatios(
  x: Csr,
  positive: (row: number) => boolean,
  textColumns: number,
  alpha: number,
): Float64Array {
  const p = new Float64Array(textColumns).fill(alpha);
  const q = new Float64Array(textColumns).fill(alpha);
  for (let r = 0; r < x.nRows; r++) {
    const counts = positive(r) ? p : q;
    for (let k = x.rowPtr[r] ?? 0; k < (x.rowPtr[r + 1] ?? 0); k++) {
      const c = x.cols[k] ?? 0;
      if (c < textColumns && (x.vals[k] ?? 0) !== 0) counts[c] = (counts[c] ?? 0) + 1;
    }
  }
  let sp = 0;
  let sq = 0;
  for (let c = 0; c < textColumns; c++) {
    sp += p[c] ?? 0;
    sq += q[c] ?? 0;
  }
  const ratios = new Float64Array(x.nCols).fill(1);
  for (let c = 0; c < textColumns; c++) ratios[c] = Math.log((p[c] ?? 0) / sp / ((q[c] ?? 0) / sq));
  return ratios;
}

/** x with every value multiplied by its column's scale. */
export function scaleColumns(x: Csr, scale: Float64Array): Csr {
  return { ...x, vals: Float32Array.from(x.vals, (v, k) => v * (scale[x.cols[k] ?? 0] ?? 1)) };
}
