/**
 * `--merge` keeps the rows of workloads not run now from the previous report. Each workload's
 * rows keep the time of the run that measured them, across any number of merges: a report
 * merged before knows it per workload (`measuredAt`); one that was not is one run (`date`).
 */
import type { Report } from './report.ts';

export function mergedTimes(
  previous: Pick<Report, 'date' | 'rows' | 'measuredAt'>,
  now: ReadonlySet<string>,
  nowAt: string,
): Record<string, string> {
  const at: Record<string, string> = {};
  for (const r of previous.rows)
    if (!now.has(r.workload)) at[r.workload] = previous.measuredAt?.[r.workload] ?? previous.date;
  for (const w of now) at[w] = nowAt;
  return at;
}

/** "rows of 5 text from a run at T2; of 1 ingest, 2 sms from a run at T1", newest first. */
export function describeMerge(measuredAt: Readonly<Record<string, string>>): string {
  const byTime = new Map<string, string[]>();
  for (const [w, t] of Object.entries(measuredAt)) byTime.set(t, [...(byTime.get(t) ?? []), w]);
  const parts = [...byTime]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([t, ws]) => `${ws.sort().join(', ')} from a run at ${t}`);
  return `rows of ${parts.join('; of ')}`;
}
