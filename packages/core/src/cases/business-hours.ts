/**
 * Business hours in a time zone: case SLAs count only the hours the company works. Pure
 * arithmetic over `Intl` (no library): a local wall time is turned into UTC with the zone's
 * offset at that moment, so daylight-saving changes are honoured.
 */
import { invalid } from '../errors/domain-error.ts';

export interface BusinessHours {
  /** Working days, 0 = Sunday … 6 = Saturday. */
  days: number[];
  /** Local opening time, "HH:MM". */
  start: string;
  /** Local closing time, "HH:MM", after `start`. */
  end: string;
}

export const DEFAULT_BUSINESS_HOURS: BusinessHours = {
  days: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '17:00',
};

const MINUTE_MS = 60_000;
const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

interface LocalDay {
  y: number;
  m: number;
  d: number;
  weekday: number;
  /** Minutes since local midnight. */
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The local calendar day, weekday and minute of an instant in a zone. */
export function localDay(ms: number, timeZone: string): LocalDay {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms)))
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const y = parts.year ?? 1970;
  const m = parts.month ?? 1;
  const d = parts.day ?? 1;
  return {
    y,
    m,
    d,
    weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay(),
    minute: (parts.hour ?? 0) * 60 + (parts.minute ?? 0),
  };
}

/** The zone's offset from UTC at an instant, in ms (local = UTC + offset). */
function offsetAt(ms: number, timeZone: string): number {
  const l = localDay(ms, timeZone);
  const asUtc = Date.UTC(l.y, l.m - 1, l.d, 0, l.minute);
  return asUtc - Math.floor(ms / MINUTE_MS) * MINUTE_MS;
}

/** The instant of a local wall time (y, m, d, minute of day) in a zone. */
export function zonedTime(y: number, m: number, d: number, minute: number, tz: string): number {
  const guess = Date.UTC(y, m - 1, d, 0, minute);
  const first = guess - offsetAt(guess, tz);
  const second = guess - offsetAt(first, tz);
  return second;
}

const toMinute = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** Checks business hours and a time zone, naming the field at fault. */
export function validateBusinessHours(b: BusinessHours, timeZone: string, field: string): void {
  if (!Array.isArray(b.days) || !b.days.length)
    throw invalid(`${field}.days`, 'Name at least one working day (0 = Sunday … 6 = Saturday).');
  b.days.forEach((d, i) => {
    if (!Number.isInteger(d) || d < 0 || d > 6)
      throw invalid(`${field}.days[${i}]`, 'A day is 0 (Sunday) to 6 (Saturday).');
  });
  if (!HHMM.test(b.start)) throw invalid(`${field}.start`, 'Use HH:MM, e.g. 09:00.');
  if (!HHMM.test(b.end)) throw invalid(`${field}.end`, 'Use HH:MM, e.g. 17:00.');
  if (toMinute(b.end) <= toMinute(b.start))
    throw invalid(`${field}.end`, 'Business hours must end after they start.');
  try {
    formatter(timeZone);
  } catch {
    throw invalid('timezone', `Unknown time zone "${timeZone}".`);
  }
}

/**
 * The instant `hours` business hours after `fromIso`: time outside the working days and
 * hours does not count. Starting outside hours, the clock starts at the next opening.
 */
export function addBusinessHours(
  fromIso: string,
  hours: number,
  b: BusinessHours,
  timeZone: string,
): string {
  let left = Math.round(hours * 60);
  let t = Date.parse(fromIso);
  const open = toMinute(b.start);
  const close = toMinute(b.end);
  // A working day is at most a week away; 3700 days bounds any SLA of years.
  for (let guard = 0; guard < 3700; guard++) {
    const l = localDay(t, timeZone);
    if (b.days.includes(l.weekday) && l.minute < close) {
      const startMin = Math.max(l.minute, open);
      const available = close - startMin;
      const startAt = l.minute >= open ? t : zonedTime(l.y, l.m, l.d, open, timeZone);
      if (left <= available) return new Date(startAt + left * MINUTE_MS).toISOString();
      left -= available;
    }
    // On to the next local day's midnight.
    const next = new Date(Date.UTC(l.y, l.m - 1, l.d + 1));
    t = zonedTime(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0, timeZone);
  }
  throw invalid('businessHours', 'Business hours leave no working time.');
}
