import { describe, expect, it } from 'vitest';
import { signalOf } from '../journey/test-support.ts';
import { assembleTouchpoints, type TouchpointInteraction } from './touchpoint.ts';

const int = (id: string, at: string): TouchpointInteraction => ({
  id,
  at,
  channel: 'chat',
  stage: 'support',
  outcome: 'resolved',
  expectation: null,
});
const rsp = (id: string, interactionId: string | null, at: string) => ({
  id,
  interactionId,
  at,
  channel: 'web',
  stage: null,
  answers: [],
});

describe('assembleTouchpoints', () => {
  it('orders by time whatever the arrival order, ties by id', () => {
    const tps = assembleTouchpoints({
      interactions: [
        int('int_c', '2026-01-03T00:00:00.000Z'),
        int('int_b', '2026-01-01T00:00:00.000Z'),
        int('int_a', '2026-01-01T00:00:00.000Z'),
      ],
      responses: [rsp('rsp_x', null, '2026-01-02T00:00:00.000Z')],
      signals: [],
    });
    expect(tps.map((t) => t.key)).toEqual(['int_a', 'int_b', 'rsp_x', 'int_c']);
    expect(tps[2]?.interaction).toBeNull();
  });

  it('folds a survey about an interaction into it, with its comment', () => {
    const tps = assembleTouchpoints({
      interactions: [int('int_a', '2026-01-01T00:00:00.000Z')],
      responses: [rsp('rsp_1', 'int_a', '2026-01-04T00:00:00.000Z')],
      signals: [
        signalOf({
          id: 's3',
          sourceType: 'response_comment',
          sourceId: 'rsp_1',
          responseId: 'rsp_1',
          interactionId: 'int_a',
          speaker: null,
        }),
        signalOf({ id: 's2', seq: 1, interactionId: 'int_a' }),
        signalOf({
          id: 's1',
          sourceType: 'interaction_note',
          seq: 0,
          interactionId: 'int_a',
          speaker: null,
        }),
        signalOf({ id: 's0', seq: 0, interactionId: 'int_a' }),
        signalOf({ id: 'stray', interactionId: 'int_gone' }),
      ],
    });
    expect(tps).toHaveLength(1);
    expect(tps[0]?.responses.map((r) => r.id)).toEqual(['rsp_1']);
    expect(tps[0]?.signals.map((s) => s.id)).toEqual(['s0', 's2', 's1', 's3']);
  });
});
