import { describe, expect, it } from 'vitest';
import {
  addBusinessHours,
  DEFAULT_BUSINESS_HOURS,
  localDay,
  validateBusinessHours,
} from './business-hours.ts';

const nineToFive = DEFAULT_BUSINESS_HOURS;

describe('business hours', () => {
  it('counts hours inside the working day only', () => {
    // Monday 2026-01-05 09:00 UTC + 8 h → same day 17:00.
    expect(addBusinessHours('2026-01-05T09:00:00.000Z', 8, nineToFive, 'UTC')).toBe(
      '2026-01-05T17:00:00.000Z',
    );
    // Monday 15:00 + 4 h → 2 h on Monday, 2 h on Tuesday → Tuesday 11:00.
    expect(addBusinessHours('2026-01-05T15:00:00.000Z', 4, nineToFive, 'UTC')).toBe(
      '2026-01-06T11:00:00.000Z',
    );
  });

  it('starts at the next opening when the clock starts outside hours, and skips weekends', () => {
    // Friday 2026-01-09 18:30 + 1 h → Monday 2026-01-12 10:00.
    expect(addBusinessHours('2026-01-09T18:30:00.000Z', 1, nineToFive, 'UTC')).toBe(
      '2026-01-12T10:00:00.000Z',
    );
    // Saturday 07:00 + 24 h = three working days → Wednesday 17:00.
    expect(addBusinessHours('2026-01-10T07:00:00.000Z', 24, nineToFive, 'UTC')).toBe(
      '2026-01-14T17:00:00.000Z',
    );
  });

  it('works in the workspace time zone, across a daylight-saving change', () => {
    // New York, Friday 2026-03-06 16:00 local (21:00Z) + 2 h: 1 h Friday, 1 h Monday 09–10
    // local; DST began on Sunday 8 March, so Monday 10:00 local is 14:00Z.
    expect(addBusinessHours('2026-03-06T21:00:00.000Z', 2, nineToFive, 'America/New_York')).toBe(
      '2026-03-09T14:00:00.000Z',
    );
    expect(localDay(Date.parse('2026-03-09T14:00:00Z'), 'America/New_York')).toMatchObject({
      weekday: 1,
      minute: 600,
    });
  });

  it('names the field at fault', () => {
    expect(() =>
      validateBusinessHours({ days: [], start: '09:00', end: '17:00' }, 'UTC', 'bh'),
    ).toThrow(/working day/);
    expect(() =>
      validateBusinessHours({ days: [1], start: '9am', end: '17:00' }, 'UTC', 'bh'),
    ).toThrow(/HH:MM/);
    expect(() =>
      validateBusinessHours({ days: [1], start: '17:00', end: '09:00' }, 'UTC', 'bh'),
    ).toThrow(/end after/);
    expect(() =>
      validateBusinessHours({ days: [7], start: '09:00', end: '17:00' }, 'UTC', 'bh'),
    ).toThrow(/Saturday/);
    expect(() => validateBusinessHours(nineToFive, 'Mars/Olympus', 'bh')).toThrow(/time zone/);
  });
});
