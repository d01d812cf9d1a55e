/**
 * One customer's journey: the touchpoints in order, each with the emotions read in its texts
 * (every message's, and a summary of the customer's side) and the engagement score before and
 * after it with the reasons. Pure assembly of what the store returns.
 */
import { engagementEventId, type EngagementEvent } from '../engagement/engagement-event.ts';
import { emotionValence, type EngagementReason } from '../engagement/engagement-model.ts';
import type { EngagementParams } from '../engagement/engagement-params.ts';
import { customerSide, type Touchpoint } from '../engagement/touchpoint.ts';
import type { Expectation, Outcome } from '../interactions/interaction.ts';
import {
  groupsBeyondTop,
  topEmotions,
  valenceOf,
  type EmotionScore,
  type EkmanScore,
} from '../signals/emotion-reading.ts';
import type { Signal } from '../signals/signal.ts';

export type SignalView = Omit<Signal, 'workspaceId' | 'createdAt'> & {
  valence: number;
  top: EmotionScore[];
  /** Ekman groups read that none of `top`'s labels belongs to (see `groupsBeyondTop`). */
  groupsBeyondTop: EkmanScore[];
};

export interface TouchpointEmotions {
  /** The customer's texts read (their messages, the note, their comments). */
  n: number;
  /** Weighted valence, −1 … 1 (later messages weigh more). */
  valence: number;
  /** Valence of the customer's first and last text: the arc's two ends. */
  first: number;
  last: number;
  /** The strongest emotions on average over those texts. */
  top: EmotionScore[];
}

export interface TouchpointView {
  key: string;
  kind: 'interaction' | 'response';
  interactionId: string | null;
  responseIds: string[];
  at: string;
  channel: string;
  stage: string | null;
  outcome: Outcome | null;
  expectation: Expectation | null;
  engagement: {
    before: number;
    after: number;
    delta: number;
    reasons: EngagementReason[];
  } | null;
  emotions: TouchpointEmotions | null;
  /** Every text's reading: messages by seq (with the speaker), the note, the comments. */
  signals: SignalView[];
}

export interface CustomerJourney {
  customerId: string;
  engagementScore: number;
  initialScore: number;
  stages: string[];
  touchpoints: TouchpointView[];
  /** True when older touchpoints were left out (see `limit`). */
  truncated: boolean;
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;

export function signalView(s: Signal): SignalView {
  const { workspaceId: _w, createdAt: _c, ...rest } = s;
  const top = topEmotions(s.emotions);
  return { ...rest, valence: round3(valenceOf(s)), top, groupsBeyondTop: groupsBeyondTop(s, top) };
}

export function touchpointEmotions(
  signals: readonly Signal[],
  lateWeight: number,
): TouchpointEmotions | null {
  const texts = customerSide(signals);
  const e = emotionValence(texts, lateWeight);
  const first = texts[0];
  const last = texts.at(-1);
  if (!e || !first || !last) return null;
  const sums: Record<string, number> = {};
  for (const s of texts)
    for (const [label, p] of Object.entries(s.emotions))
      if (!label.includes(':')) sums[label] = (sums[label] ?? 0) + p / texts.length;
  return {
    n: e.n,
    valence: round3(e.valence),
    first: round3(valenceOf(first)),
    last: round3(valenceOf(last)),
    top: topEmotions(sums, 3, 0.1).map((t) => ({ label: t.label, p: round3(t.p) })),
  };
}

export function customerJourney(input: {
  customerId: string;
  engagementScore: number;
  stages: string[];
  params: EngagementParams;
  touchpoints: readonly Touchpoint[];
  events: readonly EngagementEvent[];
  limit: number;
}): CustomerJourney {
  const events = new Map(input.events.map((e) => [e.id, e]));
  const kept = input.touchpoints.slice(-input.limit);
  return {
    customerId: input.customerId,
    engagementScore: input.engagementScore,
    initialScore: input.params.initial,
    stages: input.stages,
    truncated: kept.length < input.touchpoints.length,
    touchpoints: kept.map((tp): TouchpointView => {
      const e = events.get(engagementEventId(tp.key));
      return {
        key: tp.key,
        kind: tp.interaction ? 'interaction' : 'response',
        interactionId: tp.interaction?.id ?? null,
        responseIds: tp.responses.map((r) => r.id),
        at: tp.at,
        channel: tp.channel,
        stage: tp.stage,
        outcome: tp.interaction?.outcome ?? null,
        expectation: tp.interaction?.expectation ?? null,
        engagement: e
          ? { before: e.before, after: e.after, delta: e.delta, reasons: e.reasons }
          : null,
        emotions: touchpointEmotions(tp.signals, input.params.lateWeight),
        signals: tp.signals.map(signalView),
      };
    }),
  };
}
