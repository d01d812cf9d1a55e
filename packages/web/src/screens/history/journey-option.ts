/**
 * The journey chart's option: each touchpoint placed at its time (x) and journey stage (y),
 * joined in time order; the outcome told by the marker's shape and the legend as well as its
 * colour. Later series (the engagement-score line on a second axis) are appended by callers.
 */
import type { Interaction, Outcome } from '@rapport/contracts';
import type { ChartOption, LineSeriesOption, ScatterSeriesOption } from '../../charts/echarts.ts';
import { formatDateTime } from '../../lib/format.ts';
import { CHANNEL_LABELS, OUTCOME_LABELS, stageLabel } from '../../lib/labels.ts';

type OutcomeKey = Outcome | 'none';
const STYLE: Record<OutcomeKey, { symbol: string; color: string; label: string }> = {
  resolved: { symbol: 'circle', color: '#15803d', label: OUTCOME_LABELS.resolved },
  info: { symbol: 'roundRect', color: '#0369a1', label: OUTCOME_LABELS.info },
  pending: { symbol: 'rect', color: '#6b7280', label: OUTCOME_LABELS.pending },
  escalated: { symbol: 'diamond', color: '#b45309', label: OUTCOME_LABELS.escalated },
  unresolved: { symbol: 'triangle', color: '#b91c1c', label: OUTCOME_LABELS.unresolved },
  abandoned: { symbol: 'pin', color: '#7e22ce', label: OUTCOME_LABELS.abandoned },
  none: { symbol: 'emptyCircle', color: '#374151', label: 'No outcome' },
};

/** Stages in the workspace's order, then any others the touchpoints use. */
export function stageAxis(
  stages: readonly string[],
  interactions: readonly Interaction[],
): string[] {
  const extra = [...new Set(interactions.map((i) => i.stage))].filter((s) => !stages.includes(s));
  return [...stages, ...extra];
}

/** The chart's height in pixels: a row per stage on the axis, at least three. */
export const journeyChartHeight = (
  interactions: readonly Interaction[],
  stages: readonly string[],
): number => 80 + 28 * Math.max(3, stageAxis(stages, interactions).length);

export function journeyOption(
  interactions: readonly Interaction[],
  stages: readonly string[],
  extraSeries: ReadonlyArray<LineSeriesOption | ScatterSeriesOption> = [],
): ChartOption {
  const ordered = [...interactions].sort(
    (a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt),
  );
  const axis = stageAxis(stages, ordered);
  // Room either side so the first and last touchpoints are not drawn on the chart's edges.
  const first = Date.parse(ordered[0]?.occurredAt ?? '');
  const last = Date.parse(ordered[ordered.length - 1]?.occurredAt ?? '');
  const pad = Math.max((last - first) * 0.04, 12 * 3600_000);
  const point = (i: Interaction) => ({
    value: [i.occurredAt, stageLabel(i.stage)],
    name: `${formatDateTime(i.occurredAt)}: ${CHANNEL_LABELS[i.channel]}, ${stageLabel(i.stage)}, ${
      i.outcome ? OUTCOME_LABELS[i.outcome] : 'no outcome'
    }`,
  });
  const path: LineSeriesOption = {
    type: 'line',
    name: 'Path',
    data: ordered.map((i) => [i.occurredAt, stageLabel(i.stage)]),
    symbol: 'none',
    lineStyle: { color: '#9ca3af', width: 1 },
    silent: true,
    tooltip: { show: false },
    z: 1,
  };
  const byOutcome = (Object.keys(STYLE) as OutcomeKey[])
    .map((key): ScatterSeriesOption | undefined => {
      const items = ordered.filter((i) => (i.outcome ?? 'none') === key);
      if (!items.length) return undefined;
      const s = STYLE[key];
      return {
        type: 'scatter',
        name: s.label,
        symbol: s.symbol,
        symbolSize: 12,
        itemStyle: { color: s.color },
        data: items.map(point),
        z: 2,
      };
    })
    .filter((s): s is ScatterSeriesOption => s !== undefined);

  return {
    animation: false,
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, data: byOutcome.map((s) => String(s.name)), itemGap: 14 },
    tooltip: {
      trigger: 'item',
      formatter: (p) => escapeText(String((p as { name?: string }).name ?? '')),
    },
    xAxis: {
      type: 'time',
      ...(Number.isFinite(first) ? { min: first - pad, max: last + pad } : {}),
      axisLabel: { hideOverlap: true, color: '#374151' },
    },
    yAxis: {
      type: 'category',
      data: axis.map(stageLabel),
      axisLabel: { color: '#374151' },
      splitLine: { show: true, lineStyle: { color: '#e5e7eb' } },
    },
    series: [path, ...byOutcome, ...extraSeries],
  };
}

/** ECharts' tooltip formatter output is HTML: escape the text that goes in it. */
export function escapeText(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The chart in words, for its accessible name. */
export function journeySummary(interactions: readonly Interaction[]): string {
  if (!interactions.length) return 'No touchpoints.';
  const times = interactions.map((i) => i.occurredAt).sort();
  const stages = [...new Set(interactions.map((i) => stageLabel(i.stage)))];
  return `Journey chart: ${interactions.length} touchpoints from ${formatDateTime(times[0] as string)} to ${formatDateTime(
    times[times.length - 1] as string,
  )}, through the stages ${stages.join(', ')}. Each touchpoint is listed below.`;
}
