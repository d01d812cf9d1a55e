/** A seeded generator (mulberry32): the same seed gives the same data on every machine. */
export interface Rng {
  next(): number;
  int(lo: number, hiInclusive: number): number;
  pick<T>(xs: readonly T[]): T;
  /** Index drawn by the given weights. */
  weighted(weights: readonly number[]): number;
}

export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)] as (typeof xs)[number],
    weighted(weights) {
      const total = weights.reduce((s, w) => s + w, 0);
      let x = next() * total;
      for (let i = 0; i < weights.length; i++) {
        x -= weights[i] as number;
        if (x < 0) return i;
      }
      return weights.length - 1;
    },
  };
}
