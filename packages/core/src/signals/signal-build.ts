/** Turns a model reading of one text into the stored Signal, linked to its source. */
import { canonicalEkman, ekmanKey, sentimentKey } from './emotion-reading.ts';
import type { Signal } from './signal.ts';
import type { TextReading } from './text-analyzer.ts';

/** Where a text came from: everything a signal links to. */
export type SignalOrigin = Pick<
  Signal,
  | 'sourceType'
  | 'sourceId'
  | 'seq'
  | 'customerId'
  | 'interactionId'
  | 'responseId'
  | 'channel'
  | 'stage'
  | 'speaker'
  | 'at'
>;

export interface SignalMeta {
  id: string;
  workspaceId: string;
  modelVersion: string;
  createdAt: string;
}

/** Probabilities are stored to 4 decimals: plenty for rules and charts, a third of the bytes. */
const round4 = (p: number) => Math.round(Math.min(1, Math.max(0, p)) * 10_000) / 10_000;

/**
 * `emotions` holds the 28 labels under their names, and the Ekman and sentiment probabilities
 * (when the model gives them) under `ekman:<group>` and `sentiment:<sentiment>` — the model's
 * head names — so a label and the Ekman group of the same name (anger, joy …) never collide.
 */
export function emotionRecord(reading: TextReading): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [label, p] of Object.entries(reading.emotions)) out[label] = round4(p);
  for (const [group, p] of Object.entries(reading.ekmanScores ?? {}))
    out[ekmanKey(group)] = round4(p);
  for (const [s, p] of Object.entries(reading.sentimentScores ?? {}))
    out[sentimentKey(s)] = round4(p);
  return out;
}

export function signalFromReading(
  reading: TextReading,
  origin: SignalOrigin,
  meta: SignalMeta,
): Signal {
  const triggers: Record<string, string[]> = {};
  for (const [k, words] of Object.entries(reading.triggers))
    if (words.length) triggers[k] = [...words];
  return {
    ...origin,
    id: meta.id,
    workspaceId: meta.workspaceId,
    sentiment: reading.sentiment,
    ekman: canonicalEkman(reading.ekman),
    emotions: emotionRecord(reading),
    praise: round4(reading.praise),
    churnRisk: round4(reading.churnRisk),
    effort: round4(reading.effort),
    humour: round4(reading.humour),
    urgency: round4(reading.urgency),
    escalation: reading.escalation,
    triggers,
    modelVersion: meta.modelVersion,
    createdAt: meta.createdAt,
  };
}
