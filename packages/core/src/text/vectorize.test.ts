import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextFeatures } from './features.ts';
import { vectorize, type FeatureSpace } from './vectorize.ts';

/** A space of 8 buckets: buckets 1, 3, 4, 6 are columns 0–3; the rest are unknown. */
const space: FeatureSpace = {
  columnOf: Int32Array.from([-1, 0, -1, 1, 2, -1, 3, -1]),
  idf: Float32Array.from([1, 2, 0.5, 3]),
  groupWeights: [1, 2, 1],
};

const features = (buckets: number[], groups: number[]): TextFeatures => ({
  tokens: [],
  cues: [],
  buckets,
  groups,
});

/** The definition, written plainly: counts in a Map, first group wins, unit length per group. */
function reference(f: TextFeatures, s: FeatureSpace): { cols: number[]; vals: number[] } {
  const seen = new Map<number, { n: number; g: number }>();
  f.buckets.forEach((b, i) => {
    const col = s.columnOf[b] ?? -1;
    if (col < 0) return;
    const e = seen.get(col);
    if (e) e.n++;
    else seen.set(col, { n: 1, g: f.groups[i] ?? 0 });
  });
  const cols = [...seen.keys()].sort((a, b) => a - b);
  const raw = cols.map((c) => (1 + Math.log(seen.get(c)?.n ?? 1)) * (s.idf[c] ?? 1));
  const norm = s.groupWeights.map((_, g) =>
    Math.sqrt(raw.reduce((acc, v, k) => acc + (seen.get(cols[k] ?? 0)?.g === g ? v * v : 0), 0)),
  );
  const vals = cols.map((c, k) => {
    const g = seen.get(c)?.g ?? 0;
    return ((raw[k] ?? 0) * (s.groupWeights[g] ?? 1)) / (norm[g] || 1);
  });
  return { cols, vals };
}

describe('vectorize', () => {
  it('counts, weights and normalizes by group (hand-computed)', () => {
    // bucket 4 (column 2) twice as a word, bucket 1 (column 0) once as a word, bucket 6
    // (column 3) as a character n-gram; buckets 0 and 5 are unknown and dropped.
    const v = vectorize(features([4, 0, 1, 4, 6, 5], [0, 0, 0, 0, 1, 1]), space);
    expect(Array.from(v.cols)).toEqual([0, 2, 3]);
    const a = 1 * 1; // column 0: (1 + log 1) × idf 1
    const b = (1 + Math.log(2)) * 0.5; // column 2: seen twice
    const words = Math.hypot(a, b);
    expect(v.vals[0]).toBeCloseTo(a / words, 6);
    expect(v.vals[1]).toBeCloseTo(b / words, 6);
    expect(v.vals[2]).toBeCloseTo(2, 6); // alone in its group, scaled by its weight 2
  });

  it('gives a column the group of its first occurrence', () => {
    const v = vectorize(features([3, 3], [1, 0]), space);
    expect(Array.from(v.cols)).toEqual([1]);
    expect(v.vals[0]).toBeCloseTo(2, 6); // the character group's weight
  });

  it('returns an empty vector when no bucket is a column', () => {
    const v = vectorize(features([0, 2, 5, 7], [0, 1, 2, 0]), space);
    expect(v.cols.length).toBe(0);
    expect(v.vals.length).toBe(0);
  });

  it('agrees with the plain definition on any features', () => {
    const feature = fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 2 }));
    fc.assert(
      fc.property(fc.array(feature, { maxLength: 300 }), (pairs) => {
        const f = features(
          pairs.map(([b]) => b),
          pairs.map(([, g]) => g),
        );
        const v = vectorize(f, space);
        const r = reference(f, space);
        expect(Array.from(v.cols)).toEqual(r.cols);
        r.vals.forEach((x, k) => expect(v.vals[k]).toBeCloseTo(x, 5));
      }),
    );
  });
});
