/**
 * The one shape every metric is returned in. A `Figure` carries its value, its n and its 95 %
 * interval, and says so when there are too few answers rather than showing a number that means
 * nothing (DESIGN.md, "Metrics — get them exactly right").
 */
import { invalid } from '../errors/domain-error.ts';

/** Every metric the engine computes. `engagement` and `leadership` are the pulse indices. */
export type MetricName =
  'nps' | 'enps' | 'csat' | 'ces' | 'expectations' | 'engagement' | 'leadership';

/**
 * `ok` — a value with its interval; `too_few` — answers exist but fewer than `minN`, so `value`
 * and `interval` are null (n and, unless withheld for anonymity, the parts are still reported);
 * `empty` — no answers at all.
 */
export type FigureStatus = 'ok' | 'too_few' | 'empty';

/** A closed interval, in the unit of the figure's value. */
export interface ConfidenceInterval {
  low: number;
  high: number;
}

/** An integer answer scale as asked, e.g. 0–10, 1–10, 1–5, 1–7. */
export interface MetricScale {
  min: number;
  max: number;
  /** "0–10", "1–10": shown beside the figure so a 1–10 NPS is never mistaken for a 0–10 one. */
  label: string;
}

/**
 * The unit of `value`: `points` for NPS-like nets in [−100, 100], `percent` for shares in
 * [0, 100], `score` for a mean on the answer scale.
 */
export type FigureUnit = 'points' | 'percent' | 'score';

export interface Figure<P> {
  metric: MetricName;
  status: FigureStatus;
  /** Null unless status is `ok`. */
  value: number | null;
  /** Answers (or respondents, for the pulse indices) in the denominator. */
  n: number;
  /** Answers seen but not counted: skipped, null or non-integer. */
  skipped: number;
  /** 95 % interval of `value`; null unless status is `ok`. */
  interval: ConfidenceInterval | null;
  unit: FigureUnit;
  /** The answer scale, or null for categorical metrics (expectations). */
  scale: MetricScale | null;
  /** The minimum n that was applied. */
  minN: number;
  /**
   * The components (counts and shares, the mean beside a share, …). Null only when withheld:
   * employee and leadership figures under the threshold reveal nothing but n.
   */
  parts: P | null;
}

/** The workspace default (WorkspaceSettings.minResponses). */
export const DEFAULT_MIN_N = 10;

export interface MetricOptions {
  /** Below this many answers the figure is `too_few`. Default 10; must be an integer ≥ 1. */
  minN?: number | undefined;
}

/** Validates and defaults `minN`. */
export function resolveMinN(minN: number | undefined, fallback = DEFAULT_MIN_N): number {
  const m = minN ?? fallback;
  if (!Number.isInteger(m) || m < 1)
    throw invalid('minN', `minN must be an integer ≥ 1, got ${m}.`);
  return m;
}

/** `empty` for n = 0, `too_few` for 0 < n < minN, else `ok`. */
export function figureStatus(n: number, minN: number): FigureStatus {
  if (n === 0) return 'empty';
  return n < minN ? 'too_few' : 'ok';
}

/** Clips an interval to [lo, hi]. */
export function clipInterval(i: ConfidenceInterval, lo: number, hi: number): ConfidenceInterval {
  return { low: Math.min(hi, Math.max(lo, i.low)), high: Math.max(lo, Math.min(hi, i.high)) };
}
