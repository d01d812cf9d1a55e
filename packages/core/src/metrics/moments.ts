/**
 * Sufficient statistics of a mean: n, Σx and Σx². The store can compute them in SQL for any
 * number of answers (and for non-integer values such as per-respondent engagement means).
 */
import { invalid } from '../errors/domain-error.ts';
import type { ScoreHistogram } from './histogram.ts';

export interface Moments {
  n: number;
  sum: number;
  sumSquares: number;
}

/** Moments of a histogram: n = Σc, Σx = Σ c·score, Σx² = Σ c·score². */
export function momentsFromHistogram(h: ScoreHistogram): Moments {
  let n = 0;
  let sum = 0;
  let sumSquares = 0;
  h.counts.forEach((c, i) => {
    const x = h.scaleMin + i;
    n += c;
    sum += c * x;
    sumSquares += c * x * x;
  });
  return { n, sum, sumSquares };
}

/** Moments of plain finite numbers. */
export function momentsFromValues(values: readonly number[]): Moments {
  let sum = 0;
  let sumSquares = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) throw invalid('value', `Values must be finite numbers, got ${v}.`);
    sum += v;
    sumSquares += v * v;
  }
  return { n: values.length, sum, sumSquares };
}

/** Checks that moments are plausible (n an integer ≥ 0, Σx² ≥ 0). */
export function assertMoments(m: Moments): void {
  if (!Number.isInteger(m.n) || m.n < 0)
    throw invalid('n', `n must be an integer ≥ 0, got ${m.n}.`);
  if (!Number.isFinite(m.sum) || !Number.isFinite(m.sumSquares) || m.sumSquares < 0) {
    throw invalid('moments', 'Σx and Σx² must be finite and Σx² ≥ 0.');
  }
}

/** Mean Σx / n (NaN for n = 0). */
export function momentsMean(m: Moments): number {
  return m.sum / m.n;
}

/**
 * Sample standard deviation s = √((Σx² − (Σx)²/n) / (n − 1)); 0 when n < 2. Rounding noise that
 * would make the variance negative is clamped to 0.
 */
export function momentsSd(m: Moments): number {
  if (m.n < 2) return 0;
  const ss = m.sumSquares - (m.sum * m.sum) / m.n;
  return Math.sqrt(Math.max(0, ss) / (m.n - 1));
}
