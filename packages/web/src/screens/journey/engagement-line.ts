/**
 * The engagement score over time, drawn on the customer's journey chart: a dashed line with
 * diamond markers on a second axis (0–100), one point after each touchpoint.
 */
import type { CustomerJourney } from '@rapport/contracts';
import type { ChartOption, LineSeriesOption } from '../../charts/echarts.ts';
import { formatDateTime } from '../../lib/format.ts';
import { signedPoints } from './emotion-words.ts';

export const ENGAGEMENT_SERIES = 'Engagement score';

export function engagementSeries(journey: CustomerJourney): LineSeriesOption {
  const points = journey.touchpoints.flatMap((t) =>
    t.engagement
      ? [
          {
            value: [t.at, t.engagement.after],
            name: `${formatDateTime(t.at)}: engagement ${t.engagement.before.toFixed(1)} → ${t.engagement.after.toFixed(1)} (${signedPoints(t.engagement.delta)})`,
          },
        ]
      : [],
  );
  return {
    type: 'line',
    name: ENGAGEMENT_SERIES,
    yAxisIndex: 1,
    symbol: 'diamond',
    symbolSize: 9,
    itemStyle: { color: '#7c3aed' },
    lineStyle: { color: '#7c3aed', type: 'dashed', width: 2 },
    data: points,
    z: 3,
  };
}

/** Adds the engagement line and its axis (right, 0–100) to the journey chart's option. */
export function withEngagementLine(
  option: ChartOption,
  journey: CustomerJourney | undefined,
): ChartOption {
  if (!journey || !journey.touchpoints.some((t) => t.engagement)) return option;
  const stages = Array.isArray(option.yAxis) ? option.yAxis[0] : option.yAxis;
  const legend = Array.isArray(option.legend) ? option.legend[0] : option.legend;
  const series = Array.isArray(option.series)
    ? option.series
    : option.series
      ? [option.series]
      : [];
  return {
    ...option,
    legend: {
      ...legend,
      data: [...((legend?.data as string[] | undefined) ?? []), ENGAGEMENT_SERIES],
    },
    yAxis: [
      ...(stages ? [stages] : []),
      {
        type: 'value',
        min: 0,
        max: 100,
        position: 'right',
        name: 'Engagement',
        splitLine: { show: false },
        axisLabel: { color: '#374151' },
      },
    ],
    series: [...series, engagementSeries(journey)],
  };
}
