/**
 * The trend of one metric: a point per week (or month) and scale, with its interval, n and
 * status. Periods without answers are kept as gaps, so time stays evenly spaced.
 */
import type { Figure, MetricResult } from '@rapport/contracts';
import { addDays } from './period.ts';

export interface TrendPoint {
  period: string;
  value: number | null;
  low: number | null;
  high: number | null;
  n: number;
  status: Figure['status'];
}

export interface TrendSeries {
  scale: string;
  unit: Figure['unit'];
  points: TrendPoint[];
}

/** Mondays (ISO weeks, as the API labels them) or months ("2026-11") covering the range. */
export function trendPeriods(
  range: { from: string; to: string },
  grain: 'week' | 'month',
): string[] {
  const out: string[] = [];
  if (grain === 'month') {
    let m = range.from.slice(0, 7);
    const last = addDays(range.to, -1).slice(0, 7);
    while (m <= last && out.length < 600) {
      out.push(m);
      const [y, mo] = m.split('-').map(Number) as [number, number];
      m = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
    }
    return out;
  }
  const start = new Date(`${range.from}T00:00:00Z`);
  const monday = addDays(range.from, -((start.getUTCDay() + 6) % 7));
  for (let d = monday; d < range.to && out.length < 600; d = addDays(d, 7)) out.push(d);
  return out;
}

export function trendSeries(
  result: MetricResult,
  grain: 'week' | 'month',
): { periods: string[]; series: TrendSeries[] } {
  const periods = trendPeriods(result, grain);
  const scales = [...new Set(result.cells.map((c) => c.scale))];
  const series = scales.map((scale): TrendSeries => {
    const cells = result.cells.filter((c) => c.scale === scale);
    const byPeriod = new Map(cells.map((c) => [c.group[grain] ?? '', c.figure]));
    return {
      scale,
      unit: cells[0]?.figure.unit ?? 'percent',
      points: periods.map((period) => {
        const f = byPeriod.get(period);
        const ok = f?.status === 'ok';
        return {
          period,
          value: ok ? (f.value ?? null) : null,
          low: ok ? (f.interval?.low ?? null) : null,
          high: ok ? (f.interval?.high ?? null) : null,
          n: f?.n ?? 0,
          status: f?.status ?? 'empty',
        };
      }),
    };
  });
  return { periods, series };
}

const weekFmt = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const monthFmt = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "23 Nov" for the week starting that Monday; "Nov 2026" for a month. */
export function periodLabel(period: string, grain: 'week' | 'month'): string {
  return grain === 'week'
    ? `w/c ${weekFmt.format(new Date(`${period}T00:00:00Z`))}`
    : monthFmt.format(new Date(`${period}-01T00:00:00Z`));
}

/**
 * Whether a weekly trend is mostly gaps: in no series do at least half of the weeks that had
 * answers carry a figure. Read by month instead, such a period still shows a line.
 */
export function mostlyGaps(series: readonly TrendSeries[]): boolean {
  return series.every((s) => {
    const answered = s.points.filter((p) => p.n > 0).length;
    const figures = s.points.filter((p) => p.value !== null).length;
    return answered === 0 || figures * 2 < answered;
  });
}

/** The trend chart's height in pixels: taller with a legend (more than one series). */
export const trendChartHeight = (series: readonly TrendSeries[]): number =>
  series.length > 1 ? 280 : 250;
