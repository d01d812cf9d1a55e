/** The least-squares line y = intercept + slope·x drawn through the scatter plot of teams. */
import { invalid } from '../errors/domain-error.ts';

export interface FittedLine {
  slope: number;
  intercept: number;
}

/**
 * (Weighted) ordinary least squares: slope = Σw(x − x̄)(y − ȳ) / Σw(x − x̄)², intercept = ȳ − slope·x̄
 * with weighted means. Null with fewer than 2 points or no variation in x.
 */
export function leastSquaresLine(
  xs: readonly number[],
  ys: readonly number[],
  ws?: readonly number[],
): FittedLine | null {
  if (xs.length !== ys.length || (ws && ws.length !== xs.length)) {
    throw invalid('points', 'x, y (and weights) need the same length.');
  }
  if (xs.length < 2) return null;
  const w = (i: number) => (ws ? (ws[i] ?? 0) : 1);
  let sw = 0;
  let sx = 0;
  let sy = 0;
  xs.forEach((x, i) => {
    sw += w(i);
    sx += w(i) * x;
    sy += w(i) * (ys[i] ?? 0);
  });
  const mx = sx / sw;
  const my = sy / sw;
  let sxx = 0;
  let sxy = 0;
  xs.forEach((x, i) => {
    sxx += w(i) * (x - mx) ** 2;
    sxy += w(i) * (x - mx) * ((ys[i] ?? 0) - my);
  });
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}
