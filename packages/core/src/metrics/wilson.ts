/** The Wilson score interval for a binomial proportion, and a share with its interval. */
import { invalid } from '../errors/domain-error.ts';
import type { ConfidenceInterval } from './figure.ts';
import { Z_95 } from './normal.ts';

/**
 * Wilson score interval for k successes in n trials, as proportions in [0, 1]:
 * centre = (p̂ + z²/2n) / (1 + z²/n), half-width = z/(1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²),
 * with p̂ = k/n and z = 1.96 for 95 %. It stays inside [0, 1] and always contains p̂.
 */
export function wilsonInterval(k: number, n: number, z: number = Z_95): ConfidenceInterval {
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(k) || k < 0 || k > n) {
    throw invalid('n', `Wilson interval needs integers 0 ≤ k ≤ n, n ≥ 1; got k=${k}, n=${n}.`);
  }
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Exact ends at k = 0 and k = n; elsewhere guard against rounding just past p̂ or [0, 1].
  const low = k === 0 ? 0 : Math.min(p, Math.max(0, centre - half));
  const high = k === n ? 1 : Math.max(p, Math.min(1, centre + half));
  return { low, high };
}

/** A count out of n as a percentage share with its 95 % Wilson interval (in %). */
export interface ShareEstimate {
  count: number;
  /** 100·count/n; 0 when n = 0. */
  share: number;
  /** Wilson 95 % interval in %, null when n = 0. */
  interval: ConfidenceInterval | null;
}

/** Builds a ShareEstimate for `count` of `n`. */
export function shareEstimate(count: number, n: number): ShareEstimate {
  if (n === 0) return { count, share: 0, interval: null };
  const w = wilsonInterval(count, n);
  return { count, share: (100 * count) / n, interval: { low: 100 * w.low, high: 100 * w.high } };
}
