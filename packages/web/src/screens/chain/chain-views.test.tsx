// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ApiProvider } from '../../api/api-context.tsx';
import { fakeApi, json } from '../../testing/fake-api.ts';
import { render, settle, type Rendered } from '../../testing/render.tsx';
import { LINKAGE } from './chain-fixtures.ts';
import { hiddenText, markPoints, teamMarks } from './chain-points.ts';
import ChainScreen from './ChainScreen.tsx';
import { ChainSentence } from './ChainSentence.tsx';
import { scatterOption } from './scatter-option.ts';

let view: Rendered | undefined;
beforeEach(() => window.history.replaceState(null, '', '/chain'));
afterEach(() => {
  view?.unmount();
  view = undefined;
});

describe('the chain sentence', () => {
  test('says the link in words with r, its interval and the number of teams', async () => {
    view = await render(<ChainSentence link={LINKAGE.engagementToOutcome} />);
    const text = view.container.textContent ?? '';
    expect(text).toContain('Strong positive link, r = 0.79, 95 % interval 0.12–0.97, 5 teams.');
    expect(text).toContain('Rank correlation (Spearman): ρ = 0.90 (95 % interval 0.12 to 0.97)');
  });

  test('adds that no link is possible when the interval includes zero', async () => {
    const link = {
      ...LINKAGE.engagementToOutcome,
      primary: { ...LINKAGE.engagementToOutcome.primary, includesZero: true },
    };
    view = await render(<ChainSentence link={link} />);
    expect(view.container.textContent).toContain('the interval includes 0');
  });
});

describe('flagged teams stand out without colour', () => {
  test('a chain-broken team is a triangle labelled "(chain broken)"; low leadership a diamond', () => {
    const marks = teamMarks(LINKAGE.chain);
    const points = markPoints(LINKAGE.engagementToOutcome.points, marks);
    const option = scatterOption(LINKAGE.engagementToOutcome, points);
    const series = (option.series ?? []) as Array<{
      name?: string;
      symbol?: string;
      type?: string;
      data?: Array<{ name?: string }>;
      symbolSize?: number;
      label?: { minMargin?: number };
      labelLayout?: { hideOverlap?: boolean; moveOverlap?: string };
    }>;
    const broken = series.find((s) => s.name === 'Chain broken');
    expect(broken?.symbol).toBe('triangle');
    expect(broken?.data?.map((d) => d.name)).toEqual(['Phone Support South (chain broken)']);
    const low = series.find((s) => s.name === 'Low leadership engagement');
    expect(low?.symbol).toBe('diamond');
    expect(low?.data?.map((d) => d.name)).toEqual(['Retail Stores (low leadership)']);
    expect(series.find((s) => s.name === 'Other teams')?.symbol).toBe('circle');
    expect(series.find((s) => s.type === 'line')?.name).toBe('Fitted line');
    // No name is printed over another: every label gives way to one already drawn, and stays by
    // its own point (not shifted next to another team's).
    const scatters = series.filter((s) => s.type === 'scatter');
    expect(scatters.map((s) => s.labelLayout)).toEqual([
      { hideOverlap: true },
      { hideOverlap: true },
      { hideOverlap: true },
    ]);
    for (const s of scatters) expect(s.label?.minMargin).toBeGreaterThan(0);
    // ECharts draws larger symbols' labels first: flagged teams' before the others'.
    const other = series.find((s) => s.name === 'Other teams')?.symbolSize ?? 0;
    expect(low?.symbolSize).toBeGreaterThan(other);
    expect(broken?.symbolSize).toBeGreaterThan(low?.symbolSize ?? 0);
    expect(hiddenText(1, 5)).toBe('1 team hidden (fewer than 5 respondents)');
    expect(hiddenText(2, 5)).toBe('2 teams hidden (fewer than 5 respondents)');
    expect(hiddenText(0, 5)).toBeNull();
  });

  test('the screen: both sentences, the hidden teams stated, the broken team singled out, names as text', async () => {
    const { client, requests } = fakeApi({ 'GET /api/v1/linkage': () => json(200, LINKAGE) });
    view = await render(
      <ApiProvider client={client}>
        <ChainScreen />
      </ApiProvider>,
    );
    await settle();
    await settle();
    const text = view.container.textContent ?? '';
    expect(text).toContain('Very strong positive link, r = 0.93');
    expect(text).toContain('Strong positive link, r = 0.79');
    expect(text).toContain('1 team hidden (fewer than 5 respondents)');
    const broken = view.container.querySelector('.flag-broken');
    expect(broken?.textContent).toContain('Phone Support South — chain broken');
    expect(view.container.querySelector('.flag-low')?.textContent).toContain('Retail Stores');
    // A team name with markup is text, in the lists and the tables.
    expect(view.container.querySelector('b')).toBeNull();
    expect(text).toContain('Billing <b>Support</b>');
    expect(requests[0]?.query.get('outcome')).toBe('csat');
    expect(requests[0]?.query.get('lag')).toBe('0');
  });
});
