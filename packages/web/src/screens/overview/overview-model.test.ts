import { describe, expect, test } from 'vitest';
import type { MetricResult } from '@rapport/contracts';
import { drillFromSearch, drillHref, drillQuery } from './drill.ts';
import { dimensionsFor, overviewScope } from './overview-scope.ts';
import { periodFromSearch, periodRange, trendGrain } from './period.ts';
import { mostlyGaps, trendPeriods, trendSeries } from './trend.ts';

const NOW = new Date('2026-11-23T12:00:00Z');

describe('the period', () => {
  test('presets end today (UTC) and the API excludes `to`; chosen days include both ends', () => {
    expect(periodRange(periodFromSearch(new URLSearchParams()), NOW)).toEqual({
      from: '2026-08-26',
      to: '2026-11-24',
    });
    const custom = periodFromSearch(new URLSearchParams('from=2021-03-01&to=2021-03-31'));
    expect(periodRange(custom, NOW)).toEqual({ from: '2021-03-01', to: '2021-04-01' });
    expect(periodFromSearch(new URLSearchParams('from=2021-04-01&to=2021-03-01')).kind).toBe(
      'preset',
    );
    expect(trendGrain({ from: '2026-01-01', to: '2026-03-01' })).toBe('week');
    expect(trendGrain({ from: '2025-01-01', to: '2026-01-01' })).toBe('month');
  });
});

describe('who sees what', () => {
  const base = { workspaceName: 'Northwind' };
  test('an agent: own transactional figures, no NPS, no team or agent split', () => {
    const s = overviewScope({ ...base, role: 'agent', employeeId: 'emp_1' }, undefined);
    expect(s.filters).toEqual({ agentId: 'emp_1' });
    expect(s.metrics).toEqual(['csat', 'ces', 'expectations']);
    expect(dimensionsFor('csat', s)).toEqual(['channel', 'stage']);
  });
  test("a manager: the team's figures", () => {
    const team = { id: 'tm_1', name: 'Phone', leadId: 'emp_9', createdAt: '' };
    const s = overviewScope({ ...base, role: 'manager', employeeId: 'emp_9' }, team);
    expect(s.filters).toEqual({ teamId: 'tm_1' });
    expect(s.title).toBe('Team Phone');
  });
  test('a manager without a team: their people; not linked to an employee: blocked', () => {
    const own = overviewScope({ ...base, role: 'manager', employeeId: 'emp_9' }, undefined);
    expect([own.filters, own.title, own.blocked]).toEqual([
      {},
      'Your people: you and everyone under you',
      undefined,
    ]);
    const unlinked = overviewScope({ ...base, role: 'manager', employeeId: null }, undefined);
    expect(unlinked.blocked).toMatch(/not linked to an employee/);
  });
  test('NPS is never split by agent or channel; agents only for CSAT and CES', () => {
    const s = overviewScope({ ...base, role: 'analyst', employeeId: null }, undefined);
    expect(dimensionsFor('nps', s)).toEqual(['stage', 'team']);
    expect(dimensionsFor('ces', s)).toContain('agent');
    expect(dimensionsFor('expectations', s)).not.toContain('agent');
  });
});

describe('drilling down', () => {
  test('the figure travels in the URL and becomes the responses query', () => {
    const href = drillHref({
      metric: 'nps',
      scale: '1–10',
      from: '2021-03-01',
      to: '2021-04-01',
      teamId: 'tm_1',
    });
    const d = drillFromSearch(new URL(href, 'http://x').searchParams);
    expect(d).toMatchObject({ metric: 'nps', scale: '1–10', teamId: 'tm_1' });
    expect(d && drillQuery(d)).toMatchObject({
      metric: 'nps',
      scope: 'relationship',
      scaleMin: 1,
      scaleMax: 10,
      from: '2021-03-01T00:00:00.000Z',
      to: '2021-04-01T00:00:00.000Z',
      teamId: 'tm_1',
    });
    expect(
      drillFromSearch(new URLSearchParams('metric=enps&scale=0-10&from=2021-01-01&to=2021-02-01')),
    ).toBeUndefined();
  });
});

describe('the trend', () => {
  test('every week of the range, gaps where there were too few answers', () => {
    expect(trendPeriods({ from: '2021-03-03', to: '2021-03-20' }, 'week')).toEqual([
      '2021-03-01',
      '2021-03-08',
      '2021-03-15',
    ]);
    expect(trendPeriods({ from: '2025-11-15', to: '2026-02-01' }, 'month')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
    ]);
    const fig = (status: 'ok' | 'too_few', value: number | null, n: number) => ({
      metric: 'csat',
      status,
      value,
      n,
      skipped: 0,
      interval: value === null ? null : { low: value - 10, high: value + 5 },
      unit: 'percent' as const,
      scale: null,
      minN: 10,
      parts: null,
    });
    const result = {
      from: '2021-03-01',
      to: '2021-03-15',
      cells: [
        { group: { week: '2021-03-01' }, scale: '1–5', figure: fig('ok', 80, 12) },
        { group: { week: '2021-03-08' }, scale: '1–5', figure: fig('too_few', null, 4) },
      ],
    } as unknown as MetricResult;
    const { series } = trendSeries(result, 'week');
    expect(series[0]?.points).toEqual([
      { period: '2021-03-01', value: 80, low: 70, high: 85, n: 12, status: 'ok' },
      { period: '2021-03-08', value: null, low: null, high: null, n: 4, status: 'too_few' },
    ]);
  });
});

describe('a weekly trend that is mostly gaps', () => {
  const point = (n: number, value: number | null) => ({
    period: '2026-11-02',
    value,
    low: null,
    high: null,
    n,
    status: value === null ? ('too_few' as const) : ('ok' as const),
  });
  const series = (points: ReturnType<typeof point>[]) => ({
    scale: '0-10',
    unit: 'score' as const,
    points,
  });

  test('is read by month when fewer than half the answered weeks carry a figure', () => {
    expect(
      mostlyGaps([series([point(4, null), point(9, null), point(12, 30), point(0, null)])]),
    ).toBe(true);
    expect(mostlyGaps([series([point(14, 20), point(9, null), point(12, 30)])])).toBe(false);
  });

  test('is kept by week when any one scale has weekly figures', () => {
    const sparse = series([point(3, null), point(2, null)]);
    const full = series([point(40, 10), point(35, 12)]);
    expect(mostlyGaps([sparse, full])).toBe(false);
    // A scale nobody answered has no say.
    expect(mostlyGaps([series([point(0, null)]), full])).toBe(false);
  });
});
