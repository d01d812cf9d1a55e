/**
 * CES: 1–7 agreement with "the company made it easy to handle my issue". The value is the mean
 * with its t-interval; beside it the share who agree (5–7 on 1–7) with its Wilson interval.
 */
import { invalid } from '../errors/domain-error.ts';
import type { Figure, MetricOptions, MetricScale } from './figure.ts';
import {
  countBetween,
  histogramFromAnswers,
  histogramScale,
  type ScoreAnswer,
  type ScoreHistogram,
} from './histogram.ts';
import { meanFigure, type MeanParts } from './mean.ts';
import { CES_SCALE } from './scale.ts';
import { shareEstimate, type ShareEstimate } from './wilson.ts';

export interface CesOptions extends MetricOptions {
  /** Lowest score counted as agreeing. Default: the first point above the scale's midpoint (5 on 1–7). */
  agreeMin?: number | undefined;
}

export interface CesParts extends MeanParts {
  agreeMin: number;
  /** Count and % of answers ≥ agreeMin, with a Wilson interval when the figure is `ok`. */
  agree: ShareEstimate;
}

/** The agreement cut-off: declared, else ⌊(min + max)/2⌋ + 1 (5 on 1–7, 4 on 1–5). */
export function resolveAgreeMin(scale: MetricScale, agreeMin: number | undefined): number {
  const a = agreeMin ?? Math.floor((scale.min + scale.max) / 2) + 1;
  if (!Number.isInteger(a) || a <= scale.min || a > scale.max) {
    throw invalid(
      'agreeMin',
      `An agreement cut-off on ${scale.label} must be an integer in ${scale.min + 1}–${scale.max}, got ${a}.`,
    );
  }
  return a;
}

/** CES = mean score Σx/n with 95 % t-interval x̄ ± t(0.975, n−1)·s/√n; % agree with Wilson. */
export function cesFromHistogram(h: ScoreHistogram, opts: CesOptions = {}): Figure<CesParts> {
  const scale = histogramScale(h);
  const agreeMin = resolveAgreeMin(scale, opts.agreeMin);
  const mean = meanFigure('ces', h, { minN: opts.minN });
  const agree = shareEstimate(countBetween(h, agreeMin, scale.max), mean.n);
  const ok = mean.status === 'ok';
  return {
    ...mean,
    parts: {
      sd: mean.parts?.sd ?? null,
      standardError: mean.parts?.standardError ?? null,
      agreeMin,
      agree: ok ? agree : { ...agree, interval: null },
    },
  };
}

/** CES of raw answers (default scale 1–7 when there are none); skips excluded, mixed scales refused. */
export function cesFromAnswers(
  answers: readonly ScoreAnswer[],
  opts: CesOptions = {},
): Figure<CesParts> {
  return cesFromHistogram(histogramFromAnswers(answers, CES_SCALE), opts);
}
