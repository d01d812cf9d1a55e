/**
 * The output heads of the model's two layers, in artefact order.
 *
 * The base layer reads the text: GoEmotions' 28 labels, then the 7 Ekman groups and 4
 * sentiments trained directly on those groupings, then `domain`, the probability that the text
 * is customer-service language (cx/) rather than general conversation (GoEmotions' Reddit).
 *
 * The customer layer reads the text and the base layer's scores, and is trained on cx/ only:
 * Ekman groups and sentiments by customer-service conventions, the one sentiment of a message,
 * the learnt CX signals and the two kinds of escalation request.
 */
import { EKMAN_GROUPS, EMOTION_LABELS, SENTIMENTS } from './labels.ts';

export const LEARNT_SIGNALS = ['praise', 'churn_risk', 'effort', 'humour'] as const;
export type LearntSignal = (typeof LEARNT_SIGNALS)[number];
export const ESCALATION_HEADS = ['praise', 'complaint'] as const;

export const BASE = {
  label: 0,
  ekman: EMOTION_LABELS.length,
  sentiment: EMOTION_LABELS.length + EKMAN_GROUPS.length,
  domain: EMOTION_LABELS.length + EKMAN_GROUPS.length + SENTIMENTS.length,
  /** Heads learnt from emotion labels: the customer layer reads these. */
  emotionCount: EMOTION_LABELS.length + EKMAN_GROUPS.length + SENTIMENTS.length,
  count: EMOTION_LABELS.length + EKMAN_GROUPS.length + SENTIMENTS.length + 1,
} as const;

export const CUSTOMER = {
  ekman: 0,
  sentiment: EKMAN_GROUPS.length,
  single: EKMAN_GROUPS.length + SENTIMENTS.length,
  signal: EKMAN_GROUPS.length + 2 * SENTIMENTS.length,
  escalation: EKMAN_GROUPS.length + 2 * SENTIMENTS.length + LEARNT_SIGNALS.length,
  count:
    EKMAN_GROUPS.length + 2 * SENTIMENTS.length + LEARNT_SIGNALS.length + ESCALATION_HEADS.length,
} as const;

export const BASE_HEAD_NAMES: readonly string[] = [
  ...EMOTION_LABELS.map((l) => `label:${l}`),
  ...EKMAN_GROUPS.map((g) => `ekman:${g}`),
  ...SENTIMENTS.map((s) => `sentiment:${s}`),
  'domain:customer',
];

export const CUSTOMER_HEAD_NAMES: readonly string[] = [
  ...EKMAN_GROUPS.map((g) => `ekman:${g}`),
  ...SENTIMENTS.map((s) => `sentiment:${s}`),
  ...SENTIMENTS.map((s) => `single:${s}`),
  ...LEARNT_SIGNALS.map((s) => `signal:${s}`),
  ...ESCALATION_HEADS.map((e) => `escalation:${e}`),
];
