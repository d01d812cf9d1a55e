// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { anInteraction, render, settle, type Rendered } from '../../testing/render.tsx';
import { ChartFallback } from '../../charts/ChartFallback.tsx';
import JourneyChart from './JourneyChart.tsx';
import { escapeText, journeyChartHeight, journeyOption, stageAxis } from './journey-option.ts';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const stages = ['awareness', 'purchase', 'support'];
const interactions = [
  anInteraction({ stage: 'purchase', outcome: 'resolved', occurredAt: '2026-05-01T10:00:00.000Z' }),
  anInteraction({
    stage: 'support',
    outcome: 'unresolved',
    occurredAt: '2026-06-01T10:00:00.000Z',
  }),
  anInteraction({ stage: 'win_back', outcome: null, occurredAt: '2026-07-01T10:00:00.000Z' }),
];

describe('the journey chart', () => {
  test('stages keep the workspace order, then any others in use', () => {
    expect(stageAxis(stages, interactions)).toEqual([
      'awareness',
      'purchase',
      'support',
      'win_back',
    ]);
  });

  test('outcomes are told apart by marker shape and legend, not colour alone', () => {
    const option = journeyOption(interactions, stages);
    const series = (option.series as Array<{ type: string; name: string; symbol?: string }>).filter(
      (s) => s.type === 'scatter',
    );
    expect(series.map((s) => [s.name, s.symbol])).toEqual([
      ['Resolved', 'circle'],
      ['Unresolved', 'triangle'],
      ['No outcome', 'emptyCircle'],
    ]);
    expect(new Set(series.map((s) => s.symbol)).size).toBe(series.length);
  });

  test('tooltip text is escaped (ECharts renders it as HTML)', () => {
    expect(escapeText('<img src=x onerror=alert(1)>')).toBe('&#60;img src=x onerror=alert(1)&#62;');
  });

  test('renders as SVG with a description in words', async () => {
    view = await render(<JourneyChart interactions={interactions} stages={stages} />);
    await settle();
    const figure = view.container.querySelector('[role="img"]');
    expect(figure?.getAttribute('aria-label')).toMatch(
      /^Journey chart: 3 touchpoints from .* through the stages Purchase, Support, Win back/,
    );
    expect(figure?.querySelector('svg')).not.toBeNull();
  });

  test('its place while ECharts loads is as tall as the chart, so nothing below it moves', async () => {
    const height = journeyChartHeight(interactions, stages);
    expect(height).toBe(80 + 28 * 4); // four stages on the axis
    view = await render(<ChartFallback label="Drawing the journey…" height={height} />);
    const fallback = view.container.querySelector<HTMLElement>('.chart-fallback');
    expect(fallback?.style.minHeight).toBe(`${height}px`);
    expect(fallback?.textContent).toBe('Drawing the journey…');
    view.unmount();
    view = await render(<JourneyChart interactions={interactions} stages={stages} />);
    await settle();
    const chart = view.container.querySelector<HTMLElement>('[role="img"]');
    expect(chart?.style.height).toBe(`${height}px`);
  });
});
