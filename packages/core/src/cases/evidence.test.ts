import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SurveyResponse } from '../feedback/response.ts';
import type { Interaction } from '../interactions/interaction.ts';
import type { Signal } from '../signals/signal.ts';
import {
  evidenceOfInteraction,
  evidenceOfResponse,
  evidenceOfSignal,
  holdsText,
  summaryWithoutText,
  textSince,
  withoutText,
} from './evidence.ts';

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

describe('evidence without the customer’s words (history steps, retention)', () => {
  const answer = (questionId: string, metric: 'csat' | 'ces', v: number, max: number) => ({
    questionId,
    metric,
    scope: 'transactional' as const,
    valueNum: v,
    valueText: null,
    valueJson: null,
    scaleMin: 1,
    scaleMax: max,
    topBoxMin: null,
    agentId: null,
    teamId: null,
    ownerId: null,
    managerId: null,
  });
  const response = (comment: string | null, scored: boolean): SurveyResponse => ({
    id: 'rsp_1',
    workspaceId: 'ws_1',
    invitationId: null,
    surveyId: 'srv_1',
    surveyVersion: 1,
    surveyKind: 'transactional',
    channel: 'sms',
    stage: 'support',
    customerId: 'cus_1',
    interactionId: null,
    segment: null,
    comment,
    completed: true,
    submittedAt: '2026-01-02T03:04:05.000Z',
    createdAt: '2026-01-02T03:04:05.000Z',
    answers: scored ? [answer('csat', 'csat', 2, 5), answer('ces', 'ces', 3, 7)] : [],
  });
  const interaction = (note: string | null): Interaction => ({
    id: 'int_1',
    workspaceId: 'ws_1',
    externalId: null,
    customerId: 'cus_1',
    channel: 'phone',
    stage: 'billing',
    occurredAt: '2026-01-02T03:04:05.000Z',
    outcome: 'unresolved',
    expectation: 'failed',
    employeeIds: [],
    teamId: null,
    note,
    durationSeconds: null,
    attributes: {},
    messages: [],
    createdAt: '2026-01-02T03:04:05.000Z',
  });
  // Any words at all: quotes, dashes and the marks themselves included.
  const words = fc.oneof(
    fc.string({ minLength: 1 }),
    fc.constantFrom('I said, "no"', '"quoted" — "twice"', '; words: x', ', "', ' — "'),
  );

  it('leaves exactly what the item says without words, whatever the words (property)', () => {
    fc.assert(
      fc.property(words, fc.boolean(), (text, scored) => {
        const r = withoutText(evidenceOfResponse(response(text, scored)));
        expect(r).toEqual(evidenceOfResponse(response(null, scored)));
        expect(holdsText(r)).toBe(false);
        expect(holdsText(evidenceOfResponse(response(text, scored)))).toBe(true);
        const i = withoutText(evidenceOfInteraction(interaction(text)));
        expect(i).toEqual(evidenceOfInteraction(interaction(null)));
        const withWords = { ...signal({ anger: 0.8 }), triggers: { churn_risk: [text] } };
        const s = withoutText(evidenceOfSignal(withWords, text));
        expect(s).toEqual(evidenceOfSignal({ ...withWords, triggers: {} }, null));
      }),
    );
  });

  it('finds the oldest item that still holds words', () => {
    const older = {
      ...evidenceOfResponse(response('late again', true)),
      at: '2025-01-01T00:00:00.000Z',
    };
    const scoresOnly = {
      ...evidenceOfResponse(response(null, true)),
      at: '2024-01-01T00:00:00.000Z',
    };
    const newer = evidenceOfInteraction(interaction('called twice'));
    expect(textSince([newer, older, scoresOnly])).toBe('2025-01-01T00:00:00.000Z');
    expect(textSince([scoresOnly, withoutText(older)])).toBeNull();
    expect(summaryWithoutText('low_score', 'Low score: CSAT 1 (1–5)')).toBe(
      'Low score: CSAT 1 (1–5)',
    );
  });
});
