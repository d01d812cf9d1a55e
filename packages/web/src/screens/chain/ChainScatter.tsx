/** The scatter plot of one link (loaded on demand with ECharts, drawn as SVG). */
import { useMemo } from 'react';
import { use as register } from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import type { LinkageLink } from '@rapport/contracts';
import { EChart } from '../../charts/EChart.tsx';
import type { MarkedPoint } from './chain-points.ts';
import { scatterOption, scatterSummary } from './scatter-option.ts';

// Moves team labels apart where teams sit close together.
register([LabelLayout]);

export default function ChainScatter({
  link,
  points,
}: {
  link: LinkageLink;
  points: readonly MarkedPoint[];
}) {
  const option = useMemo(() => scatterOption(link, points), [link, points]);
  return <EChart option={option} height={340} label={scatterSummary(link, points)} />;
}
