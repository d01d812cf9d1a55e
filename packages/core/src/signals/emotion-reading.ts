/**
 * Reading a stored signal: its valence (how positive or negative, −1 … 1), its strongest
 * emotions, its Ekman groups in canonical order. Used by the engagement model, the journey
 * map and the per-customer journey.
 */
import {
  EKMAN_GROUPS,
  EKMAN_OF,
  EMOTION_LABELS,
  isEmotionLabel,
  sentimentOfLabel,
} from '../text/labels.ts';
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

export interface EkmanScore {
  group: string;
  /** The model's probability for the group; null when the reading has none (older models). */
  p: number | null;
}

/**
 * The Ekman groups read in a text (neutral aside) that none of its strongest labels belongs
 * to, in canonical order. The 28 labels come from the base layer, the groups also from the
 * customer layer, so a worried customer's message can read fear as a group while its strongest
 * label is caring at 12 %: showing only the labels would hide what the model read.
 */
export function groupsBeyondTop(
  s: Pick<Signal, 'ekman' | 'emotions'>,
  top: readonly EmotionScore[],
): EkmanScore[] {
  const covered = new Set<string>();
  for (const t of top) if (isEmotionLabel(t.label)) covered.add(EKMAN_OF[t.label]);
  return canonicalEkman(s.ekman)
    .filter((g) => g !== 'neutral' && !covered.has(g))
    .map((group) => ({ group, p: s.emotions[ekmanKey(group)] ?? null }));
}

/** Known Ekman groups only, once each, in the canonical order (anger … neutral). */
export function canonicalEkman(groups: readonly string[]): string[] {
  return EKMAN_GROUPS.filter((g) => groups.includes(g));
}
