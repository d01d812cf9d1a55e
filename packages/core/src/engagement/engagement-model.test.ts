import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feeling, score, signalOf, touchpointOf } from '../journey/test-support.ts';
import {
  emotionValence,
  impulseOf,
  moveScore,
  replayEngagement,
  scalePosition,
  reasonQuotesWords,
  touchpointReasons,
  type EngagementReason,
} from './engagement-model.ts';
import { DEFAULT_ENGAGEMENT as P, engagementParams } from './engagement-params.ts';

const interaction = (
  outcome: 'resolved' | 'unresolved' | null,
  expectation: 'failed' | 'met' | 'exceeded' | null = null,
) => ({
  id: 'int_1',
  at: '2026-01-05T09:00:00.000Z',
  channel: 'phone' as const,
  stage: 'support',
  outcome,
  expectation,
});

describe('moveScore', () => {
  it('moves one point per point of impulse at 50, and less near the bounds', () => {
    expect(moveScore(50, 1)).toBeCloseTo(51, 1);
    expect(moveScore(50, -1)).toBeCloseTo(49, 1);
    const mid = moveScore(50, 10) - 50;
    const high = moveScore(90, 10) - 90;
    const low = 10 - moveScore(10, -10);
    expect(high).toBeLessThan(mid / 2);
    expect(low).toBeCloseTo(high, 5);
    expect(moveScore(99, 30)).toBeLessThan(100);
    expect(moveScore(1, -30)).toBeGreaterThan(0);
    expect(moveScore(73.21, 0)).toBe(73.21);
  });
  it('is symmetric: up then down by the same impulse comes back', () => {
    expect(moveScore(moveScore(64, 12), -12)).toBeCloseTo(64, 1);
  });
  it('never moves a score against its impulse, even next to 0 or 100', () => {
    // A resolved call (+4) at 99.8 gave 99.57: the score was clamped to 99.5 first.
    expect(moveScore(99.8, 4)).toBeGreaterThanOrEqual(99.8);
    expect(moveScore(0.2, -4)).toBeLessThanOrEqual(0.2);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: -60, max: 60, noNaN: true }),
        (before, impulse) => {
          const after = moveScore(before, impulse);
          expect(after).toBeGreaterThanOrEqual(0);
          expect(after).toBeLessThanOrEqual(100);
          if (impulse > 0) expect(after).toBeGreaterThanOrEqual(before);
          if (impulse < 0) expect(after).toBeLessThanOrEqual(before);
        },
      ),
    );
  });
});

describe('scalePosition', () => {
  it('places answers relative to the metric neutral point', () => {
    expect(scalePosition(score('nps', 10, 0, 10), 0.7)).toBe(1);
    expect(scalePosition(score('nps', 0, 0, 10), 0.7)).toBe(-1);
    expect(scalePosition(score('nps', 7, 0, 10), 0.7)).toBeCloseTo(0, 10);
    expect(scalePosition(score('csat', 3, 1, 5), 0.5)).toBe(0);
    expect(scalePosition(score('csat', 4, 1, 5), 0.5)).toBe(0.5);
    // A 1 on a 1–10 NPS is the bottom of its scale, as a 0 is on 0–10.
    expect(scalePosition(score('nps', 1, 1, 10), 0.7)).toBe(-1);
    expect(scalePosition({ ...score('ces', 5, 1, 7), valueNum: null }, 0.5)).toBeNull();
  });
});

describe('touchpointReasons', () => {
  it('sums outcome, expectation, survey, emotions, effort and praise into the impulse', () => {
    const tp = touchpointOf({
      interaction: interaction('resolved', 'met'),
      responses: [
        {
          id: 'rsp_1',
          interactionId: 'int_1',
          at: '2026-01-05T10:00:00.000Z',
          channel: 'sms',
          stage: 'support',
          answers: [
            score('csat', 5, 1, 5),
            {
              ...score('csat', 5, 1, 5),
              metric: 'expectations',
              valueText: 'exceeded',
              valueNum: 2,
              scaleMin: 0,
              scaleMax: 2,
            },
          ],
        },
      ],
      signals: [
        signalOf({
          emotions: feeling(0.9, 0.05, { gratitude: 0.9 }),
          praise: 0.8,
          triggers: { praise: ['amazing'] },
        }),
      ],
    });
    const reasons = touchpointReasons(tp, P);
    expect(reasons.map((r) => [r.factor, r.points])).toEqual([
      ['outcome', 4],
      ['expectation', 8], // the survey's "exceeded" wins over the recorded "met"
      ['csat', 6],
      ['emotion', 8.5],
      ['praise', 3.2],
    ]);
    expect(reasons.find((r) => r.factor === 'praise')?.detail).toBe('amazing');
    expect(reasons.find((r) => r.factor === 'emotion')?.detail).toContain('gratitude');
    expect(impulseOf(reasons)).toBe(29.7);
  });

  it('reads a condescending, unresolved call as a fall', () => {
    const tp = touchpointOf({
      interaction: interaction('unresolved'),
      signals: [
        signalOf({
          sourceType: 'interaction_note',
          speaker: null,
          emotions: feeling(0.02, 0.9, { anger: 0.81, annoyance: 0.77 }),
        }),
      ],
    });
    const reasons = touchpointReasons(tp, P);
    expect(reasons.map((r) => r.factor)).toEqual(['outcome', 'emotion']);
    expect(impulseOf(reasons)).toBeLessThan(-12);
  });

  it('caps the impulse and says so', () => {
    const tp = touchpointOf({
      interaction: interaction('unresolved', 'failed'),
      signals: [
        signalOf({ emotions: feeling(0, 1), effort: 1, churnRisk: 1, escalation: 'complaint' }),
      ],
    });
    const reasons = touchpointReasons(tp, P);
    expect(impulseOf(reasons)).toBe(-30);
    expect(reasons.at(-1)?.factor).toBe('cap');
  });

  it('ignores the agent’s messages: the customer’s side moves the score', () => {
    const agent = signalOf({ speaker: 'agent', emotions: feeling(0, 1) });
    expect(
      touchpointReasons(touchpointOf({ interaction: interaction(null), signals: [agent] }), P),
    ).toEqual([]);
  });

  it('uses the workspace weights', () => {
    const p = engagementParams({ outcome: { resolved: 10 } });
    expect(touchpointReasons(touchpointOf({ interaction: interaction('resolved') }), p)).toEqual([
      { factor: 'outcome', detail: 'resolved', points: 10 },
    ]);
  });
});

describe('emotionValence', () => {
  it('weighs the end of a conversation more than its start', () => {
    const arc = [
      signalOf({ seq: 0, emotions: feeling(0, 0.8) }),
      signalOf({ seq: 1, emotions: feeling(0.5, 0.1) }),
      signalOf({ seq: 2, emotions: feeling(0.9, 0) }),
    ];
    const v = emotionValence(arc, 1);
    expect(v?.n).toBe(3);
    // weights 1, 1.5, 2: (−0.8 + 0.6 + 1.8) / 4.5
    expect(v?.valence).toBeCloseTo(1.6 / 4.5, 10);
    expect(emotionValence(arc, 0)?.valence).toBeCloseTo(0.5 / 3, 10);
  });
});

describe('replayEngagement', () => {
  it('chains each touchpoint from where the previous one ended', () => {
    const good = touchpointOf({
      key: 'int_a',
      interaction: { ...interaction('resolved'), id: 'int_a' },
    });
    const bad = touchpointOf({
      key: 'int_b',
      at: '2026-01-06T09:00:00.000Z',
      interaction: { ...interaction('unresolved'), id: 'int_b' },
    });
    const steps = replayEngagement(50, [good, bad], P);
    expect(steps.map((s) => s.key)).toEqual(['int_a', 'int_b']);
    expect(steps[0]?.before).toBe(50);
    expect(steps[0]?.after).toBeGreaterThan(50);
    expect(steps[1]?.before).toBe(steps[0]?.after);
    expect(steps[1]?.delta).toBeLessThan(0);
    expect(steps[1]?.delta).toBeCloseTo((steps[1]?.after ?? 0) - (steps[1]?.before ?? 0), 10);
  });
});

describe('reasons that quote a signal’s words (raw-text retention)', () => {
  it('are the effort, praise and churn reasons that name words, not their numeric fallbacks', () => {
    const r = (factor: EngagementReason['factor'], detail: string): EngagementReason => ({
      factor,
      detail,
      points: -1,
    });
    expect(reasonQuotesWords(r('churn_risk', 'moving my accounts'))).toBe(true);
    expect(reasonQuotesWords(r('effort', 'had to call three times'))).toBe(true);
    expect(reasonQuotesWords(r('praise', 'you have been amazing'))).toBe(true);
    expect(reasonQuotesWords(r('churn_risk', 'churn risk 0.81'))).toBe(false);
    expect(reasonQuotesWords(r('effort', 'effort 0.70'))).toBe(false);
    expect(reasonQuotesWords(r('praise', 'praise 0.66'))).toBe(false);
    expect(reasonQuotesWords(r('praise', 'asked to pass praise up'))).toBe(false);
    expect(reasonQuotesWords(r('outcome', 'unresolved'))).toBe(false);
    // As the model writes them: with the signal's words, and once retention removed them.
    const worded = (triggers: Record<string, string[]>) =>
      touchpointReasons(
        touchpointOf({
          signals: [signalOf({ churnRisk: 0.9, effort: 0.8, praise: 0.7, triggers })],
        }),
        P,
      ).filter(reasonQuotesWords);
    const words = { churn_risk: ['close it'], effort: ['third call'], praise: ['so kind'] };
    expect(
      worded(words)
        .map((x) => x.factor)
        .sort(),
    ).toEqual(['churn_risk', 'effort', 'praise']);
    expect(worded({})).toEqual([]);
  });
});
