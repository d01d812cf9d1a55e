/**
 * Training targets per head (1, 0, or -1 = unknown) for both layers. GoEmotions rows teach the
 * base layer's emotion heads and are the negatives of its domain head; cx/ rows are the
 * positives of the domain head and teach the whole customer layer.
 */
import { BASE, CUSTOMER, LEARNT_SIGNALS } from '../../packages/core/src/text/heads.ts';
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

/** Base-layer targets of a GoEmotions row. */
export function goBaseTargets(r: GoExample): Int8Array {
  const y = new Int8Array(BASE.count);
  for (const l of r.labels) y[BASE.label + l] = 1;
  const groups = ekmanOfLabels(r.labels);
  for (const g of groups) y[BASE.ekman + EKMAN_GROUPS.indexOf(g)] = 1;
  for (const s of sentimentsOfEkman(groups)) y[BASE.sentiment + SENTIMENTS.indexOf(s)] = 1;
  return y;
}

/** Base-layer targets of a cx/ row: only the domain head learns from it. */
export function cxBaseTargets(): Int8Array {
  const y = new Int8Array(BASE.count).fill(-1);
  y[BASE.domain] = 1;
  return y;
}

/** Customer-layer targets of a cx/ row. */
export function cxCustomerTargets(r: CxExample): Int8Array {
  const y = new Int8Array(CUSTOMER.count);
  for (const g of r.ekman) y[CUSTOMER.ekman + EKMAN_GROUPS.indexOf(g)] = 1;
  for (const s of sentimentsOfEkman(r.ekman)) y[CUSTOMER.sentiment + SENTIMENTS.indexOf(s)] = 1;
  y[CUSTOMER.single + SENTIMENTS.indexOf(r.sentiment)] = 1;
  LEARNT_SIGNALS.forEach((s, i) => (y[CUSTOMER.signal + i] = r[s] ? 1 : 0));
  y[CUSTOMER.escalation] = r.escalation_request === 'praise' ? 1 : 0;
  y[CUSTOMER.escalation + 1] = r.escalation_request === 'complaint' ? 1 : 0;
  return y;
}
