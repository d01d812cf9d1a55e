/**
 * 95 % intervals for a correlation: Fisher's z transform (n ≥ 4) and a seeded percentile
 * bootstrap over teams for small samples.
 */
import { invalid } from '../errors/domain-error.ts';
import type { ConfidenceInterval } from '../metrics/figure.ts';
import { Z_95 } from '../metrics/normal.ts';
import { seededUniform } from './prng.ts';

/** Fisher z needs n > 3; below this the bootstrap is used. */
export const FISHER_MIN_N = 4;

/**
 * Fisher z interval: tanh(atanh(r) ± 1.96·c/√(n − 3)), with c = 1 for Pearson and c = √1.06 for
 * Spearman (Fieller, Hartley & Pearson, 1957). |r| = 1 gives the point [r, r]. n may be an
 * effective (Kish) n. Requires n > 3.
 */
export function fisherZInterval(r: number, n: number, spearman = false): ConfidenceInterval {
  if (!(n > 3)) throw invalid('n', `Fisher's z interval needs more than 3 teams, got ${n}.`);
  if (r >= 1 || r <= -1) return { low: r, high: r };
  const z = Math.atanh(r);
  const se = Math.sqrt((spearman ? 1.06 : 1) / (n - 3));
  return { low: Math.tanh(z - Z_95 * se), high: Math.tanh(z + Z_95 * se) };
}

/** The type-7 (linear interpolation) quantile of sorted values. */
export function sortedQuantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? NaN;
  const b = sorted[Math.min(sorted.length - 1, lo + 1)] ?? NaN;
  return a + (h - lo) * (b - a);
}

export interface BootstrapOptions {
  /** Integer seed of the PRNG; same seed, same interval. Default 1. */
  seed?: number | undefined;
  /** Number of resamples. Default 2000. */
  resamples?: number | undefined;
}

/**
 * Percentile bootstrap: draw n indices with replacement `resamples` times from seededUniform(seed),
 * evaluate the statistic (resamples where it is undefined — e.g. no variation — are dropped) and
 * take the 2.5 % and 97.5 % type-7 quantiles. The interval is widened to contain `estimate` (a
 * percentile interval of a skewed statistic can miss it in tiny samples). Null when no resample
 * gives a value.
 */
export function bootstrapPercentileInterval(
  n: number,
  statistic: (indices: readonly number[]) => number | null,
  estimate: number,
  opts: BootstrapOptions = {},
): ConfidenceInterval | null {
  const resamples = opts.resamples ?? 2000;
  if (!Number.isInteger(resamples) || resamples < 100) {
    throw invalid('resamples', `Use at least 100 bootstrap resamples, got ${resamples}.`);
  }
  const rand = seededUniform(opts.seed ?? 1);
  const stats: number[] = [];
  const idx = new Array<number>(n).fill(0);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < n; i++) idx[i] = Math.floor(rand() * n);
    const s = statistic(idx);
    if (s !== null) stats.push(s);
  }
  if (stats.length === 0) return null;
  stats.sort((a, b) => a - b);
  return {
    low: Math.min(estimate, sortedQuantile(stats, 0.025)),
    high: Math.max(estimate, sortedQuantile(stats, 0.975)),
  };
}
