/**
 * The ECharts option of a trend: per scale, the 95 % interval as a band and the value as a line.
 * Scales differ by line style and marker shape as well as colour, so the chart reads without
 * colour; too-few periods are gaps.
 */
import type { ChartOption, LineSeriesOption } from '../../charts/echarts.ts';
import { formatValue } from '../../lib/metrics-format.ts';
import { periodLabel, type TrendSeries } from './trend.ts';

const COLOURS = ['#1d4ed8', '#b45309', '#047857'];
const BANDS = ['rgba(29, 78, 216, 0.15)', 'rgba(180, 83, 9, 0.15)', 'rgba(4, 120, 87, 0.15)'];
const SYMBOLS = ['circle', 'rect', 'triangle'];
const LINES = ['solid', 'dashed', 'dotted'] as const;

export function trendOption(
  periods: string[],
  series: TrendSeries[],
  grain: 'week' | 'month',
  label: (scale: string) => string,
): ChartOption {
  const out: LineSeriesOption[] = [];
  series.forEach((s, i) => {
    // The band is the low bound plus the width on top of it. ECharts stacks a value only on a
    // sum of the same sign by default, so a band below zero (NPS −5.8 to +42.2) was drawn from
    // zero up to its width (0 to 48): 'all' stacks whatever the signs.
    const stack = `band-${i}`;
    const stackStrategy = 'all' as const;
    const colour = COLOURS[i % COLOURS.length];
    out.push(
      {
        type: 'line',
        name: `${label(s.scale)} interval low`,
        stack,
        stackStrategy,
        data: s.points.map((p) => p.low),
        lineStyle: { opacity: 0 },
        symbol: 'none',
        silent: true,
        tooltip: { show: false },
      },
      {
        type: 'line',
        name: `${label(s.scale)} interval`,
        stack,
        stackStrategy,
        data: s.points.map((p) => (p.low === null || p.high === null ? null : p.high - p.low)),
        lineStyle: { opacity: 0 },
        areaStyle: { color: BANDS[i % BANDS.length] },
        symbol: 'none',
        silent: true,
        tooltip: { show: false },
      },
      {
        type: 'line',
        name: label(s.scale),
        data: s.points.map((p) => p.value),
        color: colour,
        lineStyle: { width: 2.5, type: LINES[i % LINES.length] },
        symbol: SYMBOLS[i % SYMBOLS.length],
        symbolSize: 8,
        connectNulls: false,
      },
    );
  });
  const unit = series[0]?.unit ?? 'percent';
  const multi = series.length > 1;
  return {
    animation: false,
    grid: { left: 48, right: 16, top: multi ? 40 : 16, bottom: 32 },
    legend: multi ? { top: 0, data: series.map((s) => label(s.scale)), itemWidth: 28 } : undefined,
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v) => (typeof v === 'number' ? formatValue(v, unit) : 'too few or none'),
    },
    xAxis: {
      type: 'category',
      data: periods.map((p) => periodLabel(p, grain)),
      axisLabel: { color: '#374151', hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      scale: unit !== 'percent',
      max: unit === 'percent' ? 100 : undefined,
      axisLabel: { color: '#374151', formatter: (v: number) => formatValue(v, unit) },
    },
    series: out,
  };
}
