import { describe, expect, it } from 'vitest';
import { questionAttribution } from './attribution.ts';
import { localize } from './localize.ts';
import { defaultBands, isOnScale, scoreBand, topBoxOf } from './scales.ts';
import type { ScoreQuestion } from './survey-definition.ts';

const q = (
  metric: ScoreQuestion['metric'],
  min: number,
  max: number,
  topBox?: number,
): ScoreQuestion => ({
  id: 'q',
  type: 'score',
  metric,
  scope: 'transactional',
  text: 'x',
  scale: { min, max, minLabel: 'a', maxLabel: 'b' },
  ...(topBox === undefined ? {} : { topBox }),
});

describe('score bands', () => {
  const cases: Array<[ScoreQuestion, number, string]> = [
    [q('nps', 0, 10), 0, 'low'],
    [q('nps', 0, 10), 6, 'low'],
    [q('nps', 0, 10), 7, 'middle'],
    [q('nps', 0, 10), 8, 'middle'],
    [q('nps', 0, 10), 9, 'high'],
    [q('nps', 1, 10), 1, 'low'],
    [q('nps', 1, 10), 10, 'high'],
    [q('csat', 1, 10, 9), 10, 'high'],
    [q('csat', 1, 10, 9), 9, 'high'],
    [q('csat', 1, 10, 9), 8, 'middle'],
    [q('csat', 1, 10, 9), 5, 'low'],
    [q('csat', 1, 5), 2, 'low'],
    [q('csat', 1, 5), 3, 'middle'],
    [q('csat', 1, 5), 4, 'high'],
    [q('ces', 1, 7), 3, 'low'],
    [q('ces', 1, 7), 4, 'middle'],
    [q('ces', 1, 7), 5, 'high'],
    [q('engagement', 1, 5), 1, 'low'],
    [q('engagement', 1, 5), 5, 'high'],
  ];
  it.each(cases)('%#: %i is %s', (question, score, band) => {
    expect(scoreBand(question, score)).toBe(band);
  });
  it('declared bands override the defaults', () => {
    expect(scoreBand({ ...q('rating', 1, 5), bands: { lowMax: 3, highMin: 5 } }, 3)).toBe('low');
    expect(defaultBands(q('nps', 0, 10))).toEqual({ lowMax: 6, highMin: 9 });
  });
  it('top box: declared, 4 on 1–5 CSAT, none for other metrics', () => {
    expect(topBoxOf(q('csat', 1, 10, 9))).toBe(9);
    expect(topBoxOf(q('csat', 1, 5))).toBe(4);
    expect(topBoxOf(q('nps', 0, 10))).toBeNull();
  });
  it('on the scale means a whole number between the ends', () => {
    expect(isOnScale({ min: 1, max: 10 }, 0)).toBe(false);
    expect(isOnScale({ min: 1, max: 10 }, 10)).toBe(true);
    expect(isOnScale({ min: 0, max: 10 }, 7.5)).toBe(false);
  });
});

describe('attribution and localisation', () => {
  it('relationship answers belong to the company, transactional to the interaction', () => {
    expect(questionAttribution('transactional', 'relationship')).toBe('company');
    expect(questionAttribution('transactional', 'transactional')).toBe('interaction');
    expect(questionAttribution('relationship', 'relationship')).toBe('company');
    expect(questionAttribution('employee', 'relationship')).toBe('team');
    expect(questionAttribution('leadership', 'relationship')).toBe('manager');
  });
  it('localize falls back from region to base language to default', () => {
    const t = { en: 'Hello', es: 'Hola' };
    expect(localize(t, 'es-MX', 'en')).toBe('Hola');
    expect(localize(t, 'fr', 'en')).toBe('Hello');
    expect(localize('Plain', 'es', 'en')).toBe('Plain');
  });
});
