import { describe, expect, test } from 'vitest';
import { shareText } from './CaseMetricsStrip.tsx';

describe('a case figure in words', () => {
  test('says its interval as the Overview does, not as “CI”', () => {
    expect(
      shareText({ count: 117, n: 211, share: 55.4, interval: { low: 48.6, high: 62.1 } }, 'none'),
    ).toEqual({ value: '55 %', detail: '95 % interval 49–62 % · 117 of 211' });
    expect(shareText({ count: 0, n: 0, share: 0, interval: null }, 'no closed cases')).toEqual({
      value: '—',
      detail: 'no closed cases',
    });
  });
});
