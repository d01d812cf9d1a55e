import { describe, expect, it } from 'vitest';
import { fnv1a, pickWording, sentenceKey, splitSentences, type WordingContext } from './wording.ts';

const ctx = (templates: Record<string, string[]>, seed = 1): WordingContext => ({
  def: { defaultLanguage: 'en', templates: { en: templates } },
  language: 'en',
  seed,
  said: new Set(),
  turn: 0,
});

describe('splitSentences / sentenceKey', () => {
  it('splits after . ! ? and compares case- and punctuation-blind', () => {
    expect(splitSentences('Thanks! A 10 for Jessica. How quick was she?')).toEqual([
      'Thanks!',
      'A 10 for Jessica.',
      'How quick was she?',
    ]);
    expect(splitSentences('Rate 10/10 (0 = bad, 10 = good)?')).toEqual([
      'Rate 10/10 (0 = bad, 10 = good)?',
    ]);
    expect(sentenceKey('Thank  YOU!')).toBe(sentenceKey('thank you.'));
  });
});

describe('pickWording', () => {
  it('never returns a sentence already said, then gives up (null)', () => {
    const w = ctx({ closing: ['Bye.', 'Farewell.'] });
    const a = pickWording(w, ['closing'], {});
    const b = pickWording(w, ['closing'], {});
    expect(new Set([a, b])).toEqual(new Set(['Bye.', 'Farewell.']));
    expect(pickWording(w, ['closing'], {})).toBeNull();
  });
  it('with repeat allowed, falls back to a used variant rather than saying nothing', () => {
    const w = ctx({ help: ['Reply STOP to opt out.'] });
    expect(pickWording(w, ['help'], {}, 'allow')).toBe('Reply STOP to opt out.');
    expect(pickWording(w, ['help'], {}, 'allow')).toBe('Reply STOP to opt out.');
  });
  it('skips a variant whose placeholder has no value, and tries the next key', () => {
    const w = ctx({
      'high_score.nps': ['{customerName}, thanks!'],
      high_score: ['Thanks for the {score}!'],
    });
    expect(pickWording(w, ['high_score.nps', 'high_score'], { score: 9 })).toBe(
      'Thanks for the 9!',
    );
  });
  it('a variant is refused if any one of its sentences was said', () => {
    const w = ctx({ closing: ['Thanks. Bye now.', 'Cheers. Thanks.'] });
    w.said.add(sentenceKey('Thanks.'));
    expect(pickWording(w, ['closing'], {})).toBeNull();
  });
  it('is deterministic for a seed, and the seed moves the choice', () => {
    const variants = ['A.', 'B.', 'C.', 'D.', 'E.'];
    const first = (seed: number) => pickWording(ctx({ closing: variants }, seed), ['closing'], {});
    expect(first(5)).toBe(first(5));
    expect(new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(first)).size).toBeGreaterThan(1);
    expect(fnv1a('abc')).toBe(0x1a47e90b);
  });
});
