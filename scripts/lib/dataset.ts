/** Featurized corpora for training: the column index, idf, and rows in CSR form. */
import {
  extractFeatures,
  type FeatureConfig,
  type TextFeatures,
} from '../../packages/core/src/text/features.ts';
import { vectorize, type FeatureSpace } from '../../packages/core/src/text/vectorize.ts';

export interface Csr {
  rowPtr: Int32Array;
  cols: Int32Array;
  vals: Float32Array;
  nRows: number;
  nCols: number;
}

export function featurize(texts: readonly string[], cfg: FeatureConfig): TextFeatures[] {
  return texts.map((t) => extractFeatures(t, cfg));
}

export interface ColumnIndex {
  /** Sorted bucket ids that became columns. */
  buckets: Uint32Array;
  /** Document frequency of each column in the indexed texts. */
  df: Uint32Array;
  nDocs: number;
}

/** Keeps the buckets that occur in at least `minDf` of the texts. */
export function buildIndex(docs: readonly TextFeatures[], minDf: number): ColumnIndex {
  const df = new Map<number, number>();
  for (const d of docs) {
    for (const b of new Set(d.buckets)) df.set(b, (df.get(b) ?? 0) + 1);
  }
  const kept = [...df.entries()].filter(([, n]) => n >= minDf).sort((a, b) => a[0] - b[0]);
  return {
    buckets: Uint32Array.from(kept.map(([b]) => b)),
    df: Uint32Array.from(kept.map(([, n]) => n)),
    nDocs: docs.length,
  };
}

export function idfOf(index: ColumnIndex): Float32Array {
  return Float32Array.from(index.df, (n) => Math.log((1 + index.nDocs) / (1 + n)) + 1);
}

export function columnMap(buckets: Uint32Array, bits: number): Int32Array {
  const columnOf = new Int32Array(1 << bits).fill(-1);
  buckets.forEach((b, i) => (columnOf[b] = i));
  return columnOf;
}

export function toCsr(docs: readonly TextFeatures[], space: FeatureSpace): Csr {
  const rows = docs.map((d) => vectorize(d, space));
  const rowPtr = new Int32Array(rows.length + 1);
  rows.forEach((r, i) => (rowPtr[i + 1] = (rowPtr[i] ?? 0) + r.cols.length));
  const nnz = rowPtr[rows.length] ?? 0;
  const cols = new Int32Array(nnz);
  const vals = new Float32Array(nnz);
  rows.forEach((r, i) => {
    cols.set(r.cols, rowPtr[i]);
    vals.set(r.vals, rowPtr[i]);
  });
  return { rowPtr, cols, vals, nRows: rows.length, nCols: space.idf.length };
}

/** Stacks CSR blocks that share columns. */
export function stackCsr(blocks: readonly Csr[]): Csr {
  const nRows = blocks.reduce((s, b) => s + b.nRows, 0);
  const nnz = blocks.reduce((s, b) => s + b.cols.length, 0);
  const rowPtr = new Int32Array(nRows + 1);
  const cols = new Int32Array(nnz);
  const vals = new Float32Array(nnz);
  let r = 0;
  let off = 0;
  for (const b of blocks) {
    for (let i = 0; i < b.nRows; i++) rowPtr[r + i + 1] = off + (b.rowPtr[i + 1] ?? 0);
    cols.set(b.cols, off);
    vals.set(b.vals, off);
    r += b.nRows;
    off += b.cols.length;
  }
  return { rowPtr, cols, vals, nRows, nCols: blocks[0]?.nCols ?? 0 };
}

/** The rows of a CSR matrix at the given indices, in that order. */
export function selectRows(m: Csr, rows: readonly number[]): Csr {
  const rowPtr = new Int32Array(rows.length + 1);
  rows.forEach(
    (r, i) => (rowPtr[i + 1] = (rowPtr[i] ?? 0) + ((m.rowPtr[r + 1] ?? 0) - (m.rowPtr[r] ?? 0))),
  );
  const nnz = rowPtr[rows.length] ?? 0;
  const cols = new Int32Array(nnz);
  const vals = new Float32Array(nnz);
  rows.forEach((r, i) => {
    const a = m.rowPtr[r] ?? 0;
    const b = m.rowPtr[r + 1] ?? 0;
    cols.set(m.cols.subarray(a, b), rowPtr[i]);
    vals.set(m.vals.subarray(a, b), rowPtr[i]);
  });
  return { rowPtr, cols, vals, nRows: rows.length, nCols: m.nCols };
}

/** The columns of the features in `group` (a bucket shared with another group counts too). */
export function columnsOfGroup(
  docs: readonly TextFeatures[],
  group: number,
  columnOf: Int32Array,
): Set<number> {
  const out = new Set<number>();
  for (const d of docs) {
    d.groups.forEach((g, i) => {
      const col = g === group ? (columnOf[d.buckets[i] ?? 0] ?? -1) : -1;
      if (col >= 0) out.add(col);
    });
  }
  return out;
}

/** `m` with the values of the `drop` columns removed (the columns stay, empty). */
export function withoutColumns(m: Csr, drop: ReadonlySet<number>): Csr {
  if (drop.size === 0) return m;
  const rowPtr = new Int32Array(m.nRows + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  for (let r = 0; r < m.nRows; r++) {
    for (let k = m.rowPtr[r] ?? 0; k < (m.rowPtr[r + 1] ?? 0); k++) {
      const c = m.cols[k] ?? 0;
      if (drop.has(c)) continue;
      cols.push(c);
      vals.push(m.vals[k] ?? 0);
    }
    rowPtr[r + 1] = cols.length;
  }
  return {
    rowPtr,
    cols: Int32Array.from(cols),
    vals: Float32Array.from(vals),
    nRows: m.nRows,
    nCols: m.nCols,
  };
}
