/** Hand-built facts for rule tests. */
import type { Signal } from '../signals/signal.ts';
import type { Facts, ScoreFact } from './rule-facts.ts';

export function signal(over: Partial<Signal> = {}): Signal {
  return {
    id: 'sig_1',
    workspaceId: 'ws',
    sourceType: 'interaction_note',
    sourceId: 'int_1',
    seq: 0,
    customerId: 'cus_1',
    interactionId: 'int_1',
    responseId: null,
    channel: 'phone',
    stage: 'support',
    speaker: null,
    sentiment: 'neutral',
    ekman: [],
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
    ...over,
  };
}

export const score = (metric: string, value: number, over: Partial<ScoreFact> = {}): ScoreFact => ({
  questionId: metric,
  metric,
  scope: metric === 'nps' ? 'relationship' : 'transactional',
  score: value,
  scaleMin: 1,
  scaleMax: 10,
  ...over,
});

export function facts(over: Partial<Facts> = {}): Facts {
  return {
    trigger: 'response',
    subjectId: 'rsp_1',
    at: '2026-01-05T09:00:00.000Z',
    customer: null,
    interaction: null,
    response: null,
    signal: null,
    lowScore: null,
    scores: [],
    text: null,
    ...over,
  };
}
