/**
 * The engagement index of the employee and leadership pulses: each respondent's score is the mean
 * of the items they answered (1–5 agreement); a team's index is the mean of its respondents'
 * scores with a 95 % t-interval. Anonymity applies: the minimum n is the anonymity threshold
 * (default 5, never below 3) and under it nothing but n is revealed.
 */
import { invalid } from '../errors/domain-error.ts';
import type { Figure, MetricScale } from './figure.ts';
import { histogramFromAnswers, histogramTotal, type ScoreAnswer } from './histogram.ts';
import { meanFigureFromMoments, type MeanParts } from './mean.ts';
import { momentsFromHistogram, momentsFromValues, type Moments } from './moments.ts';
import { resolveAnonymityThreshold } from './anonymity-threshold.ts';
import { metricScale, PULSE_SCALE, sameScale } from './scale.ts';

export interface EngagementOptions {
  /** Respondents below which the index is `too_few` and withheld. Default 5, clamped ≥ 3. */
  minN?: number | undefined;
  /** A respondent counts only with at least this share of the items answered. Default 0.5. */
  minItemShare?: number | undefined;
  /** `engagement` (employee pulse, per team) or `leadership` (upward pulse, per manager). */
  metric?: 'engagement' | 'leadership' | undefined;
}

/**
 * One respondent's score: the mean of their answered items, or null when fewer than
 * ⌈minItemShare·items⌉ (at least one) were answered. All items must share one scale.
 */
export function respondentEngagementScore(
  items: readonly ScoreAnswer[],
  minItemShare = 0.5,
): number | null {
  if (!(minItemShare > 0 && minItemShare <= 1)) {
    throw invalid('minItemShare', `minItemShare must lie in (0, 1], got ${minItemShare}.`);
  }
  if (items.length === 0) return null;
  const h = histogramFromAnswers(items, PULSE_SCALE);
  const answered = histogramTotal(h);
  if (answered === 0 || answered < Math.ceil(minItemShare * items.length)) return null;
  const m = momentsFromHistogram(h);
  return m.sum / m.n;
}

/**
 * The index of a group from its respondents' item answers: x̄ of respondent scores with the
 * t-interval x̄ ± t(0.975, n − 1)·s/√n, n = respondents with a score. Respondents on different
 * scales are refused; respondents without a score count in `skipped`.
 */
export function engagementIndex(
  respondents: readonly (readonly ScoreAnswer[])[],
  opts: EngagementOptions = {},
): Figure<MeanParts> {
  let scale: MetricScale | null = null;
  const scores: number[] = [];
  let skipped = 0;
  for (const items of respondents) {
    for (const it of items) {
      const s = metricScale(it.scaleMin, it.scaleMax);
      if (scale === null) scale = s;
      else if (!sameScale(scale, s)) {
        throw invalid(
          'scale',
          `Pulse answers on ${scale.label} and ${s.label} cannot be pooled into one index.`,
        );
      }
    }
    const score = respondentEngagementScore(items, opts.minItemShare);
    if (score === null) skipped++;
    else scores.push(score);
  }
  return engagementIndexFromMoments(momentsFromValues(scores), scale ?? PULSE_SCALE, {
    ...opts,
    skipped,
  });
}

/**
 * The index from pre-aggregated moments of respondent scores (n, Σ score, Σ score²), as the store
 * computes them.
 */
export function engagementIndexFromMoments(
  m: Moments,
  scale: MetricScale,
  opts: EngagementOptions & { skipped?: number | undefined } = {},
): Figure<MeanParts> {
  return meanFigureFromMoments(opts.metric ?? 'engagement', m, scale, {
    minN: resolveAnonymityThreshold(opts.minN),
    skipped: opts.skipped,
    withholdParts: true,
  });
}
