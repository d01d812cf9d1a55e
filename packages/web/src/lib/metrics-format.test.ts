import { describe, expect, test } from 'vitest';
import type { Comparison, Figure } from '@rapport/contracts';
import { describeParts } from './figure-parts.ts';
import {
  describeChange,
  describeFigure,
  figureLabel,
  formatInterval,
  formatValue,
} from './metrics-format.ts';

const fig = (over: Partial<Figure>): Figure => ({
  metric: 'csat',
  status: 'ok',
  value: 80,
  n: 30,
  skipped: 0,
  interval: { low: 62.7, high: 90.5 },
  unit: 'percent',
  scale: { min: 1, max: 5, label: '1–5' },
  minN: 10,
  parts: null,
  ...over,
});
const cmp = (over: Partial<Comparison>): Comparison => ({
  metric: 'csat',
  test: 'two-proportion-z',
  status: 'ok',
  before: { value: 60, n: 40 },
  after: { value: 80, n: 30 },
  difference: 20,
  interval: { low: 1, high: 39 },
  statistic: 2.1,
  df: null,
  pValue: 0.036,
  significant: true,
  minN: 10,
  ...over,
});

describe('figures in words', () => {
  test('a share, a signed NPS and a mean, each in its own unit', () => {
    expect(formatValue(80, 'percent')).toBe('80 %');
    expect(formatValue(32, 'points')).toBe('+32');
    expect(formatValue(-12.5, 'points')).toBe('−12.5');
    expect(formatValue(0, 'points')).toBe('0');
    expect(formatValue(4, 'score')).toBe('4.0');
  });

  test('intervals: a range for shares and means, signed ends for NPS', () => {
    expect(formatInterval({ low: 62.7, high: 90.5 }, 'percent')).toBe('62.7–90.5 %');
    expect(formatInterval({ low: -4, high: 20 }, 'points')).toBe('−4 to +20');
    expect(formatInterval({ low: 3.56, high: 4.44 }, 'score')).toBe('3.6–4.4');
  });

  test('an ok figure carries its value, interval and n', () => {
    const t = describeFigure(fig({}), 'CSAT on 1–5');
    expect(t).toMatchObject({
      status: 'ok',
      headline: '80 %',
      interval: '95 % interval 62.7–90.5 %',
      n: 'n = 30',
    });
    expect(t.sentence).toBe('CSAT on 1–5: 80 %, 95 % interval 62.7–90.5 %, n = 30');
  });

  test('too few answers say so instead of a number', () => {
    const t = describeFigure(
      fig({ status: 'too_few', value: null, interval: null, n: 3 }),
      'CSAT on 1–5',
    );
    expect(t.headline).toBe('Too few responses (n = 3)');
    expect(t.interval).toBeNull();
    expect(t.sentence).toContain('too few responses (n = 3)');
    expect(t.sentence).not.toMatch(/\d+ %/);
  });

  test('no answers at all', () => {
    expect(
      describeFigure(fig({ status: 'empty', value: null, interval: null, n: 0 }), 'CES').headline,
    ).toBe('No responses');
  });

  test('an NPS on 1–10 is labelled with its scale; expectations have none', () => {
    expect(figureLabel('nps', '1–10')).toBe('NPS on 1–10');
    expect(figureLabel('expectations', '0–2')).toBe('Expectations');
  });

  test('the parts beside the figure', () => {
    const csat = fig({ parts: { topBoxMin: 4, mean: { value: 4.03 } } });
    expect(describeParts('csat', csat)).toBe('satisfied (4–5); mean 4.0');
    const nps = fig({ unit: 'points', parts: { promoterShare: 50, detractorShare: 20.4 } });
    expect(describeParts('nps', nps)).toBe('50 % promoters, 20 % detractors');
    expect(
      describeParts('csat', fig({ status: 'too_few', parts: { mean: { value: 2 } } })),
    ).toBeNull();
  });
});

describe('the change against the previous period', () => {
  test('marked only when significant, with direction and amount', () => {
    const up = describeChange('csat', cmp({}));
    expect(up).toMatchObject({
      kind: 'significant',
      direction: 'up',
      mark: '▲',
      text: '+20 pp vs previous period',
    });
    const down = describeChange('nps', cmp({ difference: -15, pValue: 0.0004 }));
    expect(down).toMatchObject({
      kind: 'significant',
      direction: 'down',
      text: '−15 pts vs previous period',
    });
    expect(down.kind === 'significant' && down.sentence).toBe(
      'Significant fall of 15 points from the previous period, p < 0.001.',
    );
  });

  test('a change that is not significant gets no mark, whatever its size', () => {
    expect(
      describeChange('csat', cmp({ difference: 25, significant: false, pValue: 0.2 })),
    ).toEqual({
      kind: 'none',
      text: 'No significant change from the previous period.',
    });
  });

  test('too few or no answers before: no comparison', () => {
    expect(
      describeChange('ces', cmp({ status: 'too_few', difference: null, significant: null })).kind,
    ).toBe('none');
    expect(describeChange('ces', undefined).kind).toBe('none');
  });
});
