/**
 * The output heads of the model, in artefact order: 28 GoEmotions labels, 7 Ekman groups and
 * 4 sentiments (trained directly on their groupings, not summed from the labels), 4 learnt
 * customer-experience signals and 2 kinds of escalation request. Urgency is a rule, not a head.
 */
import { EKMAN_GROUPS, EMOTION_LABELS, SENTIMENTS } from './labels.ts';

export const LEARNT_SIGNALS = ['praise', 'churn_risk', 'effort', 'humour'] as const;
export type LearntSignal = (typeof LEARNT_SIGNALS)[number];
export const ESCALATION_HEADS = ['praise', 'complaint'] as const;

export const LABEL_OFFSET = 0;
export const EKMAN_OFFSET = LABEL_OFFSET + EMOTION_LABELS.length;
export const SENTIMENT_OFFSET = EKMAN_OFFSET + EKMAN_GROUPS.length;
export const SIGNAL_OFFSET = SENTIMENT_OFFSET + SENTIMENTS.length;
export const ESCALATION_OFFSET = SIGNAL_OFFSET + LEARNT_SIGNALS.length;
export const HEAD_COUNT = ESCALATION_OFFSET + ESCALATION_HEADS.length;
/** Heads learnt from emotion labels (GoEmotions and cx/); the rest learn from cx/ only. */
export const EMOTION_HEAD_COUNT = SIGNAL_OFFSET;

export const HEAD_NAMES: readonly string[] = [
  ...EMOTION_LABELS.map((l) => `label:${l}`),
  ...EKMAN_GROUPS.map((g) => `ekman:${g}`),
  ...SENTIMENTS.map((s) => `sentiment:${s}`),
  ...LEARNT_SIGNALS.map((s) => `signal:${s}`),
  ...ESCALATION_HEADS.map((e) => `escalation:${e}`),
];
