/**
 * Stored XSS, the sweep (issue 9, item 7): hostile payloads in every free-text field a
 * customer, an employee or a lower role can reach through the API — customer names, segments
 * and attribute cells (what a CSV import writes), employee and team names, interaction notes,
 * SMS and chat transcripts, e-mail subjects, survey titles and question texts, response
 * comments, case notes, praise notes, rule names — then every screen that shows them is opened
 * in Chromium, as an admin and as an agent, and the server-rendered survey page too (the chat's
 * emotional arc opened as a table, its messages in it, included). Nothing
 * may run (no flag set, no dialog, no injected element, no CSP report, no page error), and
 * every page is served with the strict Content-Security-Policy.
 */
import { transactionalCsatSurvey } from '@rapport/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { putOffDemoBacklog } from './closed-loop-world.ts';
import { startE2e, type E2e, type PageWatch } from './harness.ts';

/** A payload that would set window.__xss to `tag` in each of the usual ways, ≤ 190 characters. */
const hostile = (tag: string, max = 190) =>
  `${tag}<img src=x onerror="__xss='${tag}'"><svg onload="__xss='${tag}'"><script>__xss='${tag}'</script><xmp><script>__xss=1</script></xmp>{{constructor.constructor('__xss=2')()}}`.slice(
    0,
    max,
  );

let tried = 0;
let failed = 0;

async function assertInert(page: Page & { watch: PageWatch }, where: string): Promise<void> {
  tried++;
  const flag = await page.evaluate(() => (globalThis as { __xss?: unknown }).__xss);
  const injected = await page.locator('img[src="x"], svg[onload], [onerror], iframe, xmp').count();
  const scripts = await page
    .locator('script')
    .evaluateAll((els) => els.map((e) => (e as unknown as { src: string }).src));
  const ok =
    flag === undefined &&
    injected === 0 &&
    page.watch.dialogs.length === 0 &&
    page.watch.problems.length === 0 &&
    scripts.every((src) => /\/assets\/[\w-]+\.js$/.test(src));
  if (!ok) failed++;
  expect(
    { flag, injected, dialogs: page.watch.dialogs, problems: page.watch.problems, scripts },
    where,
  ).toEqual({
    flag: undefined,
    injected: 0,
    dialogs: [],
    problems: [],
    scripts: scripts.filter((s) => /\/assets\/[\w-]+\.js$/.test(s)),
  });
}

describe('stored XSS sweep', { timeout: 300_000 }, () => {
  let e2e: E2e;
  const ids: Record<string, string> = {};
  let surveyToken = '';

  const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${e2e.server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${e2e.server.apiKey}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${await res.text()}`);
    return (await res.json()) as T;
  };

  beforeAll(async () => {
    e2e = await startE2e();
    // Eight screens per role on a busy machine: give each step time.
    e2e.context.setDefaultTimeout(60_000);
    // The worker reads the hostile chat (below) before the demo's backlog.
    await putOffDemoBacklog(e2e.server.store);
    const team = await api<{ id: string }>('POST', '/api/v1/teams', { name: hostile('team') });
    const emp = await api<{ id: string }>('POST', '/api/v1/employees', {
      name: hostile('employee'),
      title: hostile('title'),
      teamId: team.id,
    });
    const customer = await api<{ id: string }>('POST', '/api/v1/customers', {
      name: hostile('customer'),
      segment: hostile('segment'),
      externalId: hostile('external'),
      relationshipOwnerId: emp.id,
      attributes: { 'csv column': hostile('csv'), '=cmd|calc': '=HYPERLINK("x")' },
    });
    ids.customer = customer.id;
    const at = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
    ids.chat = (
      await api<{ id: string }>('POST', '/api/v1/interactions', {
        customerId: customer.id,
        channel: 'chat',
        stage: 'support',
        occurredAt: at(30),
        employeeIds: [emp.id],
        note: hostile('note'),
        transcript: [
          { speaker: 'customer', text: hostile('chat-customer') },
          { speaker: 'agent', employeeId: emp.id, text: hostile('chat-agent') },
        ],
      })
    ).id;
    await api('POST', '/api/v1/interactions', {
      customerId: customer.id,
      channel: 'sms',
      stage: 'support',
      occurredAt: at(20),
      employeeIds: [],
      transcript: [{ speaker: 'customer', text: hostile('sms-body') }],
    });
    await api('POST', '/api/v1/interactions', {
      customerId: customer.id,
      channel: 'email',
      stage: 'support',
      occurredAt: at(10),
      employeeIds: [emp.id],
      attributes: { subject: hostile('email-subject') },
      transcript: [{ speaker: 'customer', text: hostile('email-body') }],
    });
    const def = transactionalCsatSurvey({ id: 'xss' });
    const survey = await api<{ id: string }>('POST', '/api/v1/surveys', {
      definition: {
        ...def,
        title: { en: hostile('survey-title') },
        questions: def.questions.map((q) => ({ ...q, text: { en: hostile(`question-${q.id}`) } })),
      },
      status: 'live',
    });
    ids.survey = survey.id;
    await api('POST', '/api/v1/responses', {
      surveyId: survey.id,
      interactionId: ids.chat,
      answers: [
        { questionId: 'csat', value: 1 },
        { questionId: 'comment', value: hostile('comment') },
      ],
    });
    const second = await api<{ id: string }>('POST', '/api/v1/customers', { name: 'Survey taker' });
    const invitation = await api<{ url: string | null }>('POST', '/api/v1/invitations', {
      surveyId: survey.id,
      customerId: second.id,
      channel: 'web',
    });
    surveyToken = (invitation.url ?? '').split('/s/')[1] ?? '';
    await api('POST', '/api/v1/cases', {
      reason: 'churn_risk',
      customerId: customer.id,
      note: hostile('case-note'),
    });
    await api('POST', '/api/v1/praise', {
      employeeIds: [emp.id],
      customerId: customer.id,
      text: hostile('praise'),
    });
    await api('POST', '/api/v1/rules', {
      name: hostile('rule'),
      trigger: 'response',
      condition: { score: { metric: 'nps', op: '<=', value: 3 } },
      actions: [{ type: 'open_case', reason: 'detractor', priority: 'high' }],
    });
    await api('POST', '/api/v1/keys', { name: hostile('key', 100), role: 'agent' });
    // The chat's two messages read by the worker: its arc (chart and table) is on the history.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const journey = await e2e.server.api.journey.customer(customer.id, { limit: 1000 });
      const tp = journey.touchpoints.find((t) => t.interactionId === ids.chat);
      if (tp && tp.signals.filter((s) => s.sourceType === 'message').length >= 2) break;
      if (Date.now() > deadline) throw new Error('the worker did not read the hostile chat');
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 180_000);
  afterAll(async () => {
    console.log(`[xss-sweep] cases tried: ${tried}, failed: ${failed}`);
    await e2e?.close();
  }, 120_000);

  /** Detail pages that show the payloads, besides every screen of the role's navigation. */
  const screens = (role: 'admin' | 'agent') => [
    '/overview/responses',
    `/customers/${ids.customer}`,
    '/interactions?mine=0',
    ...(role === 'admin' ? [`/surveys/${ids.survey}`, '/settings'] : []),
  ];

  for (const role of ['admin', 'agent'] as const) {
    test(`every screen, as ${role}, shows the payloads as text`, async () => {
      const page = await e2e.signIn(role);
      // Every screen in the navigation (new screens join the sweep the day they land), and
      // the detail pages that show the payloads.
      const nav = await page
        .getByRole('navigation', { name: 'Main' })
        .locator('a')
        .evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
      const paths = [...new Set([...nav.filter((h) => h.startsWith('/')), ...screens(role)])];
      for (const path of paths) {
        const res = await page.goto(`${e2e.server.url}${path}`);
        expect(res?.headers()['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
        await page.getByRole('navigation', { name: 'Main' }).waitFor();
        await page.waitForLoadState('networkidle');
        await assertInert(page, `${role} ${path}`);
      }
      // The payloads are there, as text, where an admin looks for them.
      if (role === 'admin') {
        await page.goto(`${e2e.server.url}/customers/${ids.customer}`);
        await page.getByText(hostile('chat-customer'), { exact: true }).first().waitFor();
        await page.getByText(hostile('note'), { exact: true }).first().waitFor();
        // The chat's arc as a table: each message's text in a cell, as text.
        const card = page.locator(`#touchpoint-${ids.chat}`);
        // Everything above the disclosure loaded and drawn first (the other cards' transcripts,
        // both charts): a late one moves the summary from under the pointer between press and
        // release (Playwright checks the target at the press only), and the click opens nothing.
        await page.waitForLoadState('networkidle');
        await page.locator('[aria-labelledby="journey-title"] .chart svg').waitFor();
        await card
          .getByRole('img', { name: /^Emotional arc/ })
          .locator('svg')
          .waitFor();
        await card.getByText(/^Show the arc as a table/).click();
        await card.locator('details.arc-table[open]').waitFor();
        const arc = card.getByRole('table', { name: /emotional arc, message by message/ });
        for (const tag of ['chat-customer', 'chat-agent'])
          await arc.getByRole('cell', { name: hostile(tag), exact: true }).waitFor();
        expect(await arc.locator('img, script, svg, xmp').count()).toBe(0);
        await e2e.shoot(page, 'xss-sweep-customer-history');
        await assertInert(page, 'customer history, payload visible');
      }
      await page.close();
    });
  }

  test('the server-rendered survey page shows hostile titles and questions as text', async () => {
    const page = await e2e.newPage();
    const res = await page.goto(`${e2e.server.url}/s/${surveyToken}`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    expect(await page.content()).toContain('&lt;img src=x');
    await assertInert(page, 'survey page');
    expect(await page.locator('script').count()).toBe(0);
    await page.close();
    expect(failed).toBe(0);
  });
});
