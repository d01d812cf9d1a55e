/**
 * CSAT: the top-box share in % with its Wilson interval, and the mean beside it with its t-interval.
 * On 1–5 the top box is 4 and 5 (top-2-box); a satisfaction question on another scale declares its
 * cut-off with the scale, by default its two highest points (9 and 10 on 1–10). Answers on
 * different scales are never pooled.
 */
import { invalid } from '../errors/domain-error.ts';
import {
  figureStatus,
  resolveMinN,
  type Figure,
  type MetricOptions,
  type MetricScale,
} from './figure.ts';
import {
  countBetween,
  histogramFromAnswers,
  histogramScale,
  histogramTotal,
  type ScoreAnswer,
  type ScoreHistogram,
} from './histogram.ts';
import { meanFigure, type MeanParts } from './mean.ts';
import { CSAT_SCALE } from './scale.ts';
import { shareEstimate, type ShareEstimate } from './wilson.ts';

export interface CsatOptions extends MetricOptions {
  /** Lowest score in the top box, declared with the scale. Default: scaleMax − 1 (top-2-box). */
  topBoxMin?: number | undefined;
}

export interface CsatParts {
  /** The cut-off applied: scores ≥ topBoxMin are satisfied. */
  topBoxMin: number;
  /** Count and share of satisfied answers (the share's interval is the figure's interval). */
  topBox: ShareEstimate;
  /** The mean score with its own t-interval and status. */
  mean: Figure<MeanParts>;
}

/** The top-box cut-off of a scale: the declared one, else its two highest points. */
export function resolveTopBoxMin(scale: MetricScale, topBoxMin: number | undefined): number {
  const t = topBoxMin ?? scale.max - 1;
  if (!Number.isInteger(t) || t <= scale.min || t > scale.max) {
    throw invalid(
      'topBoxMin',
      `A top-box cut-off on ${scale.label} must be an integer in ${scale.min + 1}–${scale.max}, got ${t}.`,
    );
  }
  return t;
}

/** CSAT top-box % = 100·#(score ≥ topBoxMin)/n, Wilson 95 % interval; `too_few` below minN. */
export function csatFromHistogram(h: ScoreHistogram, opts: CsatOptions = {}): Figure<CsatParts> {
  const scale = histogramScale(h);
  const minN = resolveMinN(opts.minN);
  const topBoxMin = resolveTopBoxMin(scale, opts.topBoxMin);
  const n = histogramTotal(h);
  const status = figureStatus(n, minN);
  const topBox = shareEstimate(countBetween(h, topBoxMin, scale.max), n);
  const ok = status === 'ok';
  return {
    metric: 'csat',
    status,
    value: ok ? topBox.share : null,
    n,
    skipped: h.skipped ?? 0,
    interval: ok ? topBox.interval : null,
    unit: 'percent',
    scale,
    minN,
    parts: {
      topBoxMin,
      topBox: ok ? topBox : { ...topBox, interval: null },
      mean: meanFigure('csat', h, { minN }),
    },
  };
}

/** CSAT of raw answers (default scale 1–5 when there are none); skips excluded, mixed scales refused. */
export function csatFromAnswers(
  answers: readonly ScoreAnswer[],
  opts: CsatOptions = {},
): Figure<CsatParts> {
  return csatFromHistogram(histogramFromAnswers(answers, CSAT_SCALE), opts);
}
