/** A mean on an answer scale with its Student t interval, from moments or a histogram. */
import {
  clipInterval,
  figureStatus,
  resolveMinN,
  type ConfidenceInterval,
  type Figure,
  type FigureStatus,
  type MetricName,
  type MetricScale,
} from './figure.ts';
import { histogramScale, type ScoreHistogram } from './histogram.ts';
import {
  assertMoments,
  momentsFromHistogram,
  momentsMean,
  momentsSd,
  type Moments,
} from './moments.ts';
import { studentTQuantile } from './t-distribution.ts';

export interface MeanParts {
  /** Sample standard deviation (n − 1 denominator); null unless the figure is `ok`. */
  sd: number | null;
  /** Standard error s/√n; null unless the figure is `ok`. */
  standardError: number | null;
}

/**
 * The 95 % t-interval of a mean: x̄ ± t(0.975, n − 1)·s/√n, clipped to the scale. With n = 1
 * nothing is known about the spread, so the interval is the whole scale.
 */
export function meanTInterval(m: Moments, scale: { min: number; max: number }): ConfidenceInterval {
  const mean = momentsMean(m);
  if (m.n < 2) return { low: scale.min, high: scale.max };
  const half = studentTQuantile(0.975, m.n - 1) * (momentsSd(m) / Math.sqrt(m.n));
  return clipInterval({ low: mean - half, high: mean + half }, scale.min, scale.max);
}

/**
 * A mean figure from moments of answers on `scale`: value x̄ = Σx/n, interval as
 * {@link meanTInterval}, status `too_few` below minN (default 10).
 */
export function meanFigureFromMoments(
  metric: MetricName,
  m: Moments,
  scale: MetricScale,
  opts: { minN?: number | undefined; skipped?: number | undefined; withholdParts?: boolean } = {},
): Figure<MeanParts> {
  assertMoments(m);
  const minN = resolveMinN(opts.minN);
  const status: FigureStatus = figureStatus(m.n, minN);
  const ok = status === 'ok';
  const sd = ok ? momentsSd(m) : null;
  const parts: MeanParts = { sd, standardError: sd === null ? null : sd / Math.sqrt(m.n) };
  return {
    metric,
    status,
    value: ok ? momentsMean(m) : null,
    n: m.n,
    skipped: opts.skipped ?? 0,
    interval: ok ? meanTInterval(m, scale) : null,
    unit: 'score',
    scale,
    minN,
    parts: !ok && opts.withholdParts ? null : parts,
  };
}

/** The mean of a histogram's scores with its t-interval. */
export function meanFigure(
  metric: MetricName,
  h: ScoreHistogram,
  opts: { minN?: number | undefined } = {},
): Figure<MeanParts> {
  const scale = histogramScale(h);
  return meanFigureFromMoments(metric, momentsFromHistogram(h), scale, {
    ...opts,
    skipped: h.skipped ?? 0,
  });
}
