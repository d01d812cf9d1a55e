/**
 * Training targets per head (1, 0, or -1 = unknown) for GoEmotions and cx/ rows. A cx/ row knows
 * its Ekman groups, so every fine label outside those groups is a known negative; the fine
 * labels inside them stay unknown. GoEmotions rows know nothing of the CX signals.
 */
import {
  EKMAN_OFFSET,
  EMOTION_HEAD_COUNT,
  ESCALATION_OFFSET,
  LEARNT_SIGNALS,
  SENTIMENT_OFFSET,
  SIGNAL_OFFSET,
} from '../../packages/core/src/text/heads.ts';
import {
  EKMAN_GROUPS,
  EKMAN_OF,
  EMOTION_LABELS,
  SENTIMENTS,
  SENTIMENT_OF_EKMAN,
  type EkmanGroup,
  type Sentiment,
} from '../../packages/core/src/text/labels.ts';
import type { CxExample, GoExample } from './data.ts';

export function ekmanOfLabels(labels: readonly number[]): EkmanGroup[] {
  const set = new Set<EkmanGroup>();
  for (const l of labels) {
    const name = EMOTION_LABELS[l];
    if (name) set.add(EKMAN_OF[name]);
  }
  return EKMAN_GROUPS.filter((g) => set.has(g));
}

export function sentimentsOfEkman(groups: readonly EkmanGroup[]): Sentiment[] {
  const set = new Set(groups.map((g) => SENTIMENT_OF_EKMAN[g]));
  return SENTIMENTS.filter((s) => set.has(s));
}

/** Emotion-head targets of a GoEmotions row (length EMOTION_HEAD_COUNT). */
export function goTargets(r: GoExample): Int8Array {
  const y = new Int8Array(EMOTION_HEAD_COUNT);
  for (const l of r.labels) y[l] = 1;
  const groups = ekmanOfLabels(r.labels);
  for (const g of groups) y[EKMAN_OFFSET + EKMAN_GROUPS.indexOf(g)] = 1;
  for (const s of sentimentsOfEkman(groups)) y[SENTIMENT_OFFSET + SENTIMENTS.indexOf(s)] = 1;
  return y;
}

/** Emotion-head targets of a cx/ row (length EMOTION_HEAD_COUNT). */
export function cxEmotionTargets(r: CxExample): Int8Array {
  const y = new Int8Array(EMOTION_HEAD_COUNT);
  EMOTION_LABELS.forEach((l, i) => (y[i] = r.ekman.includes(EKMAN_OF[l]) ? -1 : 0));
  for (const g of r.ekman) y[EKMAN_OFFSET + EKMAN_GROUPS.indexOf(g)] = 1;
  for (const s of sentimentsOfEkman(r.ekman)) y[SENTIMENT_OFFSET + SENTIMENTS.indexOf(s)] = 1;
  return y;
}

/** Signal-head targets of a cx/ row: praise, churn_risk, effort, humour, escalation praise/complaint. */
export function cxSignalTargets(r: CxExample): Int8Array {
  const y = new Int8Array(LEARNT_SIGNALS.length + 2);
  LEARNT_SIGNALS.forEach((s, i) => (y[i] = r[s] ? 1 : 0));
  y[ESCALATION_OFFSET - SIGNAL_OFFSET] = r.escalation_request === 'praise' ? 1 : 0;
  y[ESCALATION_OFFSET - SIGNAL_OFFSET + 1] = r.escalation_request === 'complaint' ? 1 : 0;
  return y;
}
