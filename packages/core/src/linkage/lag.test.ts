import { describe, expect, it } from 'vitest';
import { pairLagged, parseQuarter, shiftQuarter } from './lag.ts';

describe('quarters', () => {
  it('parse and shift across years', () => {
    expect(parseQuarter('2025-Q3')).toEqual({ year: 2025, quarter: 3 });
    expect(shiftQuarter('2024-Q4', 1)).toBe('2025-Q1');
    expect(shiftQuarter('2025-Q1', -1)).toBe('2024-Q4');
    expect(shiftQuarter('2025-Q2', 6)).toBe('2026-Q4');
    expect(() => parseQuarter('2025-Q5')).toThrow(/YYYY-Qn/);
    expect(() => shiftQuarter('2025-Q1', 0.5)).toThrow(/whole number/);
  });
});

describe('pairLagged', () => {
  const engagement = [
    { teamId: 'a', period: '2024-Q4', value: 3.1, weight: 8 },
    { teamId: 'a', period: '2025-Q1', value: 3.6, weight: 9 },
    { teamId: 'b', period: '2024-Q4', value: 4.2, weight: 12 },
    { teamId: 'c', period: '2024-Q4', value: 3.9 },
  ];
  const csat = [
    { teamId: 'a', period: '2025-Q1', value: 71 },
    { teamId: 'a', period: '2025-Q2', value: 78 },
    { teamId: 'b', period: '2025-Q1', value: 86 },
    { teamId: 'b', period: '2024-Q4', value: 80 },
  ];

  it('pairs engagement of q with the outcome of q + 1, by team', () => {
    expect(pairLagged(engagement, csat)).toEqual([
      { teamId: 'a', x: 3.1, y: 71, weight: 8, xPeriod: '2024-Q4', yPeriod: '2025-Q1' },
      { teamId: 'a', x: 3.6, y: 78, weight: 9, xPeriod: '2025-Q1', yPeriod: '2025-Q2' },
      { teamId: 'b', x: 4.2, y: 86, weight: 12, xPeriod: '2024-Q4', yPeriod: '2025-Q1' },
    ]);
  });

  it('restricts to one quarter, supports lag 0, and refuses duplicates', () => {
    expect(pairLagged(engagement, csat, { period: '2024-Q4' }).map((p) => p.teamId)).toEqual([
      'a',
      'b',
    ]);
    expect(pairLagged(engagement, csat, { lag: 0 })).toEqual([
      { teamId: 'a', x: 3.6, y: 71, weight: 9, xPeriod: '2025-Q1', yPeriod: '2025-Q1' },
      { teamId: 'b', x: 4.2, y: 80, weight: 12, xPeriod: '2024-Q4', yPeriod: '2024-Q4' },
    ]);
    expect(() => pairLagged([...engagement, engagement[0]!], csat)).toThrow(/Two engagement/);
    expect(() => pairLagged(engagement, [...csat, csat[0]!])).toThrow(/Two outcomes/);
  });
});
