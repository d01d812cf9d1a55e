import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cubeRanges } from './rollups.ts';
import { periodOf, periodsWithin } from './cube-periods.ts';

const DAY_MS = 86_400_000;
const dayAt = (k: number) => new Date(Date.parse('2024-12-20T00:00:00Z') + k * DAY_MS);
const iso = (d: Date) => d.toISOString().slice(0, 10);
/** Whether a range of the cube reads `day` (its period of the range's grain lies in the range). */
const holds = (r: ReturnType<typeof cubeRanges>[number], day: string) => {
  const p = periodOf(r.grain, day);
  return (r.from === undefined || p >= r.from) && (r.to === undefined || p < r.to);
};

describe('cube periods', () => {
  it('names a week by its Monday and a month by its first day', () => {
    expect(periodOf('week', '2026-11-23')).toBe('2026-11-23'); // a Monday
    expect(periodOf('week', '2026-11-29')).toBe('2026-11-23'); // the Sunday after
    expect(periodOf('week', '2026-01-01')).toBe('2025-12-29'); // a week across years
    expect(periodOf('month', '2026-02-28')).toBe('2026-02-01');
    expect(periodOf('day', '2026-02-28')).toBe('2026-02-28');
  });

  it('finds the whole periods inside a query, or none', () => {
    expect(periodsWithin('week', '2026-11-18', '2026-12-09')).toEqual({
      from: '2026-11-23',
      to: '2026-12-07',
    });
    expect(periodsWithin('week', '2026-11-24', '2026-11-29')).toBeUndefined();
    expect(periodsWithin('month', '2026-11-01', undefined)).toEqual({
      from: '2026-11-01',
      to: undefined,
    });
    expect(periodsWithin('month', '2026-12-02', '2027-01-01')).toBeUndefined();
  });

  it('reads every day of the query exactly once, each from a period that fits inside it', () => {
    const grouping = fc.constantFrom<Array<'week' | 'month' | 'channel'>>(
      ['week'],
      ['month'],
      ['channel'],
      ['week', 'month'],
    );
    fc.assert(
      fc.property(fc.nat(800), fc.nat(120), grouping, (start, length, groupBy) => {
        const [from, to] = [iso(dayAt(start)), iso(dayAt(start + length))];
        const ranges = cubeRanges({ from, to, groupBy });
        // Independently: walk the days of [from, to) and count how many ranges hold each.
        for (let k = start - 40; k < start + length + 40; k++) {
          const day = iso(dayAt(k));
          const holders = ranges.filter((r) => holds(r, day));
          const inQuery = day >= from && day < to;
          expect(holders.length, `${day} in ${JSON.stringify(ranges)}`).toBe(inQuery ? 1 : 0);
          // A whole period read from a coarse grain must lie inside the query.
          for (const r of holders) if (r.grain !== 'day') expect(inQuery).toBe(true);
        }
        if (groupBy.includes('week') && groupBy.includes('month'))
          expect(ranges.every((r) => r.grain === 'day')).toBe(true);
        if (groupBy.includes('week')) expect(ranges.some((r) => r.grain === 'month')).toBe(false);
        // A week read without grouping by week lies inside one month (month groups stay exact).
        for (const r of ranges.filter((x) => x.grain === 'week' && !groupBy.includes('week'))) {
          for (let k = start - 40; k < start + length + 40; k++) {
            const day = iso(dayAt(k));
            if (holds(r, day))
              expect(day.slice(0, 7), `${day} read in week ${periodOf('week', day)}`).toBe(
                periodOf('week', day).slice(0, 7),
              );
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
