/** A small deterministic PRNG (mulberry32) so that bootstrap intervals are reproducible from a seed. */
import { invalid } from '../errors/domain-error.ts';

/** Uniform numbers in [0, 1) from a 32-bit integer seed; the same seed gives the same sequence. */
export function seededUniform(seed: number): () => number {
  if (!Number.isInteger(seed)) throw invalid('seed', `The seed must be an integer, got ${seed}.`);
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
