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
  // Every cell carries two lines of words: on a narrow screen the map keeps a readable width
  // and scrolls sideways (by keyboard too) rather than drawing its labels over each other.
  return (
    <div className="heatmap-scroll" role="region" aria-label="Heat map" tabIndex={0}>
      <div className="heatmap-inner">
        <EChart
          option={option}
          height={90 + 44 * map.rows.length}
          label={heatmapSummary(map, grouping)}
        />
      </div>
    </div>
  );
}
