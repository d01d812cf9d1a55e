/**
 * The arc of one conversation: each message's valence (−1 negative … +1 positive) in order,
 * the customer's and the agents' as two series told apart by marker shape and line style as
 * well as colour.
 */
import type { JourneySignal } from '@rapport/contracts';
import type { ChartOption, LineSeriesOption } from '../../charts/echarts.ts';
import { escapeText } from '../history/journey-option.ts';
import { leadEmotionWord, readingWords, valenceWords } from './emotion-words.ts';

const SIDES = [
  {
    name: 'Customer',
    match: (s: JourneySignal) => s.speaker === 'customer',
    symbol: 'circle',
    color: '#1d4ed8',
    type: 'solid',
  },
  {
    name: 'Agent',
    match: (s: JourneySignal) => s.speaker === 'agent' || s.speaker === 'bot',
    symbol: 'triangle',
    color: '#6b7280',
    type: 'dashed',
  },
] as const;

/** The arc chart's height in pixels. */
export const ARC_HEIGHT = 220;

export const arcMessages = (signals: readonly JourneySignal[]) =>
  signals.filter((s) => s.sourceType === 'message').sort((a, b) => a.seq - b.seq);

export function arcOption(signals: readonly JourneySignal[]): ChartOption {
  const messages = arcMessages(signals);
  const series = SIDES.map((side): LineSeriesOption => ({
    type: 'line',
    name: side.name,
    symbol: side.symbol,
    symbolSize: 10,
    connectNulls: true,
    itemStyle: { color: side.color },
    lineStyle: { color: side.color, type: side.type, width: 2 },
    data: messages.map((s, k) =>
      side.match(s)
        ? {
            value: [k + 1, s.valence],
            name: `Message ${k + 1} (${side.name.toLowerCase()}): ${readingWords(s)}`,
          }
        : { value: [k + 1, null] },
    ),
  }));
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, data: SIDES.map((s) => s.name) },
    tooltip: {
      trigger: 'item',
      formatter: (p) => escapeText(String((p as { name?: string }).name ?? '')),
    },
    xAxis: {
      type: 'value',
      min: 1,
      max: Math.max(2, messages.length),
      minInterval: 1,
      name: 'Message',
      nameLocation: 'middle',
      nameGap: 24,
    },
    yAxis: {
      type: 'value',
      min: -1,
      max: 1,
      interval: 0.5,
      axisLabel: {
        formatter: (v: number) =>
          v === 1 ? 'positive' : v === -1 ? 'negative' : v === 0 ? 'neutral' : '',
      },
    },
    series,
  };
}

/** The arc in words, for the chart's accessible name. */
export function arcSummary(signals: readonly JourneySignal[]): string {
  const customer = arcMessages(signals).filter((s) => s.speaker === 'customer');
  const first = customer[0];
  const last = customer.at(-1);
  if (!first || !last) return 'No customer message was read in this conversation.';
  return `Emotional arc of the conversation: ${arcMessages(signals).length} messages. The customer began ${valenceWords(
    first.valence,
  )}, with ${leadEmotionWord(first)}, and ended ${valenceWords(last.valence)}, with ${leadEmotionWord(last)}.`;
}
