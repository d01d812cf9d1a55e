import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from './tokenize.ts';

const find = (tokens: Token[], norm: string): Token => {
  const t = tokens.find((x) => x.norm === norm);
  if (!t) throw new Error(`no token ${norm} in ${tokens.map((x) => x.norm).join(' ')}`);
  return t;
};

describe('tokenize', () => {
  it('lower-cases, keeps contractions whole and turns curly apostrophes straight', () => {
    const tokens = tokenize('I’m NOT sure you’ve got it');
    expect(tokens.map((t) => t.norm)).toEqual(["i'm", 'not', 'sure', "you've", 'got', 'it']);
  });

  it('marks up to three words after a negation, and stops at punctuation or "but"', () => {
    const tokens = tokenize("The agent wasn't helpful or kind at all. Great app, but not fast");
    expect(find(tokens, 'helpful').negated).toBe(true);
    expect(find(tokens, 'kind').negated).toBe(true);
    expect(find(tokens, 'all').negated).toBe(false);
    expect(find(tokens, 'great').negated).toBe(false);
    expect(find(tokens, 'fast').negated).toBe(true);
    expect(tokenize('not happy, great service').find((t) => t.norm === 'great')?.negated).toBe(
      false,
    );
  });

  it('marks the word after an intensifier and shouted words as intensified', () => {
    const tokens = tokenize('really slow and TERRIBLE support');
    expect(find(tokens, 'slow').intensified).toBe(true);
    expect(find(tokens, 'terrible').intensified).toBe(true);
    expect(find(tokens, 'terrible').caps).toBe(true);
    expect(find(tokens, 'support').intensified).toBe(false);
  });

  it('flags ALL CAPS words of two letters or more, not single capitals', () => {
    const tokens = tokenize('I said NO and OK');
    expect(find(tokens, 'i').caps).toBe(false);
    expect(find(tokens, 'no').caps).toBe(true);
    expect(find(tokens, 'said').caps).toBe(false);
  });

  it('cuts letter runs to two and flags the elongation', () => {
    const t = find(tokenize('sooooo gooood'), 'soo');
    expect(t.elongated).toBe(true);
    expect(find(tokenize('good'), 'good').elongated).toBe(false);
  });

  it('keeps emoji (without variation selectors and skin tones) and emoticons as tokens', () => {
    const tokens = tokenize('Thanks ❤️ 👍🏽 :) :-( 😂😂');
    expect(tokens.filter((t) => t.kind === 'emoji').map((t) => t.norm)).toEqual([
      '❤',
      '👍',
      '😂',
      '😂',
    ]);
    expect(tokens.filter((t) => t.kind === 'emoticon').map((t) => t.norm)).toEqual([':)', ':-(']);
  });

  it('shortens runs of "!" and "?" to two marks and keeps "..."', () => {
    const norms = tokenize('Why??? Now!!! ok… fine?!')
      .filter((t) => t.kind === 'punct')
      .map((t) => t.norm);
    expect(norms).toEqual(['??', '!!', '...', '?!']);
  });

  it('masks names, links, handles and long numbers; keeps small counts and scores', () => {
    const norms = tokenize(
      '[NAME] and #NAME# see www.x.com @Brand order 551902, 3 calls, 10/10',
    ).map((t) => t.norm);
    expect(norms).toEqual([
      'xname',
      'and',
      'xname',
      'see',
      'xurl',
      'xhandle',
      'order',
      'xnum',
      ',',
      '3',
      'calls',
      ',',
      '10/10',
    ]);
  });

  it('knows where sentences start', () => {
    const starts = tokenize('Jessica was great. Thank you! ok')
      .filter((t) => t.sentenceStart)
      .map((t) => t.norm);
    expect(starts).toEqual(['jessica', 'thank', 'ok']);
  });
});
