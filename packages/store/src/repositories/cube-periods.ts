/**
 * The periods of the metric cube's grains. A period is named by its first day: the day itself,
 * the Monday of its ISO week (as `date_trunc('week')` and the metrics API's week grouping), or
 * the first of its month.
 */
export const CUBE_GRAINS = ['day', 'week', 'month'] as const;
export type CubeGrain = (typeof CUBE_GRAINS)[number];

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The first day (YYYY-MM-DD) of the period of `grain` that holds `day`. */
export function periodOf(grain: CubeGrain, day: string): string {
  if (grain === 'day') return day;
  if (grain === 'month') return `${day.slice(0, 7)}-01`;
  const ms = Date.parse(`${day}T00:00:00Z`);
  return isoDay(ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY_MS);
}

/** The first day of the period after the one that starts on `start`. */
function nextPeriod(grain: CubeGrain, start: string): string {
  if (grain === 'month') {
    const [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
    return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  }
  return isoDay(Date.parse(`${start}T00:00:00Z`) + (grain === 'week' ? 7 : 1) * DAY_MS);
}

/**
 * The whole periods of `grain` inside the days [from, to) (either end open): the first period
 * starting on or after `from`, up to the period holding `to`. Undefined when no whole period
 * fits.
 */
export function periodsWithin(
  grain: CubeGrain,
  from: string | undefined,
  to: string | undefined,
): { from: string | undefined; to: string | undefined } | undefined {
  const start =
    from === undefined
      ? undefined
      : periodOf(grain, from) === from
        ? from
        : nextPeriod(grain, periodOf(grain, from));
  const end = to === undefined ? undefined : periodOf(grain, to);
  if (start !== undefined && end !== undefined && start >= end) return undefined;
  return { from: start, to: end };
}
