import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokenize.ts';
import { findCues } from './matcher.ts';

const cues = (text: string, category: string) =>
  findCues(tokenize(text), text)
    .filter((c) => c.category === category)
    .map((c) => c.text);

describe('findCues', () => {
  it('matches exact words, prefixes, counts and wildcards, keeping the words as written', () => {
    expect(cues('I had to call THREE times, still waiting', 'effort')).toEqual(
      expect.arrayContaining(['had to call', 'THREE times', 'still waiting']),
    );
    expect(cues('Cancelled, and I am moving my accounts', 'churn')).toEqual([
      'Cancelled',
      'moving my accounts',
    ]);
    expect(cues('never using you again', 'churn')).toEqual([
      'never using you again',
      'never using',
    ]);
  });

  it('does not match across punctuation', () => {
    expect(cues('never. again', 'churn')).toEqual([]);
  });

  it('finds escalation, sarcasm and calm cues', () => {
    expect(cues('please tell her boss', 'escalation')).toEqual(
      expect.arrayContaining(['boss', 'tell her boss']),
    );
    expect(cues('Oh great, another delay', 'sarcasm')).toEqual(['Oh great']);
    expect(cues('no rush at all', 'calm')).toEqual(['no rush']);
  });
});
