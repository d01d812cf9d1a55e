/**
 * Score histograms: the aggregated form in which the store hands over answers (one count per
 * integer score of one scale), and the conversion from raw answers. Every metric is computed from
 * a histogram, so raw answers and pre-aggregated data give the same figure by construction.
 */
import { DomainError, invalid } from '../errors/domain-error.ts';
import type { MetricScale } from './figure.ts';
import { metricScale, sameScale } from './scale.ts';

/** One answer to a score question, as stored: the value as asked and the question's scale. */
export interface ScoreAnswer {
  /** Null when skipped. Non-integer or non-finite values are treated as not answered. */
  value: number | null;
  scaleMin: number;
  scaleMax: number;
}

/** Count per integer score of one scale: counts[i] answers scored scaleMin + i. */
export interface ScoreHistogram {
  scaleMin: number;
  scaleMax: number;
  counts: readonly number[];
  /** Answers seen but not in the denominator (skipped, null, non-integer). Default 0. */
  skipped?: number | undefined;
}

/** Validates a histogram's shape and returns its scale. Throws DomainError('validation'). */
export function histogramScale(h: ScoreHistogram): MetricScale {
  const scale = metricScale(h.scaleMin, h.scaleMax);
  if (h.counts.length !== h.scaleMax - h.scaleMin + 1) {
    throw invalid(
      'counts',
      `A ${scale.label} histogram needs ${h.scaleMax - h.scaleMin + 1} counts, got ${h.counts.length}.`,
    );
  }
  for (const c of h.counts) {
    if (!Number.isInteger(c) || c < 0)
      throw invalid('counts', `Counts must be integers ≥ 0, got ${c}.`);
  }
  const s = h.skipped ?? 0;
  if (!Number.isInteger(s) || s < 0)
    throw invalid('skipped', `skipped must be an integer ≥ 0, got ${s}.`);
  return scale;
}

/** n = Σ counts. */
export function histogramTotal(h: ScoreHistogram): number {
  let n = 0;
  for (const c of h.counts) n += c;
  return n;
}

/** Number of answers scoring from `lo` to `hi` inclusive. */
export function countBetween(h: ScoreHistogram, lo: number, hi: number): number {
  let n = 0;
  for (let i = 0; i < h.counts.length; i++) {
    const score = h.scaleMin + i;
    if (score >= lo && score <= hi) n += h.counts[i] ?? 0;
  }
  return n;
}

/** An all-zero histogram of a scale. */
export function emptyHistogram(scale: { min: number; max: number }): ScoreHistogram {
  const s = metricScale(scale.min, scale.max);
  return {
    scaleMin: s.min,
    scaleMax: s.max,
    counts: new Array<number>(s.max - s.min + 1).fill(0),
    skipped: 0,
  };
}

function mixedScales(a: string, b: string): DomainError {
  return new DomainError(
    'validation',
    `Answers on a ${a} scale and a ${b} scale cannot be pooled into one figure.`,
    { field: 'scale' },
  );
}

/**
 * Pools raw answers into a histogram. An answer counts only when its value is a finite integer;
 * null, NaN and fractional values go to `skipped`. An integer outside the scale is corrupt data
 * and is refused, as is any mixture of scales (0–10 with 1–10, 1–5 with 1–10, …), skipped answers
 * included. With no answers the `fallback` scale is used.
 */
export function histogramFromAnswers(
  answers: readonly ScoreAnswer[],
  fallback: { min: number; max: number },
): ScoreHistogram {
  const first = answers[0];
  const scale = first
    ? metricScale(first.scaleMin, first.scaleMax)
    : metricScale(fallback.min, fallback.max);
  const counts = new Array<number>(scale.max - scale.min + 1).fill(0);
  let skipped = 0;
  for (const a of answers) {
    if (a.scaleMin !== scale.min || a.scaleMax !== scale.max) {
      throw mixedScales(scale.label, `${a.scaleMin}–${a.scaleMax}`);
    }
    const v = a.value;
    if (v === null || !Number.isInteger(v)) {
      skipped++;
      continue;
    }
    if (v < scale.min || v > scale.max) {
      throw invalid('value', `The answer ${v} lies outside its ${scale.label} scale.`);
    }
    counts[v - scale.min] = (counts[v - scale.min] ?? 0) + 1;
  }
  return { scaleMin: scale.min, scaleMax: scale.max, counts, skipped };
}

/** Adds histograms of the same scale (e.g. daily roll-ups into a month). Mixed scales are refused. */
export function mergeHistograms(
  hs: readonly ScoreHistogram[],
  fallback: { min: number; max: number },
): ScoreHistogram {
  const first = hs[0];
  const base = first ? histogramScale(first) : metricScale(fallback.min, fallback.max);
  const counts = new Array<number>(base.max - base.min + 1).fill(0);
  let skipped = 0;
  for (const h of hs) {
    const s = histogramScale(h);
    if (!sameScale(s, base)) throw mixedScales(base.label, s.label);
    h.counts.forEach((c, i) => (counts[i] = (counts[i] ?? 0) + c));
    skipped += h.skipped ?? 0;
  }
  return { scaleMin: base.min, scaleMax: base.max, counts, skipped };
}
