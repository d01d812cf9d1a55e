/**
 * The parts of ECharts Rapport uses, registered once, with the SVG renderer (crisp on any
 * screen, printable, and it works under jsdom in component tests). Import this module only
 * from lazily loaded chart components so the chart library stays out of the first load.
 */
import {
  LineChart,
  ScatterChart,
  type LineSeriesOption,
  type ScatterSeriesOption,
} from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { init, use, type ComposeOption, type ECharts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  | LineSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;
export type { LineSeriesOption, ScatterSeriesOption };

export function createChart(el: HTMLElement): ECharts {
  return init(el, undefined, { renderer: 'svg' });
}
