// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import type { Comparison, Figure } from '@rapport/contracts';
import { render, type Rendered } from '../../testing/render.tsx';
import { ChangeMarker } from './ChangeMarker.tsx';
import { FigureValue } from './FigureValue.tsx';

const figure = (over: Partial<Figure> = {}): Figure => ({
  metric: 'csat',
  status: 'ok',
  value: 80,
  n: 30,
  skipped: 0,
  interval: { low: 62.7, high: 90.5 },
  unit: 'percent',
  scale: { min: 1, max: 5, label: '1–5' },
  minN: 10,
  parts: { topBoxMin: 4, mean: { value: 4.1 } },
  ...over,
});
const comparison = (over: Partial<Comparison> = {}): Comparison => ({
  metric: 'csat',
  test: 'two-proportion-z',
  status: 'ok',
  before: { value: 55, n: 40 },
  after: { value: 80, n: 30 },
  difference: 25,
  interval: { low: 4, high: 46 },
  statistic: 2.2,
  df: null,
  pValue: 0.02,
  significant: true,
  minN: 10,
  ...over,
});

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

describe('a figure on the overview', () => {
  test('value with its scale, 95 % interval and n, as a link to the responses', async () => {
    view = await render(
      <FigureValue metric="csat" scale="1–5" figure={figure()} href="/overview/responses?x" />,
    );
    const c = view.container;
    expect(c.querySelector('.figure-value')?.textContent).toBe('80 %');
    expect(c.querySelector('.figure-scale')?.textContent).toBe('on 1–5');
    expect(c.querySelector('.figure-detail')?.textContent).toBe(
      '95 % interval 62.7–90.5 % · n = 30',
    );
    const link = c.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/overview/responses?x');
    expect(link?.getAttribute('aria-label')).toBe(
      'CSAT on 1–5: 80 %, 95 % interval 62.7–90.5 %, n = 30. See the responses',
    );
  });

  test('too few responses: no number, n shown, the minimum named', async () => {
    view = await render(
      <FigureValue
        metric="nps"
        scale="1–10"
        figure={figure({
          metric: 'nps',
          status: 'too_few',
          value: null,
          interval: null,
          n: 3,
          unit: 'points',
        })}
        href="/x"
      />,
    );
    const text = view.container.textContent ?? '';
    expect(view.container.querySelector('.figure-value')?.textContent).toBe(
      'Too few responses (n = 3)',
    );
    expect(text).toContain('A figure needs at least 10; asked on 1–10.');
    expect(text).not.toMatch(/interval|%/);
  });

  test('an empty figure is not a link', async () => {
    view = await render(
      <FigureValue
        metric="ces"
        scale="1–7"
        figure={figure({ status: 'empty', value: null, n: 0, interval: null })}
        href="/x"
      />,
    );
    expect(view.container.querySelector('a')).toBeNull();
    expect(view.container.textContent).toContain('No responses');
  });
});

describe('the change marker', () => {
  test('a significant rise: arrow, amount and "significant" in words, not colour alone', async () => {
    view = await render(<ChangeMarker metric="csat" comparison={comparison()} />);
    const p = view.container.querySelector('p');
    expect(p?.className).toBe('change change-up');
    expect(p?.textContent).toContain('▲ +25 pp vs previous period');
    expect(p?.textContent).toContain('significant');
    expect(view.container.querySelector('.visually-hidden')?.textContent).toBe(
      'Significant rise of 25 percentage points from the previous period, p = 0.020.',
    );
  });

  test('a bigger change that is not significant is not marked', async () => {
    view = await render(
      <ChangeMarker
        metric="csat"
        comparison={comparison({ difference: 30, significant: false, pValue: 0.09 })}
      />,
    );
    const p = view.container.querySelector('p');
    expect(p?.className).toBe('change change-none');
    expect(p?.textContent).toBe('No significant change from the previous period.');
    expect(view.container.textContent).not.toMatch(/▲|▼|\+30/);
  });

  test('a significant fall is marked down', async () => {
    view = await render(
      <ChangeMarker metric="nps" comparison={comparison({ difference: -12, pValue: 0.01 })} />,
    );
    expect(view.container.querySelector('p')?.className).toBe('change change-down');
    expect(view.container.textContent).toContain('▼ −12 pts vs previous period');
  });
});
