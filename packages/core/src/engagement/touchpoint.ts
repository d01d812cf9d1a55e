/**
 * A touchpoint as the engagement model and the journey see it: an interaction with the survey
 * responses about it and the signals read in its texts, or a survey response about no
 * interaction (a relationship NPS). Ordered by time, then by id, so the order never depends on
 * when rows arrived.
 */
import type { AnswerMetric } from '../feedback/response.ts';
import type { Channel, Expectation, Outcome } from '../interactions/interaction.ts';
import type { Signal } from '../signals/signal.ts';

export interface TouchpointInteraction {
  id: string;
  at: string;
  channel: Channel;
  stage: string;
  outcome: Outcome | null;
  expectation: Expectation | null;
}

export interface TouchpointAnswer {
  metric: AnswerMetric | null;
  valueNum: number | null;
  valueText: string | null;
  scaleMin: number | null;
  scaleMax: number | null;
}

export interface TouchpointResponse {
  id: string;
  interactionId: string | null;
  at: string;
  channel: string;
  stage: string | null;
  answers: TouchpointAnswer[];
}

/** What the store hands over for a customer's touchpoints from some time on. */
export interface TouchpointData {
  interactions: TouchpointInteraction[];
  responses: TouchpointResponse[];
  signals: Signal[];
}

export interface Touchpoint {
  /** The interaction's id, or the response's for a response about no interaction. */
  key: string;
  at: string;
  channel: string;
  stage: string | null;
  interaction: TouchpointInteraction | null;
  /** Responses about it, in time order. */
  responses: TouchpointResponse[];
  /** Every signal of its texts: messages by seq, then the note, then the comments. */
  signals: Signal[];
}

const SOURCE_ORDER: Record<Signal['sourceType'], number> = {
  message: 0,
  interaction_note: 1,
  response_comment: 2,
};

export function compareSignals(a: Signal, b: Signal): number {
  return (
    SOURCE_ORDER[a.sourceType] - SOURCE_ORDER[b.sourceType] ||
    a.seq - b.seq ||
    a.at.localeCompare(b.at) ||
    a.id.localeCompare(b.id)
  );
}

export const compareTouchpoints = (
  a: { at: string; key: string },
  b: { at: string; key: string },
) => Date.parse(a.at) - Date.parse(b.at) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function assembleTouchpoints(data: TouchpointData): Touchpoint[] {
  const byKey = new Map<string, Touchpoint>();
  for (const i of data.interactions)
    byKey.set(i.id, {
      key: i.id,
      at: i.at,
      channel: i.channel,
      stage: i.stage,
      interaction: i,
      responses: [],
      signals: [],
    });
  const responseKey = new Map<string, string>();
  const responses = [...data.responses].sort(
    (a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id),
  );
  for (const r of responses) {
    const host = r.interactionId ? byKey.get(r.interactionId) : undefined;
    if (host) {
      host.responses.push(r);
      responseKey.set(r.id, host.key);
      continue;
    }
    byKey.set(r.id, {
      key: r.id,
      at: r.at,
      channel: r.channel,
      stage: r.stage,
      interaction: null,
      responses: [r],
      signals: [],
    });
    responseKey.set(r.id, r.id);
  }
  for (const s of data.signals) {
    const key =
      (s.responseId ? responseKey.get(s.responseId) : undefined) ??
      (s.interactionId && byKey.has(s.interactionId) ? s.interactionId : undefined);
    if (key) byKey.get(key)?.signals.push(s);
  }
  const out = [...byKey.values()];
  for (const t of out) t.signals.sort(compareSignals);
  return out.sort(compareTouchpoints);
}

/** The signals that speak for the customer: their messages, the notes and their comments. */
export const customerSide = (signals: readonly Signal[]): Signal[] =>
  signals.filter((s) => s.speaker === null || s.speaker === 'customer');
