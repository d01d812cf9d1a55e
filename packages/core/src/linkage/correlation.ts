/**
 * Correlation coefficients over teams: Pearson, Spearman (Pearson of average ranks, so ties get
 * the mean of the ranks they span) and weighted Pearson (team sizes as weights). Each returns
 * null when undefined: fewer than 3 pairs, or no variation in x or y.
 */
import { invalid } from '../errors/domain-error.ts';

/** Fewer pairs than this and no correlation is reported (two points always give ±1). */
export const MIN_CORRELATION_PAIRS = 3;

function check(xs: readonly number[], ys: readonly number[], ws?: readonly number[]): void {
  if (xs.length !== ys.length || (ws && ws.length !== xs.length)) {
    throw invalid('points', 'x, y (and weights) need the same length.');
  }
  for (const v of [...xs, ...ys])
    if (!Number.isFinite(v)) throw invalid('points', `Values must be finite, got ${v}.`);
  for (const w of ws ?? [])
    if (!(w > 0) || !Number.isFinite(w))
      throw invalid('weight', `Weights must be finite and > 0, got ${w}.`);
}

/**
 * Weighted Pearson correlation r_w = Σw(x − x̄_w)(y − ȳ_w) / √(Σw(x − x̄_w)² · Σw(y − ȳ_w)²),
 * x̄_w = Σwx/Σw; with equal weights it is the ordinary Pearson r. Computed in two passes.
 */
export function weightedPearsonR(
  xs: readonly number[],
  ys: readonly number[],
  ws: readonly number[],
): number | null {
  check(xs, ys, ws);
  if (xs.length < MIN_CORRELATION_PAIRS) return null;
  let sw = 0;
  let sx = 0;
  let sy = 0;
  xs.forEach((x, i) => {
    const w = ws[i] ?? 0;
    sw += w;
    sx += w * x;
    sy += w * (ys[i] ?? 0);
  });
  const mx = sx / sw;
  const my = sy / sw;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  xs.forEach((x, i) => {
    const w = ws[i] ?? 0;
    const dx = x - mx;
    const dy = (ys[i] ?? 0) - my;
    sxx += w * dx * dx;
    syy += w * dy * dy;
    sxy += w * dx * dy;
  });
  if (sxx === 0 || syy === 0) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** Pearson r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² · Σ(y − ȳ)²). */
export function pearsonR(xs: readonly number[], ys: readonly number[]): number | null {
  return weightedPearsonR(
    xs,
    ys,
    xs.map(() => 1),
  );
}

/**
 * Ranks 1…n in ascending order; tied values share the average of the ranks they occupy
 * (e.g. [10, 20, 20, 30] → [1, 2.5, 2.5, 4]).
 */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const ranks = new Array<number>(values.length).fill(0);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.v === order[start]?.v) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k]?.i ?? 0] = rank;
    start = end + 1;
  }
  return ranks;
}

/** Spearman ρ: Pearson r of the average ranks of x and of y. */
export function spearmanRho(xs: readonly number[], ys: readonly number[]): number | null {
  check(xs, ys);
  return pearsonR(averageRanks(xs), averageRanks(ys));
}

/** Kish's effective number of units (Σw)²/Σw²: n for equal weights, less when weights differ. */
export function effectiveN(ws: readonly number[]): number {
  let s = 0;
  let s2 = 0;
  for (const w of ws) {
    s += w;
    s2 += w * w;
  }
  return s2 === 0 ? 0 : (s * s) / s2;
}
