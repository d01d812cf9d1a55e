/** 32-bit FNV-1a and a mixer: the feature hashing of the emotion model (stable forever). */

export function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** Combines two hashes into one (order matters), with MurmurHash3's finalizer. */
export function mix(a: number, b: number): number {
  let h = (a ^ Math.imul(b, 0x9e3779b1) ^ (a >>> 7)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Namespaces keep a word, its negated form and a cue apart in the hash space. */
export const SEED = {
  word: 0x811c9dc5,
  negated: 0x01000193,
  intensified: 0x2545f491,
  char: 0x9e3779b9,
  meta: 0x7feb352d,
  cue: 0x846ca68b,
  bos: 0x68e31da4,
} as const;
