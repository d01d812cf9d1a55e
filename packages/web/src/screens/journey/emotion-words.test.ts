import { describe, expect, test } from 'vitest';
import { arcSummary } from './arc-option.ts';
import { leadEmotionWord, readingWords } from './emotion-words.ts';
import { aSignal } from './journey-fixtures.ts';

// A worried customer: the model's Ekman reading is fear, its strongest label caring at 12 %.
const worried = aSignal({
  sentiment: 'negative',
  valence: -0.6,
  ekman: ['fear'],
  top: [{ label: 'caring', p: 0.12 }],
  groupsBeyondTop: [{ group: 'fear', p: 0.71 }],
});

describe('what a text was read as, in words', () => {
  test('names a group no strong label stands for before the labels', () => {
    expect(readingWords(worried)).toBe('fear (group) 71 %, caring 12 % · negative');
    expect(leadEmotionWord(worried)).toBe('fear (group)');
  });

  test('reads as before when the labels cover the groups', () => {
    const s = aSignal({ sentiment: 'negative', top: [{ label: 'annoyance', p: 0.81 }] });
    expect(readingWords(s)).toBe('annoyance 81 % · negative');
    expect(leadEmotionWord(s)).toBe('annoyance');
  });

  test('leaves out a probability the model did not give, and says when nothing was read', () => {
    expect(readingWords(aSignal({ groupsBeyondTop: [{ group: 'sadness', p: null }] }))).toBe(
      'sadness (group) · neutral',
    );
    expect(readingWords(aSignal())).toBe('no strong emotion · neutral');
    expect(leadEmotionWord(aSignal())).toBe('no strong emotion');
  });

  test("the arc's summary names the group a worried customer began with", () => {
    const calm = aSignal({ seq: 1, valence: 0.5, top: [{ label: 'gratitude', p: 0.8 }] });
    expect(arcSummary([worried, calm])).toBe(
      'Emotional arc of the conversation: 2 messages. The customer began very negative (−0.60), with fear (group), and ended very positive (+0.50), with gratitude.',
    );
  });
});
