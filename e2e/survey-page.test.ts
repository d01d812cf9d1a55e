/**
 * The web survey page in a real browser: taken end to end with JavaScript disabled and with it
 * enabled, on a phone-sized screen, with an axe-core audit of each screen.
 */
import { join } from 'node:path';
import { transactionalCsatSurvey } from '@rapport/core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage } from './axe.ts';
import { CHROMIUM, SCREENSHOTS, startDemoServer, type E2eServer } from './harness.ts';

let server: E2eServer;
let browser: Browser;
let surveyId: string;

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${server.apiKey}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

async function freshInvite(): Promise<{ link: string; customerId: string }> {
  const c = await api<{ id: string }>('POST', '/api/v1/customers', { name: 'Driver' });
  const out = await api<{ url: string }>('POST', '/api/v1/invitations', {
    surveyId,
    customerId: c.id,
    channel: 'web',
  });
  return { link: `${server.url}${new URL(out.url).pathname}`, customerId: c.id };
}

const freshLink = async () => (await freshInvite()).link;

beforeAll(async () => {
  server = await startDemoServer();
  surveyId = (
    await api<{ id: string }>('POST', '/api/v1/surveys', {
      definition: transactionalCsatSurvey({ id: 'x' }),
      status: 'live',
    })
  ).id;
  // Playwright gives each launch a fresh temporary profile of its own.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** axe runs inside the page, so the audit happens in the JavaScript-enabled run. */
async function takeSurvey(page: Page, shotPrefix: string, audit: boolean): Promise<void> {
  await page.getByRole('group').getByText('5', { exact: true }).click();
  await page.screenshot({ path: join(SCREENSHOTS, `${shotPrefix}-q1.png`), fullPage: true });
  if (audit) expect(await auditPage(page)).toEqual([]);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByText('7', { exact: true }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByText('Better than I expected').click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('textbox').fill('Quick and friendly. <img src=x onerror=alert(1)>');
  if (audit) expect(await auditPage(page)).toEqual([]);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect.poll(() => page.url()).toMatch(/\/done$/);
  await page.getByText('Your answers have been received').waitFor();
  await page.screenshot({ path: join(SCREENSHOTS, `${shotPrefix}-done.png`), fullPage: true });
}

describe('web survey page in Chromium', () => {
  for (const javaScriptEnabled of [false, true]) {
    it(`is taken end to end with JavaScript ${javaScriptEnabled ? 'enabled' : 'disabled'}, on a phone`, async () => {
      const context = await browser.newContext({
        javaScriptEnabled,
        viewport: { width: 390, height: 844 },
        isMobile: true,
      });
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const link = await freshLink();
      const res = await page.goto(link);
      expect(res?.status()).toBe(200);
      const bytes = Number(
        (await res?.headerValue('content-length')) ?? (await res?.body())?.length ?? 0,
      );
      expect(bytes).toBeLessThan(20_000);
      await takeSurvey(
        page,
        `survey-page-js-${javaScriptEnabled ? 'on' : 'off'}`,
        javaScriptEnabled,
      );
      expect(dialogs).toEqual([]);
      const again = await page.goto(link);
      expect(again?.status()).toBe(410);
      await page.getByText('already been answered').waitFor();
      await context.close();
    });
  }

  it('asks what went wrong after a low score, in a box a screen reader names, and answers the words', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    const page = await context.newPage();
    const { link, customerId } = await freshInvite();
    await page.goto(link);
    await page.getByRole('group').getByText('1', { exact: true }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('About your answer').waitFor();
    // The apology, then the probe's question naming the box.
    await expect.poll(() => page.locator('.reaction').textContent()).toMatch(/sorry|apolog/i);
    const box = page.getByRole('textbox');
    expect(await box.getAttribute('aria-labelledby')).toBe('q');
    expect(await page.locator('#q').textContent()).toMatch(/\?/);
    expect(await auditPage(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'survey-page-probe.png'), fullPage: true });
    await box.fill('Nobody called me back, twice.');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Question 2 of 4').waitFor();
    expect(await page.locator('.reaction').textContent()).toBeTruthy();
    for (let k = 0; k < 3; k++) await page.getByRole('button', { name: /^Skip/ }).click();
    await expect.poll(() => page.url()).toMatch(/\/done$/);
    await context.close();

    // The analyst finds it on the customer's history, with the words, though no interaction
    // lies behind it.
    const staff = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const desk = await staff.newPage();
    await desk.goto(`${server.url}/customers/${customerId}`);
    await desk.getByLabel('E-mail').fill(server.users.analyst.email);
    await desk.getByLabel('Password').fill(server.users.analyst.password);
    await desk.getByRole('button', { name: 'Sign in' }).click();
    const card = desk.getByRole('article', { name: /Survey answered/ });
    await card.waitFor();
    await card.getByText('Nobody called me back, twice.').waitFor();
    expect(await auditPage(desk)).toEqual([]);
    await desk.screenshot({ path: join(SCREENSHOTS, 'history-web-response.png'), fullPage: true });
    await staff.close();
  });

  it('is usable with the keyboard alone', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(await freshLink());
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight'); // radio groups move with arrow keys
    await page.keyboard.press('Space');
    const checked = await page.locator('input[name=value]:checked').count();
    expect(checked).toBe(1);
    await context.close();
  });
});
