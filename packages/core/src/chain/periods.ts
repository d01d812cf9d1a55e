/**
 * The periods employee and leadership results are reported over: a calendar month ("2026-08") or
 * quarter ("2026-Q3"), in UTC. Only these — never an arbitrary range of days — so that two periods
 * can never be subtracted to isolate a few respondents, and every period's cells belong to one
 * table (see pulse-visibility.ts); a year is read as its four quarters. A period is reported once
 * it has ended: its data no longer changes, so what was shown once stays true.
 */
import { invalid } from '../errors/domain-error.ts';
import { parseQuarter, shiftQuarter } from '../linkage/lag.ts';

export type PeriodKind = 'month' | 'quarter';

export interface PulsePeriod {
  kind: PeriodKind;
  /** "2026-08" or "2026-Q3". */
  key: string;
  /** First UTC day included, YYYY-MM-DD. */
  from: string;
  /** First UTC day after the period, YYYY-MM-DD. */
  to: string;
  year: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const firstOfMonth = (year: number, month: number) =>
  month > 12 ? `${year + 1}-01-01` : `${year}-${pad(month)}-01`;

/** "2026-08-15" or an ISO time → "2026-08". */
export const monthOfDay = (day: string): string => day.slice(0, 7);

/** "2026-08" → "2026-Q3". */
export function quarterOfMonth(month: string): string {
  const m = Number(month.slice(5, 7));
  return `${month.slice(0, 4)}-Q${Math.ceil(m / 3)}`;
}

/** Parses "YYYY-MM" or "YYYY-Qn" (years 1970–9998). Throws DomainError('validation', `period`). */
export function parsePeriod(key: string): PulsePeriod {
  const y = Number(key.slice(0, 4));
  if (!(y >= 1970 && y <= 9998))
    throw invalid('period', `No pulse results for the year ${key.slice(0, 4)}.`);
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (month) {
    const year = Number(month[1]);
    const m = Number(month[2]);
    return { kind: 'month', key, from: firstOfMonth(year, m), to: firstOfMonth(year, m + 1), year };
  }
  if (/^\d{4}-Q[1-4]$/.test(key)) {
    const { year, quarter } = parseQuarter(key);
    const m = 3 * (quarter - 1) + 1;
    return {
      kind: 'quarter',
      key,
      from: firstOfMonth(year, m),
      to: firstOfMonth(year, m + 3),
      year,
    };
  }
  throw invalid('period', 'A period is a month (2026-08) or a quarter (2026-Q3).');
}

/** The months of a period, in order. */
export function monthsOf(p: PulsePeriod): string[] {
  const out: string[] = [];
  for (let d = p.from; d < p.to;) {
    out.push(monthOfDay(d));
    const y = Number(d.slice(0, 4));
    const m = Number(d.slice(5, 7));
    d = firstOfMonth(y, m + 1);
  }
  return out;
}

/** The first UTC day of `now`, YYYY-MM-DD. */
export const dayOf = (now: Date): string => now.toISOString().slice(0, 10);

/** Whether a period has ended by `now`: only then are its results reported. */
export const isClosed = (p: PulsePeriod, now: Date): boolean => p.to <= dayOf(now);

/** The quarter that ended last before `now`. */
export function lastClosedQuarter(now: Date): PulsePeriod {
  return parsePeriod(shiftQuarter(quarterOfMonth(monthOfDay(dayOf(now))), -1));
}

/** The quarter after a quarter. */
export function nextQuarter(p: PulsePeriod): PulsePeriod {
  if (p.kind !== 'quarter') throw invalid('period', 'A lag is counted in quarters.');
  return parsePeriod(shiftQuarter(p.key, 1));
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The period a request names: `period` itself, or `from`/`to` that bound exactly one month or
 * quarter; with neither, `fallback`.
 */
export function resolvePulsePeriod(
  input: { period?: string | undefined; from?: string | undefined; to?: string | undefined },
  fallback: () => PulsePeriod,
): PulsePeriod {
  if (input.period !== undefined) {
    if (input.from !== undefined || input.to !== undefined)
      throw invalid('period', 'Give either `period` or `from` and `to`, not both.');
    return parsePeriod(input.period);
  }
  if (input.from === undefined && input.to === undefined) return fallback();
  const { from, to } = input;
  if (from === undefined || to === undefined || !DAY.test(from) || !DAY.test(to))
    throw invalid('from', '`from` and `to` are both needed, as days YYYY-MM-DD.');
  const year = from.slice(0, 4);
  const candidates = [
    ...[1, 2, 3, 4].map((q) => `${year}-Q${q}`),
    ...Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`),
  ].map(parsePeriod);
  const hit = candidates.find((p) => p.from === from && p.to === to);
  if (!hit)
    throw invalid(
      'from',
      'Employee and leadership results are reported per calendar month or quarter: ' +
        '`from` is its first day and `to` the first day after it (e.g. 2026-07-01 to 2026-10-01).',
    );
  return hit;
}
