import { describe, expect, test } from 'vitest';
import { trendOption } from './trend-option.ts';
import type { TrendSeries } from './trend.ts';

const series: TrendSeries = {
  scale: '0-10',
  unit: 'score',
  points: [
    { period: '2026-09', value: 18.2, low: -5.8, high: 42.2, n: 22, status: 'ok' },
    { period: '2026-10', value: null, low: null, high: null, n: 4, status: 'too_few' },
  ],
};

describe('the trend chart', () => {
  test('draws the interval band from its low bound, below zero too', () => {
    const option = trendOption(['2026-09', '2026-10'], [series], 'month', () => 'NPS');
    const all = (Array.isArray(option.series) ? option.series : []) as Array<{
      name?: string;
      stack?: string;
      stackStrategy?: string;
      data?: unknown[];
    }>;
    const [low, width, line] = all;
    expect(low?.data).toEqual([-5.8, null]);
    expect(width?.data).toEqual([48, null]);
    // Stacked whatever the signs: width on top of −5.8 reaches +42.2, not 0 + 48.
    for (const band of [low, width]) {
      expect(band?.stack).toBe('band-0');
      expect(band?.stackStrategy).toBe('all');
    }
    expect(line?.data).toEqual([18.2, null]);
  });
});
