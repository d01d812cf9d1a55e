/**
 * Student's t distribution with ν > 0 degrees of freedom (ν need not be an integer, as Welch's
 * test needs): density, CDF via the regularized incomplete beta function, and the quantile by
 * safeguarded Newton iteration from a Cornish–Fisher start.
 */
import { invalid } from '../errors/domain-error.ts';
import { normalQuantile } from './normal.ts';
import { logGamma, regularizedBeta } from './special-functions.ts';

function checkDf(df: number): void {
  if (!(df > 0) || !Number.isFinite(df))
    throw invalid('df', `Degrees of freedom must be > 0, got ${df}.`);
}

/** Density f(t) = Γ((ν+1)/2) / (√(νπ)·Γ(ν/2)) · (1 + t²/ν)^(−(ν+1)/2). */
export function studentTPdf(t: number, df: number): number {
  checkDf(df);
  const lnC = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(lnC - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/** Upper tail P(T > t) for t ≥ 0: ½·I_{ν/(ν+t²)}(ν/2, ½), evaluated on the accurate side. */
function upperTail(t: number, df: number): number {
  const t2 = t * t;
  const x = df / (df + t2);
  const y = t2 / (df + t2);
  if (x < y) return 0.5 * regularizedBeta(x, df / 2, 0.5);
  return 0.5 * (1 - regularizedBeta(y, 0.5, df / 2));
}

/** CDF P(T ≤ t). */
export function studentTCdf(t: number, df: number): number {
  checkDf(df);
  if (Number.isNaN(t)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  return t >= 0 ? 1 - upperTail(t, df) : upperTail(-t, df);
}

/** Two-sided p-value of a t statistic: 2·P(T > |t|). */
export function twoSidedTP(t: number, df: number): number {
  checkDf(df);
  if (Number.isNaN(t)) return NaN;
  if (!Number.isFinite(t)) return 0;
  return Math.min(1, 2 * upperTail(Math.abs(t), df));
}

/** Hill's Cornish–Fisher expansion of the t quantile around the normal quantile z. */
function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z2 * z + z) / 4;
  const g2 = ((5 * z2 + 16) * z2 * z + 3 * z) / 96;
  const g3 = (((3 * z2 + 19) * z2 + 17) * z2 * z - 15 * z) / 384;
  const g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 * z - 945 * z) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

/** Solves P(T > t) = q for t ≥ 0, 0 < q ≤ ½. */
function upperQuantile(q: number, df: number): number {
  if (df === 1) return Math.tan(Math.PI * (0.5 - q));
  if (df === 2) return (1 - 2 * q) / Math.sqrt(2 * q * (1 - q));
  let lo = 0;
  let hi = Math.max(1, cornishFisher(normalQuantile(1 - q), df));
  while (upperTail(hi, df) > q) {
    lo = hi;
    hi *= 2;
    if (hi > 1e300) return Infinity;
  }
  let t = Math.min(hi, Math.max(lo, cornishFisher(normalQuantile(1 - q), df)));
  for (let i = 0; i < 200; i++) {
    const g = upperTail(t, df) - q; // decreasing in t
    if (g > 0) lo = t;
    else hi = t;
    let next = t + g / studentTPdf(t, df);
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - t) <= 1e-15 * Math.max(1, Math.abs(t))) return next;
    t = next;
  }
  return t;
}

/**
 * The p-quantile t such that P(T ≤ t) = p, for 0 < p < 1 (±∞ at the ends). Exact closed forms for
 * ν = 1 (Cauchy) and ν = 2; otherwise accurate to about 1e-12 relative.
 */
export function studentTQuantile(p: number, df: number): number {
  checkDf(df);
  if (!(p >= 0 && p <= 1)) throw invalid('p', `A probability must lie in [0, 1], got ${p}.`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  return p > 0.5 ? upperQuantile(1 - p, df) : -upperQuantile(p, df);
}
