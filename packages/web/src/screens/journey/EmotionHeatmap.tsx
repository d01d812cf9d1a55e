/** The emotion map as a heat map (loaded on demand with ECharts). */
import { useMemo } from 'react';
import type { EmotionMap } from '@rapport/contracts';
import { EChart } from '../../charts/EChart.tsx';
import type { ChartOption } from '../../charts/echarts.ts';
import { heatmapOption, heatmapSummary, type Grouping } from './heatmap-option.ts';

export default function EmotionHeatmap({ map, grouping }: { map: EmotionMap; grouping: Grouping }) {
  // EChart is typed for the line and scatter charts it registers; the heat map registers its own.
  const option = useMemo(
    () => heatmapOption(map, grouping) as unknown as ChartOption,
    [map, grouping],
  );
  return (
    <EChart
      option={option}
      height={90 + 44 * map.rows.length}
      label={heatmapSummary(map, grouping)}
    />
  );
}
