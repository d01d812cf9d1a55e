/** An ECharts chart in a figure: described in words for screen readers, resized with its box. */
import { useEffect, useRef } from 'react';
import type { ECharts } from 'echarts/core';
import { createChart, type ChartOption } from './echarts.ts';

export function EChart({
  option,
  height,
  label,
}: {
  option: ChartOption;
  height: number;
  /** What the chart shows, in words (its accessible name). */
  label: string;
}) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    if (!el.current) return;
    const c = createChart(el.current);
    chart.current = c;
    const observer =
      typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => c.resize());
    observer?.observe(el.current);
    return () => {
      observer?.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={el} className="chart" role="img" aria-label={label} style={{ height }} />;
}
