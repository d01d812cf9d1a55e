/**
 * When something happened, as a caller tells it (an interaction's occurredAt, a response's
 * submittedAt): history may be old — imports bring years of it — but not older than 1900, and
 * not in the future beyond a day of clock skew between the caller and this server. A time
 * outside that is a typo or a wrong unit, refused at its field before anything is stored.
 */
import { invalid } from '../errors/domain-error.ts';
import { DAY_MS } from './clock.ts';

export const EARLIEST_EVENT_TIME = '1900-01-01T00:00:00.000Z';
/** How far ahead of the server's clock a past event's time may be: clock skew, time zones. */
export const MAX_EVENT_AHEAD_MS = DAY_MS;

export function checkEventTime(now: Date, field: string, value: string): void {
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw invalid(field, `${field}: "${value}" is not a time.`);
  if (t < Date.parse(EARLIEST_EVENT_TIME))
    throw invalid(field, `${field}: ${value} is before 1900; give the time it happened.`);
  const latest = now.getTime() + MAX_EVENT_AHEAD_MS;
  if (t > latest)
    throw invalid(
      field,
      `${field}: ${value} is more than a day ahead of the server's clock (${now.toISOString()}); ` +
        'give the time it happened.',
    );
}
