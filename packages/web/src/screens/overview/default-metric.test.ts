import { describe, expect, test } from 'vitest';
import { defaultMetric } from './default-metric.ts';

describe('the metric the Overview details open on', () => {
  const all = ['nps', 'csat', 'ces', 'expectations'] as const;

  test('the first metric with answers in the period', () => {
    expect(defaultMetric(all, { nps: 0, csat: 34, ces: 18, expectations: 0 })).toBe('csat');
    expect(defaultMetric(all, { nps: 12, csat: 34, ces: 18, expectations: 0 })).toBe('nps');
  });

  test('the first metric when none has answers', () => {
    expect(defaultMetric(all, { nps: 0, csat: 0, ces: 0, expectations: 0 })).toBe('nps');
  });

  test('nothing until every count is known', () => {
    expect(defaultMetric(all, { nps: 0, csat: 34 })).toBeUndefined();
  });
});
