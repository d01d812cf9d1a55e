/**
 * Contact rules, decided before an invitation is sent: consent and opt-out honoured, at most
 * one invitation per person per window, and no message during the person's quiet hours.
 */
import type { Customer } from '../customers/customer.ts';
import type { QuietHours } from '../workspace/workspace.ts';
import type { SkipReason } from './invitation.ts';
import type { InvitationChannel } from './survey.ts';
import { DAY_MS, HOUR_MS } from '../common/clock.ts';

export type ContactDecision =
  { send: true; sendAt: string; address: string | null } | { send: false; reason: SkipReason };

export interface ContactInput {
  customer: Pick<Customer, 'optedOutAt' | 'consent' | 'email' | 'phone' | 'timezone'>;
  channel: InvitationChannel;
  /** When the invitation would go out without the rules. */
  desiredAt: string;
  /** When this person was last invited (not skipped), or null. */
  lastInvitedAt: string | null;
  contactWindowDays: number;
  quietHours: QuietHours;
  defaultTimezone: string;
}

/** The local hour (0–23) of an instant in a time zone. */
export function localHour(at: number, timeZone: string): number {
  const h = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: 'numeric',
    hourCycle: 'h23',
  }).format(at);
  return Number(h) % 24;
}

export function inQuietHours(hour: number, q: QuietHours): boolean {
  if (q.start === q.end) return false;
  return q.start < q.end ? hour >= q.start && hour < q.end : hour >= q.start || hour < q.end;
}

/** The first instant at or after `at` outside quiet hours (at the top of an hour when moved). */
export function nextAllowedTime(at: number, q: QuietHours, timeZone: string): number {
  if (!inQuietHours(localHour(at, timeZone), q)) return at;
  let t = Math.ceil(at / HOUR_MS) * HOUR_MS;
  for (let k = 0; k < 48 && inQuietHours(localHour(t, timeZone), q); k++) t += HOUR_MS;
  return t;
}

function validZone(tz: string | null, fallback: string): string {
  if (!tz) return fallback;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz;
  } catch {
    return fallback;
  }
}

export function contactDecision(i: ContactInput): ContactDecision {
  const c = i.customer;
  if (c.optedOutAt) return { send: false, reason: 'opted_out' };
  let address: string | null = null;
  if (i.channel === 'email') {
    if (!c.consent.email) return { send: false, reason: 'no_consent' };
    if (!c.email) return { send: false, reason: 'no_address' };
    address = c.email;
  } else if (i.channel === 'sms') {
    if (!c.consent.sms) return { send: false, reason: 'no_consent' };
    if (!c.phone) return { send: false, reason: 'no_address' };
    address = c.phone;
  }
  const desired = Date.parse(i.desiredAt);
  if (i.lastInvitedAt && desired - Date.parse(i.lastInvitedAt) < i.contactWindowDays * DAY_MS) {
    return { send: false, reason: 'contacted_recently' };
  }
  // Web links and chat are shown to a person who is there: quiet hours concern messages sent out.
  const sendAt =
    i.channel === 'sms' || i.channel === 'email'
      ? nextAllowedTime(desired, i.quietHours, validZone(c.timezone, i.defaultTimezone))
      : desired;
  return { send: true, sendAt: new Date(sendAt).toISOString(), address };
}
