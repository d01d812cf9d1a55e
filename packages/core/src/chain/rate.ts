/**
 * A count per exposure — praise received per 100 interactions — with its 95 % interval: Byar's
 * approximation to the exact Poisson interval of the count k,
 *   low  = k·(1 − 1/(9k) − z/(3√k))³            (0 when k = 0),
 *   high = (k + 1)·(1 − 1/(9(k + 1)) + z/(3√(k + 1)))³,
 * scaled by per/exposure. It is within 1 % of the exact (chi-square) interval.
 */
import { invalid } from '../errors/domain-error.ts';
import type { ConfidenceInterval } from '../metrics/figure.ts';
import { Z_95 } from '../metrics/normal.ts';

/** Byar's 95 % interval of a Poisson count k. */
export function poissonCountInterval(k: number, z: number = Z_95): ConfidenceInterval {
  if (!Number.isInteger(k) || k < 0) throw invalid('count', `A count is an integer ≥ 0, got ${k}.`);
  const low = k === 0 ? 0 : k * (1 - 1 / (9 * k) - z / (3 * Math.sqrt(k))) ** 3;
  const k1 = k + 1;
  const high = k1 * (1 - 1 / (9 * k1) + z / (3 * Math.sqrt(k1))) ** 3;
  return { low: Math.max(0, Math.min(k, low)), high: Math.max(k, high) };
}

export interface RateEstimate {
  count: number;
  exposure: number;
  /** count per `per` units of exposure; null when exposure is 0. */
  rate: number | null;
  interval: ConfidenceInterval | null;
}

/** k events over `exposure` units, as a rate per `per` units (default 100) with its interval. */
export function rateEstimate(count: number, exposure: number, per = 100): RateEstimate {
  if (!Number.isInteger(exposure) || exposure < 0)
    throw invalid('exposure', `Exposure is an integer ≥ 0, got ${exposure}.`);
  const ci = poissonCountInterval(count);
  if (exposure === 0) return { count, exposure, rate: null, interval: null };
  const f = per / exposure;
  return { count, exposure, rate: count * f, interval: { low: ci.low * f, high: ci.high * f } };
}
