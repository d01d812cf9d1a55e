/**
 * Closed-loop metrics over the cases opened in a period: time to first action, time to close,
 * SLA kept % and recovery rate, overall and per team or per owner. Shares carry their n and a
 * 95 % Wilson interval; durations their n, median and mean (hours, wall clock).
 */
import { HOUR_MS } from '../common/clock.ts';
import { shareEstimate, type ShareEstimate } from '../metrics/wilson.ts';
import type { CaseHead } from './case.ts';

export interface DurationStats {
  n: number;
  medianHours: number | null;
  meanHours: number | null;
}

export interface CaseFigures {
  opened: number;
  active: number;
  closed: number;
  timeToFirstAction: DurationStats;
  timeToClose: DurationStats;
  /** Of the cases whose SLA is decided (finished, or breached): finished without a breach. */
  slaKept: ShareEstimate & { n: number };
  /** Of the closed cases: customer recovered. */
  recoveryRate: ShareEstimate & { n: number };
  outcomes: Record<string, number>;
}

export function durationStats(hours: number[]): DurationStats {
  if (!hours.length) return { n: 0, medianHours: null, meanHours: null };
  const s = [...hours].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median =
    s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return { n: s.length, medianHours: median, meanHours: mean };
}

const hoursBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / HOUR_MS;

export function caseFigures(cases: readonly CaseHead[]): CaseFigures {
  const finished = cases.filter((c) => c.status === 'resolved' || c.status === 'closed');
  const decided = cases.filter((c) => finished.includes(c) || c.slaBreachedAt);
  const kept = decided.filter((c) => !c.slaBreachedAt).length;
  const closed = cases.filter((c) => c.status === 'closed' && c.outcome);
  const recovered = closed.filter((c) => c.outcome === 'recovered').length;
  const outcomes: Record<string, number> = {};
  for (const c of closed) outcomes[c.outcome as string] = (outcomes[c.outcome as string] ?? 0) + 1;
  return {
    opened: cases.length,
    active: cases.length - finished.length,
    closed: closed.length,
    timeToFirstAction: durationStats(
      cases.flatMap((c) => (c.firstActionAt ? [hoursBetween(c.createdAt, c.firstActionAt)] : [])),
    ),
    timeToClose: durationStats(
      closed.flatMap((c) => (c.closedAt ? [hoursBetween(c.createdAt, c.closedAt)] : [])),
    ),
    slaKept: { ...shareEstimate(kept, decided.length), n: decided.length },
    recoveryRate: { ...shareEstimate(recovered, closed.length), n: closed.length },
    outcomes,
  };
}

export type CaseGroupBy = 'team' | 'owner';

export interface CaseGroup extends CaseFigures {
  /** The team or owner id; null for cases without one. */
  key: string | null;
}

export function groupCases(cases: readonly CaseHead[], by: CaseGroupBy): CaseGroup[] {
  const groups = new Map<string | null, CaseHead[]>();
  for (const c of cases) {
    const key = by === 'team' ? c.teamId : c.ownerId;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.entries()]
    .map(([key, list]) => ({ key, ...caseFigures(list) }))
    .sort((a, b) => b.opened - a.opened || String(a.key).localeCompare(String(b.key)));
}
