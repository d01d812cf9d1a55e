/** Builders for the journey's and engagement's unit tests (not exported from core). */
import type { Touchpoint, TouchpointAnswer } from '../engagement/touchpoint.ts';
import type { Signal } from '../signals/signal.ts';

export function signalOf(p: Partial<Signal> = {}): Signal {
  return {
    id: 'sig_1',
    workspaceId: 'ws_1',
    sourceType: 'message',
    sourceId: 'int_1',
    seq: 0,
    customerId: 'cus_1',
    interactionId: 'int_1',
    responseId: null,
    channel: 'chat',
    stage: 'support',
    speaker: 'customer',
    sentiment: 'neutral',
    ekman: ['neutral'],
    emotions: {},
    praise: 0,
    churnRisk: 0,
    effort: 0,
    humour: 0,
    urgency: 0,
    escalation: 'none',
    triggers: {},
    modelVersion: 'test',
    at: '2026-01-05T09:00:00.000Z',
    createdAt: '2026-01-05T09:00:00.000Z',
    ...p,
  };
}

/** A reading's probabilities as the model stores them (sentiment heads included). */
export const feeling = (
  positive: number,
  negative: number,
  labels: Record<string, number> = {},
) => ({
  ...labels,
  'sentiment:positive': positive,
  'sentiment:negative': negative,
});

export function touchpointOf(p: Partial<Touchpoint> = {}): Touchpoint {
  return {
    key: 'int_1',
    at: '2026-01-05T09:00:00.000Z',
    channel: 'phone',
    stage: 'support',
    interaction: {
      id: 'int_1',
      at: '2026-01-05T09:00:00.000Z',
      channel: 'phone',
      stage: 'support',
      outcome: null,
      expectation: null,
    },
    responses: [],
    signals: [],
    ...p,
  };
}

export const score = (
  metric: 'nps' | 'csat' | 'ces',
  v: number,
  min: number,
  max: number,
): TouchpointAnswer => ({
  metric,
  valueNum: v,
  valueText: null,
  scaleMin: min,
  scaleMax: max,
});
