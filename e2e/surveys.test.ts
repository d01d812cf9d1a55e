/**
 * Surveys in Chromium against a demo workspace, as an analyst: a new survey from a template with
 * a hostile title and question text (shown as text everywhere), a branching condition the web
 * preview follows, the SMS preview answering a low score with an apology, an error shown at its
 * field; then draft → live → version 2 (version 1 kept), the public link shown once, and the
 * invitation → response funnel.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { startE2e, type E2e, type PageWatch } from './harness.ts';

const TITLE = '<img src=x onerror=alert(1)> After-visit survey';
const QUESTION = 'How was it? <script>alert(2)</script><img src=x onerror=alert(3)>';

describe('surveys', { timeout: 60_000 }, () => {
  let e2e: E2e;
  let page: Page & { watch: PageWatch };
  let surveyId = '';
  beforeAll(async () => {
    e2e = await startE2e();
    page = await e2e.signIn('analyst');
  }, 120_000);
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await e2e.shoot(page, `failed-${task.name.slice(0, 40)}`);
  });
  afterAll(async () => {
    await e2e?.close();
  });

  const preview = () => page.getByRole('region', { name: /^Preview/ });
  const injected = () => page.locator('main img, main script').count();

  test('a new survey from a template, with branching the web preview follows', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Surveys' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Surveys' }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    await e2e.shoot(page, 'surveys');
    expect(await e2e.audit(page)).toEqual([]);

    await page.getByRole('link', { name: 'New survey' }).click();
    await page.getByText('After an interaction').click();
    await e2e.shoot(page, 'survey-new');
    expect(await e2e.audit(page)).toEqual([]);
    await page.getByRole('button', { name: 'Use this template' }).click();
    await page.getByLabel('Name', { exact: true }).fill(TITLE);
    await page.locator('#f-questions-0-text').fill(QUESTION);

    // The comment is asked only after a CSAT of 2 or less.
    await page.locator('#f-questions-3-showIf').check();
    await page.locator('#f-questions-3-showIf-question').selectOption('csat');
    // Earlier questions are offered by number and words, not by their ids alone.
    const earlier = await page.locator('#f-questions-3-showIf-question option').allTextContents();
    expect(earlier).toHaveLength(3);
    expect(earlier[0]).toMatch(/^Question 1 · .+ \(csat\)$/);
    expect(earlier[0]).toContain(QUESTION.slice(0, 20));
    await page.locator('#f-questions-3-showIf-op').selectOption('lte');
    await page.locator('#f-questions-3-showIf-value').fill('2');

    const web = preview();
    await web.getByText('Question 1 of 3').waitFor();
    expect(await web.locator('legend').textContent()).toBe(QUESTION);
    await web.getByLabel('5', { exact: true }).check();
    await web.getByRole('button', { name: 'Next' }).click();
    await web.getByRole('button', { name: 'Skip this question' }).click();
    await web.getByRole('button', { name: 'Skip this question' }).click();
    await web.getByText('Thank you').waitFor();
    await web.getByRole('button', { name: 'Start the preview again' }).click();
    await web.getByLabel('1', { exact: true }).check();
    await web.getByRole('button', { name: 'Next' }).click();
    await web.getByText('Question 2 of 4').waitFor();
    await e2e.shoot(page, 'survey-builder');
    expect(await injected()).toBe(0);
  });

  test('the SMS preview answers a low score with an apology; an error shows at its field', async () => {
    const web = preview();

    await web.getByRole('button', { name: 'SMS' }).click();
    const log = page.getByRole('list', { name: 'The conversation' });
    await log.locator('li').nth(1).waitFor();
    await page.getByLabel('Reply as the customer').fill('1');
    await page.getByRole('button', { name: 'Send' }).click();
    const afterLow = log.locator('li.sms-bot').nth(2);
    await afterLow.waitFor();
    const reply = (await afterLow.locator('.sms-text').textContent()) ?? '';
    expect(reply).not.toMatch(/^\s*sorry to hear/i);
    expect(reply).toMatch(/apolog|sorry/i);
    expect(reply).toContain('?');
    await log.getByText('Low score (1 on 1–5)', { exact: false }).waitFor();
    await e2e.shoot(page, 'survey-sms-preview');

    await page.getByLabel('Name', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Save as a draft' }).click();
    await page.locator('#f-name-error').getByText('A survey has a name.').waitFor();
    expect(await page.locator('#f-name').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#survey-errors').getByRole('link', { name: 'name' }).click();
    const focusedId = () =>
      page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document
            .activeElement?.id,
      );
    await expect.poll(focusedId).toBe('f-name');
    await e2e.shoot(page, 'survey-errors');
    expect(await e2e.audit(page)).toEqual([]);
  });

  test('saved as a draft, the hostile title shows as text', async () => {
    await page.getByLabel('Name', { exact: true }).fill(TITLE);
    await page.getByRole('button', { name: 'Save as a draft' }).click();
    await page.waitForURL(/\/surveys\/srv_/);
    await page.getByText('Created as a draft.').waitFor();
    surveyId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
    expect(await injected()).toBe(0);
    expect(page.watch.dialogs).toEqual([]);
    expect(page.watch.problems).toEqual([]);
  });

  test('published, then edited into version 2; version 1 is kept', async () => {
    const api = e2e.server.api;
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Published: the survey is live.').waitFor();
    await page
      .getByText(
        'This survey is live (version 1). Saving creates version 2; old responses keep theirs.',
      )
      .waitFor();
    await page.locator('#f-questions-1-text').fill('Was it easy to sort out?');
    await page.getByRole('button', { name: 'Save as version 2' }).click();
    await page.getByText('Saved as version 2. Responses already given keep version 1.').waitFor();
    const v1 = (await api.surveys.version(surveyId, 1)) as { questions: Array<{ text: unknown }> };
    const v2 = (await api.surveys.version(surveyId, 2)) as { questions: Array<{ text: unknown }> };
    expect(JSON.stringify(v1.questions[1]?.text)).toContain('made it easy');
    expect(v2.questions[1]?.text).toMatchObject({ en: 'Was it easy to sort out?' });
  });

  test('the public link is shown once; the funnel counts invitations and responses', async () => {
    const api = e2e.server.api;
    await page.getByRole('button', { name: 'Turn the public link on' }).click();
    const url = await page.getByLabel(/The public link/).inputValue();
    expect(url).toMatch(/\/s\/p\//);
    expect((await fetch(url)).status).toBe(200);
    await e2e.shoot(page, 'survey-public-link');

    const customer = (await api.customers.list({ limit: 1 })).items[0];
    await api.invitations.create({ surveyId, customerId: customer?.id ?? '', channel: 'email' });
    await api.responses.create({
      surveyId,
      channel: 'web',
      customerId: customer?.id ?? null,
      answers: [{ questionId: 'csat', value: 4 }],
    });
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Surveys' })
      .click();
    const row = page.locator('tbody tr', { hasText: 'After-visit survey' });
    await row.getByRole('link', { name: TITLE }).waitFor();
    expect(await row.textContent()).toMatch(/Live.*2.*On/);
    await row.getByText(/\d+ sent → \d+ answered/).waitFor();
    expect(await injected()).toBe(0);
    await page.setViewportSize({ width: 390, height: 844 });
    await e2e.shoot(page, 'surveys-phone');
    await page.setViewportSize({ width: 1280, height: 800 });

    // Back on the survey: the link is on, its address is not shown again.
    await row.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('Anyone with the link can answer', { exact: false }).waitFor();
    expect(await page.getByLabel(/The public link/).count()).toBe(0);
    const counts = await api.surveys.funnel(surveyId);
    const invited = Object.values(counts.byStatus).reduce((a, b) => a + b, 0);
    expect(invited).toBeGreaterThanOrEqual(1);
    expect(counts.responses).toBe(1);
    const funnel = page.getByRole('table', { name: /Invitations by step/ });
    await expect
      .poll(() => funnel.getByRole('row', { name: /Invited/ }).textContent())
      .toMatch(new RegExp(`^Invited\\s*${invited}`));
    await expect
      .poll(() => funnel.getByRole('row', { name: /Responses/ }).textContent())
      .toMatch(/^Responses\s*1/);
    await e2e.shoot(page, 'survey-live');
    expect(await e2e.audit(page)).toEqual([]);
    expect(page.watch.dialogs).toEqual([]);
    expect(page.watch.problems).toEqual([]);
  });
});
