import { describe, expect, it } from 'vitest';
import type { Signal } from '../signals/signal.ts';
import { evidenceOfSignal } from './evidence.ts';

function signal(emotions: Record<string, number>): Signal {
  return {
    id: 'sig_1',
    workspaceId: 'ws_1',
    sourceType: 'message',
    sourceId: 'int_1',
    seq: 2,
    customerId: 'cus_1',
    interactionId: 'int_1',
    responseId: null,
    channel: 'chat',
    stage: 'support',
    speaker: 'customer',
    sentiment: 'negative',
    ekman: ['anger'],
    emotions,
    praise: 0.01,
    churnRisk: 0.8,
    effort: 0.1,
    humour: 0,
    urgency: 0.2,
    escalation: 'none',
    triggers: { churn_risk: ['moving my accounts'] },
    modelVersion: 'emotion-v1',
    at: '2026-11-20T10:00:00.000Z',
    createdAt: '2026-11-20T10:00:01.000Z',
  };
}

describe('evidence of a signal', () => {
  it('names the three strongest of the 28 labels, never the groupings stored beside them', () => {
    const e = evidenceOfSignal(
      signal({
        'ekman:anger': 0.99,
        'sentiment:negative': 0.97,
        neutral: 0.9,
        anger: 0.81,
        annoyance: 0.64,
        disappointment: 0.4,
        sadness: 0.1,
      }),
      'I am moving my accounts.',
    );
    expect(e.summary).toBe(
      'Text (message): negative; anger 0.81, annoyance 0.64, disappointment 0.40; words: moving my accounts',
    );
    expect(e.detail.emotions).toEqual({ anger: 0.81, annoyance: 0.64, disappointment: 0.4 });
    expect(e.detail.text).toBe('I am moving my accounts.');
  });

  it('says only the sentiment when no label stands out', () => {
    const e = evidenceOfSignal(signal({ neutral: 0.95, 'ekman:neutral': 0.9 }), null);
    expect(e.summary).toBe('Text (message): negative; words: moving my accounts');
    expect(e.detail.emotions).toEqual({});
  });
});
