import type { ScoreMetric, ScoreQuestion, ScoreScale, SurveyKind } from './survey-definition.ts';

/** The scales a score question may declare, as [min, max]. */
export const ALLOWED_SCALES: ReadonlyArray<readonly [number, number]> = [
  [0, 10],
  [1, 10],
  [1, 5],
  [1, 7],
];

/** Whether [min, max] is one of the allowed scales. */
export function isAllowedScale(min: number, max: number): boolean {
  return ALLOWED_SCALES.some(([a, b]) => a === min && b === max);
}

/** Where a score sits for the reply that reacts to it. */
export type ScoreBand = 'low' | 'middle' | 'high';

/** Which scales each metric may use ([min, max] pairs); undefined means any allowed scale. */
export const METRIC_SCALES: Readonly<
  Record<ScoreMetric, ReadonlyArray<readonly [number, number]> | undefined>
> = {
  nps: [
    [0, 10],
    [1, 10],
  ],
  enps: [
    [0, 10],
    [1, 10],
  ],
  ces: [[1, 7]],
  csat: undefined, // 1–5, or any allowed scale with a declared top-box cut-off
  engagement: [
    [1, 5],
    [1, 7],
  ],
  leadership: [
    [1, 5],
    [1, 7],
  ],
  rating: undefined,
};

/** Which survey kinds may carry each metric. */
export const METRIC_KINDS: Readonly<Record<ScoreMetric, readonly SurveyKind[]>> = {
  nps: ['relationship', 'transactional'],
  csat: ['relationship', 'transactional'],
  ces: ['relationship', 'transactional'],
  enps: ['employee'],
  engagement: ['employee'],
  leadership: ['leadership'],
  rating: ['relationship', 'transactional', 'employee', 'leadership'],
};

/** The top-box cut-off of a CSAT question: declared, or 4 on a 1–5 scale; null for others. */
export function topBoxOf(q: ScoreQuestion): number | null {
  if (q.metric !== 'csat') return null;
  if (q.topBox !== undefined) return q.topBox;
  return q.scale.min === 1 && q.scale.max === 5 ? 4 : null;
}

/**
 * The default low/high bands of a score question, used to choose the reply to a score:
 * NPS and eNPS follow detractors (≤ 6) and promoters (≥ 9) on 0–10 and 1–10; CES 1–7 is low at
 * ≤ 3 and high at ≥ 5 (the "agree" side); CSAT is high from its top box; other 1–5 and 1–7
 * scores are low at the bottom two (three) points and high at the top two (three).
 */
export function defaultBands(q: Pick<ScoreQuestion, 'metric' | 'scale' | 'topBox'>): {
  lowMax: number;
  highMin: number;
} {
  const { min, max } = q.scale;
  if (max === 10) {
    const highMin = q.metric === 'csat' && q.topBox !== undefined ? q.topBox : 9;
    const lowMax = q.metric === 'csat' ? Math.min(highMin - 1, Math.floor((min + max) / 2)) : 6;
    return { lowMax, highMin };
  }
  if (max === 7) return { lowMax: 3, highMin: 5 };
  // 1–5
  const highMin = q.metric === 'csat' && q.topBox !== undefined ? q.topBox : 4;
  return { lowMax: Math.min(2, highMin - 1), highMin };
}

/** Whether `score` is low, middle or high on this question (the bands override the defaults). */
export function scoreBand(
  q: Pick<ScoreQuestion, 'metric' | 'scale' | 'topBox' | 'bands'>,
  score: number,
): ScoreBand {
  const { lowMax, highMin } = q.bands ?? defaultBands(q);
  if (score <= lowMax) return 'low';
  if (score >= highMin) return 'high';
  return 'middle';
}

/** Whether `score` is an integer on the scale (out-of-scale answers are never clamped). */
export function isOnScale(scale: Pick<ScoreScale, 'min' | 'max'>, score: number): boolean {
  return Number.isInteger(score) && score >= scale.min && score <= scale.max;
}
