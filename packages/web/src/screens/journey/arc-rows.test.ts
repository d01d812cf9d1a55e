import { describe, expect, test } from 'vitest';
import type { InteractionMessage, JourneySignal } from '@rapport/contracts';
import { arcRows, ekmanWords, signalWords } from './arc-rows.ts';
import { aSignal } from './journey-fixtures.ts';

// The journey fixtures' signal, as a message of int_1 with no Ekman group read.
const signal = (over: Partial<JourneySignal>): JourneySignal =>
  aSignal({
    id: 'sig',
    sourceId: 'int_1',
    interactionId: 'int_1',
    ekman: [],
    at: '2026-11-23T10:00:00.000Z',
    ...over,
  });

describe('the arc as table rows', () => {
  test('one row per message in order, with its text, reading and signals in words', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const messages: InteractionMessage[] = [
      { seq: 2, speaker: 'agent', employeeId: 'emp_thor', text: 'Sorry!', at: 'T2' },
      { seq: 1, speaker: 'customer', employeeId: null, text: hostile, at: 'T1' },
    ];
    const rows = arcRows(
      [
        signal({
          seq: 2,
          speaker: 'agent',
          sentiment: 'ambiguous',
          valence: 0.2,
          top: [{ label: 'remorse', p: 0.6 }],
        }),
        signal({
          seq: 1,
          sentiment: 'negative',
          valence: -0.62,
          ekman: ['anger', 'disgust'],
          emotions: { 'ekman:anger': 0.72 },
          top: [
            { label: 'annoyance', p: 0.81 },
            { label: 'anger', p: 0.4 },
          ],
          churnRisk: 0.7,
          effort: 0.49,
          escalation: 'complaint',
        }),
        signal({ sourceType: 'response_comment', seq: 0 }),
      ],
      messages,
      (id) => (id === 'emp_thor' ? 'Thor' : undefined),
    );
    expect(rows).toEqual([
      {
        order: 1,
        seq: 1,
        speaker: 'Customer',
        at: 'T1',
        text: hostile,
        ekman: 'Anger 72 %, Disgust',
        top: 'annoyance 81 %, anger 40 %',
        sentiment: 'Negative',
        valence: 'very negative (−0.62)',
        signals: 'churn risk 70 %, escalation: complaint',
      },
      {
        order: 2,
        seq: 2,
        speaker: 'Agent · Thor',
        at: 'T2',
        text: 'Sorry!',
        ekman: 'none',
        top: 'remorse 60 %',
        sentiment: 'Mixed',
        valence: 'positive (+0.20)',
        signals: 'none',
      },
    ]);
  });

  test('before the transcript loads: the signal’s time, no text', () => {
    const [row] = arcRows([signal({ seq: 3 })], undefined, () => undefined);
    expect([row?.at, row?.text]).toEqual(['2026-11-23T10:00:00.000Z', undefined]);
    expect(ekmanWords(signal({ ekman: ['joy'] }))).toBe('Joy');
    expect(signalWords(signal({ praise: 0.5, humour: 0.9, urgency: 0.55 }))).toBe(
      'praise 50 %, humour 90 %, urgency 55 %',
    );
  });
});
