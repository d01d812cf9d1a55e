/**
 * Lagged linkage: employee engagement of quarter q against the customer outcome of quarter
 * q + lag (default 1) of the same team. Quarters are written "YYYY-Qn".
 */
import { invalid } from '../errors/domain-error.ts';
import type { LinkagePoint } from './link-teams.ts';

export interface TeamPeriodValue {
  teamId: string;
  /** "2025-Q3". */
  period: string;
  value: number;
  /** Team size, carried to the point's weight when on the x side. */
  weight?: number | undefined;
}

export interface LaggedPoint extends LinkagePoint {
  xPeriod: string;
  yPeriod: string;
}

/** Parses "YYYY-Qn" (n 1–4). Throws DomainError('validation', field 'period'). */
export function parseQuarter(period: string): { year: number; quarter: number } {
  const m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!m) throw invalid('period', `A quarter is written YYYY-Qn, got "${period}".`);
  return { year: Number(m[1]), quarter: Number(m[2]) };
}

/** The quarter `by` quarters after `period` (negative for before): shiftQuarter("2024-Q4", 1) = "2025-Q1". */
export function shiftQuarter(period: string, by: number): string {
  if (!Number.isInteger(by))
    throw invalid('lag', `A lag is a whole number of quarters, got ${by}.`);
  const { year, quarter } = parseQuarter(period);
  const idx = year * 4 + (quarter - 1) + by;
  return `${Math.floor(idx / 4)}-Q${(idx % 4) + 1}`;
}

/**
 * Pairs x of (team, q) with y of (team, q + lag). Teams or quarters missing on either side are
 * dropped; a (team, period) given twice on one side is refused. With `period`, only x of that
 * quarter is used (one point per team, as the correlation over teams assumes).
 */
export function pairLagged(
  xs: readonly TeamPeriodValue[],
  ys: readonly TeamPeriodValue[],
  opts: { lag?: number | undefined; period?: string | undefined } = {},
): LaggedPoint[] {
  const lag = opts.lag ?? 1;
  const key = (team: string, period: string) => `${team}\u0000${period}`;
  const yBy = new Map<string, TeamPeriodValue>();
  for (const y of ys) {
    parseQuarter(y.period);
    const k = key(y.teamId, y.period);
    if (yBy.has(k)) throw invalid('period', `Two outcomes for team ${y.teamId} in ${y.period}.`);
    yBy.set(k, y);
  }
  const seen = new Set<string>();
  const out: LaggedPoint[] = [];
  for (const x of xs) {
    const k = key(x.teamId, x.period);
    if (seen.has(k))
      throw invalid('period', `Two engagement values for team ${x.teamId} in ${x.period}.`);
    seen.add(k);
    if (opts.period !== undefined && x.period !== opts.period) continue;
    const yPeriod = shiftQuarter(x.period, lag);
    const y = yBy.get(key(x.teamId, yPeriod));
    if (!y) continue;
    out.push({
      teamId: x.teamId,
      x: x.value,
      y: y.value,
      weight: x.weight,
      xPeriod: x.period,
      yPeriod,
    });
  }
  return out.sort((a, b) => a.teamId.localeCompare(b.teamId) || a.xPeriod.localeCompare(b.xPeriod));
}
