/**
 * Reading a stored signal: its valence (how positive or negative, −1 … 1), its strongest
 * emotions, its Ekman groups in canonical order. Used by the engagement model, the journey
 * map and the per-customer journey.
 */
import { EKMAN_GROUPS, EMOTION_LABELS, sentimentOfLabel } from '../text/labels.ts';
import type { Signal } from './signal.ts';

/** Keys of the Ekman and sentiment probabilities inside `Signal.emotions`. */
export const ekmanKey = (group: string): string => `ekman:${group}`;
export const sentimentKey = (sentiment: string): string => `sentiment:${sentiment}`;

const clamp = (v: number) => Math.min(1, Math.max(-1, v));

/**
 * How positive (1) or negative (−1) a text reads: P(positive) − P(negative) from the model's
 * sentiment heads when stored; else the strongest positive label minus the strongest negative
 * one; else ±0.6 from the sentiment alone.
 */
export function valenceOf(s: Pick<Signal, 'emotions' | 'sentiment'>): number {
  const pos = s.emotions[sentimentKey('positive')];
  const neg = s.emotions[sentimentKey('negative')];
  if (pos !== undefined && neg !== undefined) return clamp(pos - neg);
  let maxPos = 0;
  let maxNeg = 0;
  let seen = false;
  for (const label of EMOTION_LABELS) {
    const p = s.emotions[label];
    if (p === undefined) continue;
    seen = true;
    const group = sentimentOfLabel(label);
    if (group === 'positive') maxPos = Math.max(maxPos, p);
    else if (group === 'negative') maxNeg = Math.max(maxNeg, p);
  }
  if (seen) return clamp(maxPos - maxNeg);
  return s.sentiment === 'positive' ? 0.6 : s.sentiment === 'negative' ? -0.6 : 0;
}

export interface EmotionScore {
  label: string;
  p: number;
}

/**
 * The strongest of the 28 labels (neutral aside) at or above `min`, strongest first. The
 * model's probabilities are calibrated per label, so a clear annoyance may read 0.2: the
 * default floor is low.
 */
export function topEmotions(
  emotions: Readonly<Record<string, number>>,
  k = 3,
  min = 0.1,
): EmotionScore[] {
  return EMOTION_LABELS.filter((l) => l !== 'neutral')
    .map((label) => ({ label, p: emotions[label] ?? 0 }))
    .filter((e) => e.p >= min)
    .sort((a, b) => b.p - a.p || a.label.localeCompare(b.label))
    .slice(0, k);
}

/** Known Ekman groups only, once each, in the canonical order (anger … neutral). */
export function canonicalEkman(groups: readonly string[]): string[] {
  return EKMAN_GROUPS.filter((g) => groups.includes(g));
}
