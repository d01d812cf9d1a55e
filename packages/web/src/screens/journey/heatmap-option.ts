/**
 * The emotion map as a heat map: journey stages down, emotions across, each cell the share of
 * the stage's texts showing that emotion. Every cell is labelled with its share and n, so the
 * map reads the same without colour; cells under the minimum n say so and stay grey (not '-':
 * ECharts would draw neither the cell nor its label; and not the scale's 0 % colour either).
 * Registers ECharts' heat map once (import only from lazily loaded chart components).
 */
import type { EmotionMap } from '@rapport/contracts';
import { HeatmapChart, type HeatmapSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  VisualMapComponent,
  type GridComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import { use, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { stageLabel } from '../../lib/labels.ts';
import { escapeText } from '../history/journey-option.ts';
import { groupWord } from './emotion-words.ts';

use([HeatmapChart, GridComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

export type HeatmapOption = ComposeOption<
  HeatmapSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption
>;
export type Grouping = 'ekman' | 'sentiment';
export { groupWord };

/** A cell without a share: below the colour scale, drawn grey and still labelled. */
export const NO_SHARE = -1;
const NO_SHARE_COLOUR = '#f3f4f6';

export interface HeatCell {
  stage: string;
  group: string;
  count: number;
  n: number;
  share: number | null;
  text: string;
}

export function heatCells(map: EmotionMap, grouping: Grouping): HeatCell[] {
  const groups = grouping === 'ekman' ? map.ekmanGroups : map.sentiments;
  return map.rows.flatMap((row) =>
    groups.map((group): HeatCell => {
      const cell = row[grouping][group];
      const count = cell?.count ?? 0;
      const share = cell?.share ?? null;
      const text =
        row.n === 0
          ? 'no texts'
          : share === null
            ? `n ${row.n}\ntoo few`
            : `${Math.round(share)} %\nn ${row.n}`;
      return { stage: row.stage, group, count, n: row.n, share, text };
    }),
  );
}

export function heatmapOption(map: EmotionMap, grouping: Grouping): HeatmapOption {
  const groups = grouping === 'ekman' ? map.ekmanGroups : map.sentiments;
  const cells = heatCells(map, grouping);
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const c = cells[(p as { dataIndex?: number }).dataIndex ?? -1];
        if (!c) return '';
        const share = c.share === null ? 'too few texts for a share' : `${c.share} %`;
        return escapeText(
          `${stageLabel(c.stage)} · ${groupWord(c.group)}: ${share} (${c.count} of ${c.n} texts)`,
        );
      },
    },
    xAxis: { type: 'category', data: groups.map(groupWord), splitArea: { show: true } },
    yAxis: {
      type: 'category',
      data: map.rows.map((r) => stageLabel(r.stage)),
      inverse: true,
      splitArea: { show: true },
    },
    visualMap: {
      min: 0,
      max: 100,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      text: ['100 %', '0 %'],
      inRange: { color: ['#eff6ff', '#1e3a8a'] },
      outOfRange: { color: NO_SHARE_COLOUR },
    },
    series: [
      {
        type: 'heatmap',
        name: 'Share of texts',
        data: cells.map((c) => ({
          value: [
            groups.indexOf(c.group),
            map.rows.findIndex((r) => r.stage === c.stage),
            c.share ?? NO_SHARE,
          ],
          ...(c.share === null ? { itemStyle: { color: NO_SHARE_COLOUR } } : {}),
          label: {
            show: true,
            formatter: c.text,
            lineHeight: 16,
            color: (c.share ?? 0) > 55 ? '#ffffff' : '#111827',
          },
        })),
        emphasis: { itemStyle: { borderColor: '#111827', borderWidth: 1 } },
      },
    ],
  };
}

/** The map in words, for the chart's accessible name. */
export function heatmapSummary(map: EmotionMap, grouping: Grouping): string {
  const shown = map.rows.filter((r) => r.status === 'ok');
  const strongest = shown.map((r) => {
    const cells = Object.entries(r[grouping]).filter(([g]) => g !== 'neutral');
    const best = cells.sort((a, b) => (b[1].share ?? 0) - (a[1].share ?? 0))[0];
    return best
      ? `${stageLabel(r.stage)}: ${groupWord(best[0]).toLowerCase()} ${best[1].share} %`
      : '';
  });
  return `Emotion map by journey stage (${grouping === 'ekman' ? 'emotions' : 'sentiment'}), ${map.total} texts. ${
    strongest.filter(Boolean).length
      ? `Strongest per stage — ${strongest.filter(Boolean).join('; ')}.`
      : 'No stage has enough texts for shares.'
  } The table below gives every cell.`;
}
