/**
 * The Overview in Chromium against a demo workspace, with a set of responses seeded through the
 * API in a quiet month of the past (March 2021, and February before it) so every figure is
 * checkable: 30 CSAT answers → 80 % top box, n = 30, its interval as the API gives it; a rise
 * from February's 40 % that is significant (marked) and a CES that did not move (not marked);
 * expectations on 3 answers shown as too few. Drill-down reaches the responses and a customer.
 */
import { createClient, type ApiClient, type Figure, type MetricResult } from '@rapport/contracts';
import { transactionalCsatSurvey } from '@rapport/core';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { startE2e, type E2e, type PageWatch } from './harness.ts';

const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script> too slow';
const MARCH = { from: '2021-03-01', to: '2021-04-01' };
const OVERVIEW = '/overview?from=2021-03-01&to=2021-03-31&metric=csat&by=team';

/** 30 answers in March (24 of them 4 or 5), 30 in February (12 of them 4 or 5). */
async function seed(api: ApiClient, agentId: string): Promise<void> {
  const survey = await api.surveys.create({
    definition: JSON.parse(JSON.stringify(transactionalCsatSurvey({ id: 'e2e' }))),
    status: 'live',
  });
  const customers = (await api.customers.list({ limit: 60 })).items;
  const at = (month: '02' | '03', i: number) =>
    `2021-${month}-${String((i % 27) + 1).padStart(2, '0')}T10:00:00.000Z`;
  const lines = Array.from({ length: 60 }, (_, i) =>
    JSON.stringify({
      customerId: customers[i % customers.length]?.id,
      channel: 'phone',
      stage: i % 2 ? 'support' : 'renewal',
      occurredAt: at(i < 30 ? '03' : '02', i),
      employeeIds: [agentId],
    }),
  ).join('\n');
  const bulk = await api.interactions.bulk(lines);
  expect(bulk.accepted).toBe(60);
  const ids = bulk.results.map((r) => r.id ?? '');
  await Promise.all(
    ids.map((interactionId, i) => {
      const march = i < 30;
      const csat = march ? (i < 24 ? 4 + (i % 2) : 2) : i - 30 < 12 ? 5 : 3;
      return api.responses.create({
        surveyId: survey.id,
        channel: i % 3 ? 'sms' : 'email',
        interactionId,
        submittedAt: at(march ? '03' : '02', i),
        answers: [
          { questionId: 'csat', value: csat },
          { questionId: 'ces', value: 3 + (i % 5) },
          ...(march && i < 3 ? [{ questionId: 'expectations', value: 'met' }] : []),
          ...(i === 24 ? [{ questionId: 'comment', value: HOSTILE }] : []),
        ],
      });
    }),
  );
}

const figureOf = (r: MetricResult): Figure => {
  const f = r.overall[0]?.figure;
  if (!f) throw new Error(`no figure for ${r.metric}`);
  return f;
};

describe('overview', { timeout: 60_000 }, () => {
  let e2e: E2e;
  let page: Page & { watch: PageWatch };
  let csat: MetricResult;
  let ces: MetricResult;
  beforeAll(async () => {
    e2e = await startE2e();
    const agent = await createClient({ baseUrl: e2e.server.url }).auth.login(
      e2e.server.users.agent,
    );
    await seed(e2e.server.api, agent.employeeId ?? '');
    csat = await e2e.server.api.metrics.get('csat', { ...MARCH, compare: 'true' });
    ces = await e2e.server.api.metrics.get('ces', { ...MARCH, compare: 'true' });
    page = await e2e.signIn('analyst');
  }, 120_000);
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await e2e.shoot(page, `failed-${task.name.slice(0, 40)}`);
  });
  afterAll(async () => {
    await e2e?.close();
  });

  const card = (name: string) =>
    page.locator('.metric-card', { has: page.getByRole('heading', { name }) });

  test('figures match the API: value, interval and n; too few said so; change marked only when significant', async () => {
    const f = figureOf(csat);
    expect(f).toMatchObject({ status: 'ok', value: 80, n: 30 });
    expect(csat.previous?.comparisons[0]?.comparison.significant).toBe(true);
    expect(ces.previous?.comparisons[0]?.comparison.significant).toBe(false);

    await page.goto(`${e2e.server.url}${OVERVIEW}`);
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    const c = card('CSAT');
    await c.locator('.figure-value', { hasText: '80 %' }).waitFor();
    expect(await c.locator('.figure-scale').textContent()).toBe('on 1–5');
    expect(await c.locator('.figure-detail').textContent()).toBe(
      `95 % interval ${f.interval?.low}–${f.interval?.high} % · n = 30`,
    );
    await c.locator('.change-up', { hasText: 'significant' }).waitFor();
    expect(await c.locator('.change-up').textContent()).toContain('▲ +40 pp vs previous period');

    const e = card('CES');
    await e.getByText('No significant change from the previous period.').waitFor();
    expect(await e.locator('.change-up, .change-down').count()).toBe(0);
    await card('Expectations').getByText('Too few responses (n = 3)').waitFor();
    await card('NPS').getByText('No responses').waitFor();

    await page.locator('.chart svg').first().waitFor();
    const teamRow = page.locator('.breakdown tbody tr').first();
    await expect.poll(() => teamRow.textContent()).toMatch(/80 %.*30$/);
    await e2e.shoot(page, 'overview');
    expect(await e2e.audit(page)).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    await e2e.shoot(page, 'overview-phone');
    expect(await e2e.audit(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(page.watch.problems).toEqual([]);
  });

  test('with no metric named, the details open on the first one with answers', async () => {
    // March has no NPS answers: the trend and breakdown open on CSAT, not on two empty panels.
    await page.goto(`${e2e.server.url}/overview?from=2021-03-01&to=2021-03-31`);
    await card('NPS').getByText('No responses').waitFor();
    const details = page.getByRole('group', { name: 'Details of' });
    await details.getByRole('button', { name: 'CSAT', pressed: true }).waitFor();
    await page
      .getByRole('heading', { level: 2, name: /^CSAT by / })
      .first()
      .waitFor();
    expect(await page.getByRole('heading', { level: 2, name: /^NPS by / }).count()).toBe(0);
    expect(page.watch.problems).toEqual([]);
  });

  test('a figure drills down to its responses, and a response to the customer', async () => {
    await page.goto(`${e2e.server.url}${OVERVIEW}`);
    await card('CSAT')
      .getByRole('link', { name: /See the responses/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Responses behind CSAT on 1–5' }).waitFor();
    await page.getByText(`n = 30.`, { exact: false }).waitFor();
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(25);
    const hostile = page.locator('.comment-text', { hasText: '<img src=x onerror=alert(1)>' });
    await hostile.waitFor();
    expect(await hostile.textContent()).toBe(HOSTILE);
    expect(await page.locator('main img, main script').count()).toBe(0);
    await e2e.shoot(page, 'overview-responses');
    expect(await e2e.audit(page)).toEqual([]);

    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => rows.count()).toBe(5);
    const link = rows.first().getByRole('link');
    const name = (await link.textContent()) ?? '';
    await link.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(page.url()).toMatch(/\/customers\/cus_[^#]+#touchpoint-int_/);
    expect(page.watch.problems).toEqual([]);
    expect(page.watch.dialogs).toEqual([]);
  });

  test('an agent sees their own transactional figures, never NPS', async () => {
    const agent = await e2e.signIn('agent');
    await agent.goto(`${e2e.server.url}${OVERVIEW}`);
    await agent.getByText('Your figures: the interactions you handled').waitFor();
    const c = agent.locator('.metric-card', { has: agent.getByRole('heading', { name: 'CSAT' }) });
    await c.locator('.figure-value', { hasText: '80 %' }).waitFor();
    expect(await agent.getByRole('heading', { name: 'NPS' }).count()).toBe(0);
    const dims = agent.getByRole('group', { name: 'Break down by' }).getByRole('button');
    expect(await dims.allTextContents()).toEqual(['Survey channel', 'Journey stage']);
    await e2e.shoot(agent, 'overview-agent');
    expect(await e2e.audit(agent)).toEqual([]);
    expect(agent.watch.problems).toEqual([]);
    await agent.close();
  });
});
