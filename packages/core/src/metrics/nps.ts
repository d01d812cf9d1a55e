/**
 * Net Promoter Score: promoters 9–10, passives 7–8, detractors 0–6 (the same cut-offs on a 1–10
 * scale, which is accepted, flagged by the figure's scale and never pooled with 0–10).
 * NPS = %promoters − %detractors ∈ [−100, 100], with DESIGN.md's 95 % margin of error.
 */
import { invalid } from '../errors/domain-error.ts';
import {
  clipInterval,
  figureStatus,
  resolveMinN,
  type ConfidenceInterval,
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
import { Z_95 } from './normal.ts';
import { NPS_SCALE } from './scale.ts';

export const NPS_PROMOTER_MIN = 9;
export const NPS_DETRACTOR_MAX = 6;

export interface NpsParts {
  promoters: number;
  passives: number;
  detractors: number;
  /** Shares in % of n (0 when n = 0). */
  promoterShare: number;
  passiveShare: number;
  detractorShare: number;
}

/** Checks that a scale is an NPS scale (0–10 or 1–10). */
export function assertNpsScale(scale: MetricScale): void {
  if (scale.max !== 10 || (scale.min !== 0 && scale.min !== 1)) {
    throw invalid('scale', `NPS is asked on a 0–10 (or 1–10) scale, not ${scale.label}.`);
  }
}

/** Promoter, passive and detractor counts and shares of an NPS histogram. */
export function npsParts(h: ScoreHistogram): NpsParts {
  const n = histogramTotal(h);
  const promoters = countBetween(h, NPS_PROMOTER_MIN, 10);
  const detractors = countBetween(h, 0, NPS_DETRACTOR_MAX);
  const passives = n - promoters - detractors;
  const pct = (k: number): number => (n === 0 ? 0 : (100 * k) / n);
  return {
    promoters,
    passives,
    detractors,
    promoterShare: pct(promoters),
    passiveShare: pct(passives),
    detractorShare: pct(detractors),
  };
}

/**
 * Variance of the NPS estimator on the proportion scale: (p + d − (p − d)²)/n, with p and d the
 * promoter and detractor shares as proportions (multiply its square root by 100 for points).
 */
export function npsVariance(p: number, d: number, n: number): number {
  return Math.max(0, p + d - (p - d) ** 2) / n;
}

/** DESIGN.md's 95 % margin of error in NPS points: 1.96·√((p + d − (p − d)²)/n)·100. */
export function npsMarginOfError(p: number, d: number, n: number): number {
  return Z_95 * Math.sqrt(npsVariance(p, d, n)) * 100;
}

/** NPS ± its margin of error, clipped to [−100, 100]. */
export function npsInterval(p: number, d: number, n: number): ConfidenceInterval {
  const value = 100 * (p - d);
  const moe = npsMarginOfError(p, d, n);
  return clipInterval({ low: value - moe, high: value + moe }, -100, 100);
}

/** The shared NPS computation behind NPS and eNPS. */
export function npsLikeFigure(
  metric: 'nps' | 'enps',
  h: ScoreHistogram,
  minN: number,
  withholdParts: boolean,
): Figure<NpsParts> {
  const scale = histogramScale(h);
  assertNpsScale(scale);
  const parts = npsParts(h);
  const n = parts.promoters + parts.passives + parts.detractors;
  const status = figureStatus(n, minN);
  const ok = status === 'ok';
  const p = n === 0 ? 0 : parts.promoters / n;
  const d = n === 0 ? 0 : parts.detractors / n;
  return {
    metric,
    status,
    value: ok ? 100 * (p - d) : null,
    n,
    skipped: h.skipped ?? 0,
    interval: ok ? npsInterval(p, d, n) : null,
    unit: 'points',
    scale,
    minN,
    parts: !ok && withholdParts ? null : parts,
  };
}

/**
 * NPS of a histogram on 0–10 or 1–10. Below minN (default 10) the figure is `too_few` with its
 * counts still reported.
 */
export function npsFromHistogram(h: ScoreHistogram, opts: MetricOptions = {}): Figure<NpsParts> {
  return npsLikeFigure('nps', h, resolveMinN(opts.minN), false);
}

/**
 * NPS of raw answers: skipped, null and non-integer answers are not in the denominator; mixed
 * scales (0–10 with 1–10) are refused with DomainError('validation').
 */
export function npsFromAnswers(
  answers: readonly ScoreAnswer[],
  opts: MetricOptions = {},
): Figure<NpsParts> {
  return npsFromHistogram(histogramFromAnswers(answers, NPS_SCALE), opts);
}
