import { describe, expect, it } from 'vitest';
import {
  isClosed,
  lastClosedQuarter,
  monthsOf,
  nextQuarter,
  parsePeriod,
  quarterOfMonth,
  resolvePulsePeriod,
} from './periods.ts';

describe('pulse periods', () => {
  it('parses months and quarters, across the year end', () => {
    expect(parsePeriod('2026-12')).toMatchObject({
      kind: 'month',
      from: '2026-12-01',
      to: '2027-01-01',
    });
    expect(parsePeriod('2026-Q4')).toMatchObject({
      kind: 'quarter',
      from: '2026-10-01',
      to: '2027-01-01',
    });
    expect(monthsOf(parsePeriod('2026-Q3'))).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(quarterOfMonth('2026-03')).toBe('2026-Q1');
    expect(nextQuarter(parsePeriod('2026-Q4')).key).toBe('2027-Q1');
    expect(() => parsePeriod('2026')).toThrow(/month .* or a quarter/);
    expect(() => parsePeriod('2026-13')).toThrow();
    expect(() => parsePeriod('0000-Q1')).toThrow(/year 0000/);
    expect(() => nextQuarter(parsePeriod('2026-08'))).toThrow(/quarters/);
  });

  it('is closed once ended; the default is the last ended quarter', () => {
    const now = new Date('2026-10-01T00:00:00Z');
    expect(isClosed(parsePeriod('2026-09'), now)).toBe(true);
    expect(isClosed(parsePeriod('2026-Q3'), now)).toBe(true);
    expect(isClosed(parsePeriod('2026-10'), now)).toBe(false);
    expect(lastClosedQuarter(now).key).toBe('2026-Q3');
    expect(lastClosedQuarter(new Date('2026-02-10T00:00:00Z')).key).toBe('2025-Q4');
  });

  it('takes from/to only when they bound exactly one month or quarter', () => {
    const fb = () => parsePeriod('2026-Q1');
    expect(resolvePulsePeriod({ from: '2026-07-01', to: '2026-10-01' }, fb).key).toBe('2026-Q3');
    expect(resolvePulsePeriod({ from: '2026-12-01', to: '2027-01-01' }, fb).key).toBe('2026-12');
    expect(resolvePulsePeriod({}, fb).key).toBe('2026-Q1');
    // Arbitrary ranges could be subtracted from one another to isolate a few respondents.
    expect(() => resolvePulsePeriod({ from: '2026-07-01', to: '2026-07-15' }, fb)).toThrow(
      /calendar month or quarter/,
    );
    expect(() => resolvePulsePeriod({ from: '2026-07-01' }, fb)).toThrow(/both/);
    expect(() =>
      resolvePulsePeriod({ period: '2026-Q3', from: '2026-07-01', to: '2026-10-01' }, fb),
    ).toThrow(/either/);
  });
});
