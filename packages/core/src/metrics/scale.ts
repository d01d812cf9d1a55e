/** Answer scales: validation, labels and the standard scales of each metric. */
import { invalid } from '../errors/domain-error.ts';
import type { MetricScale } from './figure.ts';

/** Scales longer than this are not score questions (a guard against garbage histograms). */
const MAX_SCALE_POINTS = 101;

/** Builds a validated integer scale min–max. Throws DomainError('validation', field 'scale'). */
export function metricScale(min: number, max: number): MetricScale {
  if (!Number.isInteger(min) || !Number.isInteger(max) || min >= max) {
    throw invalid('scale', `A score scale needs integer bounds with min < max, got ${min}–${max}.`);
  }
  if (max - min + 1 > MAX_SCALE_POINTS) {
    throw invalid('scale', `A score scale may have at most ${MAX_SCALE_POINTS} points.`);
  }
  return { min, max, label: `${min}–${max}` };
}

/** True when two scales are the same (and may therefore be pooled). */
export function sameScale(
  a: { min: number; max: number },
  b: { min: number; max: number },
): boolean {
  return a.min === b.min && a.max === b.max;
}

/** The NPS question: 0–10 (1–10 is accepted, flagged by its scale, never pooled with 0–10). */
export const NPS_SCALE: MetricScale = metricScale(0, 10);
/** CSAT: 1–5 unless declared otherwise. */
export const CSAT_SCALE: MetricScale = metricScale(1, 5);
/** CES: 1–7 agreement with "the company made it easy to handle my issue". */
export const CES_SCALE: MetricScale = metricScale(1, 7);
/** Engagement and leadership pulse items: 1–5 agreement. */
export const PULSE_SCALE: MetricScale = metricScale(1, 5);
