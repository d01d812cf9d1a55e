import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokenize.ts';
import { RULE_SCORE_CAP, isRuleSignal, readRules } from './rule-score.ts';

const read = (text: string) => readRules(tokenize(text), text);

describe('readRules', () => {
  it('counts the different effort phrases of a text, as written', () => {
    const r = read('Waited 4 hours, then had to call again. Still waiting.');
    expect(r.phrases.effort).toEqual(
      expect.arrayContaining(['Waited 4', 'had to call', 'Still waiting']),
    );
    expect(r.score.effort).toBe(3);
  });

  it('finds customer-service effort language', () => {
    for (const t of [
      'I jumped through hoops to get this sorted',
      'three calls and two emails later',
      'explained the same problem to four different agents',
      'back and forth for a month',
      'I have given up on it',
    ])
      expect(read(t).score.effort).toBeGreaterThan(0);
  });

  it('scores zero without effort language and caps the score', () => {
    expect(read('Lovely staff, quick delivery.').score.effort).toBe(0);
    const many = read(
      'Waited 3 hours, on hold for ages, back and forth, had to chase, still no reply, gave up.',
    );
    expect(many.score.effort).toBe(RULE_SCORE_CAP);
  });

  it('knows which signals have a rule', () => {
    expect(isRuleSignal('effort')).toBe(true);
    expect(isRuleSignal('praise')).toBe(false);
  });
});
