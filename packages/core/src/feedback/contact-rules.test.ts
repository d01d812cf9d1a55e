import { describe, expect, it } from 'vitest';
import {
  contactDecision,
  inQuietHours,
  localHour,
  nextAllowedTime,
  type ContactInput,
} from './contact-rules.ts';

const base: ContactInput = {
  customer: {
    optedOutAt: null,
    consent: { email: true, sms: true },
    email: 'a@example.com',
    phone: '+15550100',
    timezone: 'America/New_York',
  },
  channel: 'sms',
  desiredAt: '2026-06-01T16:00:00.000Z', // 12:00 in New York
  lastInvitedAt: null,
  contactWindowDays: 7,
  quietHours: { start: 21, end: 8 },
  defaultTimezone: 'UTC',
};

describe('contact rules', () => {
  it('sends at once in daytime, to the right address', () => {
    expect(contactDecision(base)).toEqual({
      send: true,
      sendAt: '2026-06-01T16:00:00.000Z',
      address: '+15550100',
    });
    expect(contactDecision({ ...base, channel: 'email' })).toMatchObject({
      send: true,
      address: 'a@example.com',
    });
    expect(contactDecision({ ...base, channel: 'web' })).toMatchObject({
      send: true,
      address: null,
    });
  });

  it('honours opt-out, consent and missing addresses, saying why', () => {
    expect(
      contactDecision({
        ...base,
        customer: { ...base.customer, optedOutAt: '2026-01-01T00:00:00Z' },
      }),
    ).toEqual({ send: false, reason: 'opted_out' });
    expect(
      contactDecision({
        ...base,
        customer: { ...base.customer, consent: { email: true, sms: false } },
      }),
    ).toEqual({ send: false, reason: 'no_consent' });
    expect(
      contactDecision({ ...base, channel: 'email', customer: { ...base.customer, email: null } }),
    ).toEqual({ send: false, reason: 'no_address' });
  });

  it('surveys a person at most once per window', () => {
    expect(contactDecision({ ...base, lastInvitedAt: '2026-05-28T16:00:00.000Z' })).toEqual({
      send: false,
      reason: 'contacted_recently',
    });
    expect(contactDecision({ ...base, lastInvitedAt: '2026-05-24T15:59:59.000Z' }).send).toBe(true);
  });

  it('waits out quiet hours in the customer time zone', () => {
    // 23:30 in New York (03:30Z next day) → 08:00 New York = 12:00Z.
    const d = contactDecision({ ...base, desiredAt: '2026-06-02T03:30:00.000Z' });
    expect(d).toEqual({ send: true, sendAt: '2026-06-02T12:00:00.000Z', address: '+15550100' });
    // The same instant is fine in Los Angeles (20:30 there).
    const la = contactDecision({
      ...base,
      desiredAt: '2026-06-02T03:30:00.000Z',
      customer: { ...base.customer, timezone: 'America/Los_Angeles' },
    });
    expect(la).toMatchObject({ sendAt: '2026-06-02T03:30:00.000Z' });
    // An unknown zone falls back to the workspace default.
    const bad = contactDecision({
      ...base,
      desiredAt: '2026-06-02T03:30:00.000Z',
      customer: { ...base.customer, timezone: 'Mars/Olympus' },
    });
    expect(bad).toMatchObject({ sendAt: '2026-06-02T08:00:00.000Z' });
  });

  it('computes local hours and quiet ranges across midnight', () => {
    expect(localHour(Date.parse('2026-01-15T12:00:00Z'), 'Europe/Madrid')).toBe(13);
    expect(inQuietHours(22, { start: 21, end: 8 })).toBe(true);
    expect(inQuietHours(8, { start: 21, end: 8 })).toBe(false);
    expect(inQuietHours(13, { start: 12, end: 14 })).toBe(true);
    expect(inQuietHours(3, { start: 5, end: 5 })).toBe(false);
    const t = Date.parse('2026-01-15T22:10:00Z');
    expect(new Date(nextAllowedTime(t, { start: 21, end: 8 }, 'UTC')).toISOString()).toBe(
      '2026-01-16T08:00:00.000Z',
    );
  });
});
