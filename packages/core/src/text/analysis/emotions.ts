/**
 * Emotions of one text from both layers. The 28 labels come from the base layer. The base
 * layer's Ekman logit of a group also reads the group's labels (model/ekman-from-labels.ts: on
 * GoEmotions dev halves, Platt and thresholds fitted on one half, macro-F1 on the other, 10
 * random halvings, +0.005 at w = 0.2). Ekman groups and sentiments blend the base layer (GoEmotions' conventions) and the customer layer (cx/
 * conventions) by the domain probability d: p = d·p_customer + (1−d)·p_base, and a group is
 * present when d·(p_customer − t_customer) + (1−d)·(p_base − t_base) ≥ 0, the same blend of
 * each layer's tuned threshold t; at most the two clearest Ekman groups are present (GoEmotions
 * dev has 12 texts in 5,426 with three, cx/ none: on dev halves, thresholds fitted on one half,
 * macro-F1 on the other +0.003 and +0.004). The one sentiment of a text is the customer layer's: Rapport
 * reads customers, and cx/ labels one sentiment per text.
 */
import { BASE, CUSTOMER } from '../heads.ts';
import {
  EKMAN_GROUPS,
  EMOTION_LABELS,
  SENTIMENTS,
  type EkmanGroup,
  type EmotionLabel,
  type Sentiment,
} from '../labels.ts';
import type { EmotionModel } from '../model/decode.ts';
import { ekmanLogit } from '../model/ekman-from-labels.ts';
import { calibrated, calibratedLogit, type Scores } from '../model/score.ts';

export interface EmotionReading {
  emotions: Record<EmotionLabel, number>;
  labels: EmotionLabel[];
  ekmanScores: Record<EkmanGroup, number>;
  ekman: EkmanGroup[];
  primaryEkman: EkmanGroup;
  sentimentScores: Record<Sentiment, number>;
  sentiments: Sentiment[];
  sentiment: Sentiment;
  customerDomain: number;
}

/** Ekman groups present in one text at most. */
export const MAX_EKMAN = 2;

interface Blend<T extends string> {
  scores: Record<T, number>;
  present: T[];
  strongest: T;
}

function blend<T extends string>(
  m: EmotionModel,
  s: Scores,
  d: number,
  names: readonly T[],
  baseAt: number,
  customerAt: number,
  maxPresent: number,
  /** The base layer's calibrated probability of the k-th name. */
  baseP: (k: number) => number,
): Blend<T> {
  const scores = {} as Record<T, number>;
  const margins: { name: T; margin: number }[] = [];
  names.forEach((name, k) => {
    const pb = baseP(k);
    const tb = m.base.thresholds[baseAt + k] ?? 0.5;
    const pc = calibrated(m.customer, s.customer, customerAt + k);
    const tc = m.customer.thresholds[customerAt + k] ?? 0.5;
    scores[name] = d * pc + (1 - d) * pb;
    margins.push({ name, margin: d * (pc - tc) + (1 - d) * (pb - tb) });
  });
  margins.sort((a, b) => b.margin - a.margin);
  const top = margins[0] as { name: T; margin: number };
  const present = margins
    .filter((x) => x.margin >= 0)
    .slice(0, maxPresent)
    .map((x) => x.name);
  return { scores, present: present.length > 0 ? present : [top.name], strongest: top.name };
}

/** The one sentiment of a text: the customer layer's, trained on cx/'s one-per-text labels. */
function oneSentiment(m: EmotionModel, s: Scores): Sentiment {
  let best: Sentiment = 'neutral';
  let bestScore = -1;
  SENTIMENTS.forEach((name, k) => {
    const score = calibrated(m.customer, s.customer, CUSTOMER.single + k);
    if (score > bestScore) {
      bestScore = score;
      best = name;
    }
  });
  return best;
}

export function readEmotions(m: EmotionModel, s: Scores): EmotionReading {
  const z = s.base[BASE.domain] ?? 0;
  const d = 1 / (1 + Math.exp(-z));
  const emotions = {} as Record<EmotionLabel, number>;
  const labels: { label: EmotionLabel; p: number }[] = [];
  const labelP = new Float64Array(EMOTION_LABELS.length);
  EMOTION_LABELS.forEach((label, k) => {
    const p = calibrated(m.base, s.base, BASE.label + k);
    emotions[label] = p;
    labelP[k] = p;
    if (p >= (m.base.thresholds[BASE.label + k] ?? 0.5)) labels.push({ label, p });
  });
  const ek = blend(m, s, d, EKMAN_GROUPS, BASE.ekman, CUSTOMER.ekman, MAX_EKMAN, (k) =>
    calibratedLogit(
      m.base,
      BASE.ekman + k,
      ekmanLogit(s.base[BASE.ekman + k] ?? 0, labelP, k, m.ekmanFromLabels),
    ),
  );
  const se = blend(
    m,
    s,
    d,
    SENTIMENTS,
    BASE.sentiment,
    CUSTOMER.sentiment,
    SENTIMENTS.length,
    (k) => calibrated(m.base, s.base, BASE.sentiment + k),
  );
  return {
    emotions,
    labels: labels.sort((a, b) => b.p - a.p).map((l) => l.label),
    ekmanScores: ek.scores,
    ekman: ek.present,
    primaryEkman: ek.strongest,
    sentimentScores: se.scores,
    sentiments: se.present,
    sentiment: oneSentiment(m, s),
    customerDomain: d,
  };
}
