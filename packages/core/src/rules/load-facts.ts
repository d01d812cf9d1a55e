/**
 * Loads the facts of an event for the rules. Employee and leadership pulses are anonymous:
 * their responses and comments never reach a rule (a case would point at a person).
 */
import type { Deps } from '../common/deps.ts';
import type { Customer } from '../customers/customer.ts';
import type { SurveyResponse } from '../feedback/response.ts';
import type { Interaction } from '../interactions/interaction.ts';
import type { Signal } from '../signals/signal.ts';
import { scoresOf, type Facts, type LowScoreEvent } from './rule-facts.ts';

const anonymous = (r: SurveyResponse | null | undefined) =>
  r?.surveyKind === 'employee' || r?.surveyKind === 'leadership';

async function customer(d: Deps, ws: string, id: string | null | undefined) {
  return id ? ((await d.r.customers.get(ws, id)) ?? null) : null;
}

async function interaction(d: Deps, ws: string, id: string | null | undefined) {
  return id ? ((await d.r.interactions.get(ws, id)) ?? null) : null;
}

export async function factsForResponse(d: Deps, ws: string, id: string): Promise<Facts | null> {
  const r = await d.r.responses.get(ws, id);
  if (!r || anonymous(r)) return null;
  return responseFacts(d, ws, r);
}

/** The customer and interaction of a response, when its caller has read them already. */
export interface KnownFacts {
  customer: Customer | null;
  interaction: Interaction | null;
}

export async function responseFacts(
  d: Deps,
  ws: string,
  r: SurveyResponse,
  known?: KnownFacts,
): Promise<Facts> {
  return {
    trigger: 'response',
    subjectId: r.id,
    at: r.submittedAt,
    customer: known ? known.customer : await customer(d, ws, r.customerId),
    interaction: known ? known.interaction : await interaction(d, ws, r.interactionId),
    response: r,
    signal: null,
    lowScore: null,
    scores: scoresOf(r),
    text: r.comment,
  };
}

function textOf(s: Signal, r: SurveyResponse | null, i: Interaction | null): string | null {
  if (s.sourceType === 'response_comment') return r?.comment ?? null;
  if (s.sourceType === 'interaction_note') return i?.note ?? null;
  return i?.messages.find((m) => m.seq === s.seq)?.text ?? null;
}

export async function factsForSignal(d: Deps, ws: string, id: string): Promise<Facts | null> {
  const s = await d.r.signals.get(ws, id);
  return s ? signalFacts(d, ws, s) : null;
}

export async function signalFacts(d: Deps, ws: string, s: Signal): Promise<Facts | null> {
  const r = s.responseId ? ((await d.r.responses.get(ws, s.responseId)) ?? null) : null;
  if (anonymous(r)) return null;
  const i = await interaction(d, ws, s.interactionId ?? r?.interactionId);
  return {
    trigger: 'signal',
    subjectId: s.id,
    at: s.at,
    customer: await customer(d, ws, s.customerId ?? r?.customerId ?? i?.customerId),
    interaction: i,
    response: r,
    signal: s,
    lowScore: null,
    scores: r ? scoresOf(r) : [],
    text: textOf(s, r, i),
  };
}

export async function factsForInteraction(d: Deps, ws: string, id: string): Promise<Facts | null> {
  const i = await interaction(d, ws, id);
  return i ? interactionFacts(d, ws, i) : null;
}

export async function interactionFacts(d: Deps, ws: string, i: Interaction): Promise<Facts> {
  return {
    trigger: 'interaction',
    subjectId: i.id,
    at: i.occurredAt,
    customer: await customer(d, ws, i.customerId),
    interaction: i,
    response: null,
    signal: null,
    lowScore: null,
    scores: [],
    text: i.note,
  };
}

export async function factsForLowScore(
  d: Deps,
  ws: string,
  e: LowScoreEvent,
): Promise<Facts | null> {
  const inv = await d.r.invitations.get(ws, e.invitationId);
  if (!inv || !inv.customerId) return null;
  return {
    trigger: 'low_score',
    subjectId: e.invitationId,
    at: d.clock.now().toISOString(),
    customer: await customer(d, ws, inv.customerId),
    interaction: await interaction(d, ws, inv.interactionId),
    response: null,
    signal: null,
    lowScore: e,
    scores: [
      {
        questionId: e.questionId,
        metric: e.metric,
        scope: e.scope,
        score: e.score,
        scaleMin: e.scaleMin,
        scaleMax: e.scaleMax,
      },
    ],
    text: null,
  };
}
