/**
 * When an invitation is to go out, as a caller asks (its sendAt): a time to act at, not one
 * that happened, so it may be ahead — up to a year, farther than any survey plans — and a
 * little behind (a request that took a while is sent at once), but not so far behind that the
 * invitation would have expired before it was made: its link would be dead on arrival.
 */
import { invalid } from '../errors/domain-error.ts';
import { DAY_MS, HOUR_MS } from './clock.ts';

/** How far ahead of the server's clock an invitation may be scheduled. */
export const MAX_SCHEDULE_AHEAD_MS = 366 * DAY_MS;

export function checkSendAt(now: Date, field: string, value: string, expiresAfterHours: number) {
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw invalid(field, `${field}: "${value}" is not a time.`);
  if (t > now.getTime() + MAX_SCHEDULE_AHEAD_MS)
    throw invalid(
      field,
      `${field}: ${value} is more than a year ahead of the server's clock (${now.toISOString()}).`,
    );
  if (t + expiresAfterHours * HOUR_MS <= now.getTime())
    throw invalid(
      field,
      `${field}: ${value} is so long ago that the invitation would have expired ` +
        `(${expiresAfterHours} hours later) before it was made; leave sendAt out to send now.`,
    );
}
