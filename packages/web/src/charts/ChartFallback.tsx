/**
 * The place of a chart loaded on demand, while ECharts arrives: as tall as the chart will be,
 * so nothing under it moves when it is drawn (a disclosure or a button under a late chart
 * would slide away from the pointer).
 */
import { Loading } from '../components/states.tsx';

export function ChartFallback({ label, height }: { label: string; height: number }) {
  return (
    <div className="chart-fallback" style={{ minHeight: height }}>
      <Loading label={label} />
    </div>
  );
}
