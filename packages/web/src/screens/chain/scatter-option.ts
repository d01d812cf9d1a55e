/**
 * The scatter plot of one link over teams: a point per team (labelled with its name; chain-broken
 * and low-leadership teams by shape and a word as well), and the fitted least-squares line.
 */
import type { LinkageLink } from '@rapport/contracts';
import type { ChartOption, LineSeriesOption, ScatterSeriesOption } from '../../charts/echarts.ts';
import { escapeText } from '../history/journey-option.ts';
import { MEASURE_AXIS, MEASURE_SHORT, measureValue } from './chain-labels.ts';
import { MARKS, type MarkedPoint, type TeamMark } from './chain-points.ts';

const ORDER: TeamMark[] = ['none', 'low_leadership', 'broken'];
const PERCENT = new Set(['csat', 'recovery']);

/**
 * Where each team's label goes: right of its point, unless a team already labelled on the right
 * sits so close that the two names would overlap — then left.
 */
export function labelSides(points: readonly MarkedPoint[]): Map<string, 'left' | 'right'> {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const dx = (Math.max(...xs) - Math.min(...xs) || 1) * 0.3;
  const dy = (Math.max(...ys) - Math.min(...ys) || 1) * 0.06;
  const sides = new Map<string, 'left' | 'right'>();
  for (const p of [...points].sort((a, b) => a.x - b.x)) {
    const crowded = points.some(
      (q) =>
        q.teamId !== p.teamId &&
        sides.get(q.teamId) === 'right' &&
        p.x >= q.x &&
        p.x - q.x < dx &&
        Math.abs(p.y - q.y) < dy,
    );
    sides.set(p.teamId, crowded ? 'left' : 'right');
  }
  return sides;
}

export function scatterOption(link: LinkageLink, points: readonly MarkedPoint[]): ChartOption {
  const xs = points.map((p) => p.x);
  const [x0, x1] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [0, 1];
  const sides = labelSides(points);
  const series: Array<ScatterSeriesOption | LineSeriesOption> = ORDER.filter((m) =>
    points.some((p) => p.mark === m),
  ).map((m): ScatterSeriesOption => ({
    type: 'scatter',
    name: MARKS[m].legend,
    symbol: MARKS[m].symbol,
    symbolSize: MARKS[m].size,
    itemStyle: { color: MARKS[m].color, borderColor: '#fff', borderWidth: 1 },
    label: {
      show: true,
      position: 'right',
      color: '#1f2937',
      fontSize: 11,
      fontWeight: m === 'none' ? 'normal' : 'bold',
      // Room kept between two names when ECharts checks them for overlap (below).
      minMargin: 4,
      formatter: (p) => String((p as { name?: string }).name ?? ''),
    },
    // A name that would overlap one already drawn is left out (it shows on hover, and the table
    // names every team) rather than printed over it, or shifted away from its own point.
    // ECharts draws the labels of larger symbols first, so a flagged team's name and word give
    // way only to another flagged team's, and 'Where the chain breaks' lists those by name.
    labelLayout: { hideOverlap: true },
    data: points
      .filter((p) => p.mark === m)
      .map((p) => ({
        value: [p.x, p.y],
        name: p.label,
        label: { position: sides.get(p.teamId) ?? 'right' },
      })),
  }));
  if (link.line) {
    const { slope, intercept } = link.line;
    series.push({
      type: 'line',
      name: 'Fitted line',
      symbol: 'none',
      silent: true,
      lineStyle: { color: '#4b5563', type: 'dashed', width: 2 },
      data: [
        [x0, intercept + slope * x0],
        [x1, intercept + slope * x1],
      ],
    });
  }
  return {
    animation: false,
    grid: { left: 24, right: 150, top: 40, bottom: 40, containLabel: true },
    legend: { top: 0, left: 0 },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = p as { name?: string; value?: unknown; seriesType?: string };
        if (item.seriesType !== 'scatter' || !Array.isArray(item.value)) return '';
        const [x, y] = item.value as [number, number];
        return `${escapeText(item.name ?? '')}<br>${escapeText(
          `${MEASURE_SHORT[link.x]} ${measureValue(link.x, x)} · ${MEASURE_SHORT[link.y]} ${measureValue(link.y, y)}`,
        )}`;
      },
    },
    xAxis: {
      type: 'value',
      scale: true,
      name: MEASURE_AXIS[link.x],
      nameLocation: 'middle',
      nameGap: 30,
      nameTextStyle: { color: '#1f2937', fontSize: 12 },
      axisLabel: { formatter: (v: number) => measureValue(link.x, v), color: '#374151' },
    },
    yAxis: {
      type: 'value',
      scale: true,
      ...(PERCENT.has(link.y)
        ? { max: (v: { max: number }) => Math.min(100, Math.ceil(v.max / 10) * 10) }
        : {}),
      name: MEASURE_AXIS[link.y],
      nameLocation: 'middle',
      nameGap: 48,
      nameTextStyle: { color: '#1f2937', fontSize: 12 },
      axisLabel: { formatter: (v: number) => measureValue(link.y, v), color: '#374151' },
    },
    series,
  };
}

/** The plot in words, for its accessible name. */
export function scatterSummary(link: LinkageLink, points: readonly MarkedPoint[]): string {
  const flagged = points.filter((p) => p.mark !== 'none').map((p) => p.label);
  return `Scatter plot of ${MEASURE_SHORT[link.x].toLowerCase()} against ${MEASURE_SHORT[
    link.y
  ].toLowerCase()} over ${points.length} teams, with the fitted line${
    flagged.length ? `; marked: ${flagged.join(', ')}` : ''
  }. ${link.primary.sentence}.`;
}
