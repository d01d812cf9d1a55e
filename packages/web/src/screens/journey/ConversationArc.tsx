/** The arc of one conversation, message by message (loaded on demand with ECharts). */
import { useMemo } from 'react';
import type { JourneySignal } from '@rapport/contracts';
import { EChart } from '../../charts/EChart.tsx';
import { ARC_HEIGHT, arcOption, arcSummary } from './arc-option.ts';

export default function ConversationArc({ signals }: { signals: readonly JourneySignal[] }) {
  const option = useMemo(() => arcOption(signals), [signals]);
  return <EChart option={option} height={ARC_HEIGHT} label={arcSummary(signals)} />;
}
