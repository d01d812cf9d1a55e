/** The customer's path through the journey stages over time (loaded on demand with ECharts). */
import { useMemo } from 'react';
import type { CustomerJourney, Interaction } from '@rapport/contracts';
import { EChart } from '../../charts/EChart.tsx';
import { journeyChartHeight, journeyOption, journeySummary } from './journey-option.ts';
import { withEngagementLine } from '../journey/engagement-line.ts';

export default function JourneyChart({
  interactions,
  stages,
  journey,
}: {
  interactions: readonly Interaction[];
  stages: readonly string[];
  /** With it, the engagement score after each touchpoint is drawn on a second axis. */
  journey?: CustomerJourney | undefined;
}) {
  const option = useMemo(
    () => withEngagementLine(journeyOption(interactions, stages), journey),
    [interactions, stages, journey],
  );
  return (
    <EChart
      option={option}
      height={journeyChartHeight(interactions, stages)}
      label={journeySummary(interactions)}
    />
  );
}
