/** The trend chart (loaded on demand with ECharts). */
import { useMemo } from 'react';
import { EChart } from '../../charts/EChart.tsx';
import { trendOption } from './trend-option.ts';
import { trendChartHeight, type TrendSeries } from './trend.ts';

export default function TrendChart({
  periods,
  series,
  grain,
  label,
  summary,
}: {
  periods: string[];
  series: TrendSeries[];
  grain: 'week' | 'month';
  label: (scale: string) => string;
  summary: string;
}) {
  const option = useMemo(
    () => trendOption(periods, series, grain, label),
    [periods, series, grain, label],
  );
  return <EChart option={option} height={trendChartHeight(series)} label={summary} />;
}
