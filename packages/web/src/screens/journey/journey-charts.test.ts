import { describe, expect, test } from 'vitest';
import { arcOption, arcSummary } from './arc-option.ts';
import { heatCells, heatmapOption, heatmapSummary, NO_SHARE } from './heatmap-option.ts';
import { CHAT_SIGNALS, MAP } from './journey-fixtures.ts';

type Series = {
  name: string;
  symbol: string;
  lineStyle: { type: string };
  data: Array<{ value: [number, number | null] }>;
};

describe("a conversation's arc", () => {
  test('customer and agent are told apart by marker and line, not colour alone', () => {
    const series = arcOption(CHAT_SIGNALS).series as Series[];
    expect(series.map((s) => [s.name, s.symbol, s.lineStyle.type])).toEqual([
      ['Customer', 'circle', 'solid'],
      ['Agent', 'triangle', 'dashed'],
    ]);
    expect(series[0]?.data.map((d) => d.value)).toEqual([
      [1, -0.72],
      [2, null],
      [3, 0.64],
      [4, null],
      [5, 0.93],
    ]);
  });

  test('is described in words: where the customer began and ended', () => {
    expect(arcSummary(CHAT_SIGNALS)).toBe(
      'Emotional arc of the conversation: 5 messages. The customer began very negative (−0.72), with annoyance, and ended very positive (+0.93), with gratitude.',
    );
  });
});

describe('the emotion heat map', () => {
  test('labels every cell with its share and n, and says when there are too few', () => {
    const cells = heatCells(MAP, 'ekman');
    expect(cells.find((c) => c.stage === 'support' && c.group === 'joy')?.text).toBe('60 %\nn 40');
    expect(cells.find((c) => c.stage === 'consideration' && c.group === 'joy')?.text).toBe(
      'n 4\ntoo few',
    );
    const option = heatmapOption(MAP, 'sentiment');
    type Item = { value: unknown[]; itemStyle?: { color: string } };
    const data = (option.series as Array<{ data: Item[] }>)[0]?.data ?? [];
    expect(data).toHaveLength(8);
    expect(data.find((d) => d.value[0] === 0 && d.value[1] === 1)?.value[2]).toBe(60);
    // Not '-': ECharts would draw neither the cell nor its "too few" label. Grey, not 0 %'s colour.
    const tooFew = data.find((d) => d.value[1] === 0);
    expect(tooFew?.value[2]).toBe(NO_SHARE);
    expect(tooFew?.itemStyle?.color).toBe('#f3f4f6');
    expect(data.find((d) => d.value[1] === 1)?.itemStyle).toBeUndefined();
  });

  test('keeps the stages in the workspace order, and sums itself up in words', () => {
    const option = heatmapOption(MAP, 'ekman');
    expect((option.yAxis as { data: string[] }).data).toEqual(['Consideration', 'Support']);
    expect(heatmapSummary(MAP, 'ekman')).toMatch(
      /46 texts\. Strongest per stage — Support: joy 60 %\./,
    );
  });
});

describe('the engagement line on the journey chart', () => {
  test('adds a dashed diamond line on a 0–100 axis, one point after each touchpoint', async () => {
    const { withEngagementLine, ENGAGEMENT_SERIES } = await import('./engagement-line.ts');
    const { journeyOption } = await import('../history/journey-option.ts');
    const { anInteraction } = await import('../../testing/render.tsx');
    const { JOURNEY } = await import('./journey-fixtures.ts');
    const base = journeyOption([anInteraction({ id: 'int_chat' })], ['support']);
    expect(withEngagementLine(base, undefined)).toBe(base);
    const option = withEngagementLine(base, JOURNEY);
    const axes = option.yAxis as Array<{ type: string; min?: number; max?: number }>;
    expect(axes.map((a) => [a.type, a.min, a.max])).toEqual([
      ['category', undefined, undefined],
      ['value', 0, 100],
    ]);
    const line = (
      option.series as Array<{
        name: string;
        symbol?: string;
        yAxisIndex?: number;
        data: Array<{ value: unknown[] }>;
      }>
    ).at(-1);
    expect([line?.name, line?.symbol, line?.yAxisIndex]).toEqual([ENGAGEMENT_SERIES, 'diamond', 1]);
    expect(line?.data.map((d) => d.value)).toEqual([['2026-05-20T17:40:00.000Z', 61.8]]);
    expect((option.legend as { data: string[] }).data.at(-1)).toBe(ENGAGEMENT_SERIES);
  });
});
