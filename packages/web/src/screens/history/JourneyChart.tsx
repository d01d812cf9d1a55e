/** The customer's path through the journey stages over time (loaded on demand with ECharts). */
import { useMemo } from 'react';
import type { Interaction } from '@rapport/contracts';
import { EChart } from '../../charts/EChart.tsx';
import { journeyOption, journeySummary } from './journey-option.ts';

export default function JourneyChart({
  interactions,
  stages,
}: {
  interactions: readonly Interaction[];
  stages: readonly string[];
}) {
  const option = useMemo(() => journeyOption(interactions, stages), [interactions, stages]);
  const height =
    80 + 28 * Math.max(3, new Set([...stages, ...interactions.map((i) => i.stage)]).size);
  return <EChart option={option} height={height} label={journeySummary(interactions)} />;
}
