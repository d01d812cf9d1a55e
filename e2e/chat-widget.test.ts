/**
 * Story 2 over the chat widget in Chromium: a company's own page (another origin, under a
 * strict Content-Security-Policy that allows only Rapport's script and API) embeds
 * `<script src=".../widget.js" data-rapport-token="…">` after a chat; the customer clicks a
 * 1, gets an apology with a question, says why, clicks 10 and 10 for Jessica C and declines
 * to comment. The survey completes with one response; no script error, no CSP violation.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '@rapport/store';
import { carrierWorld, type CarrierWorld } from '../packages/server/src/testing/carrier-world.ts';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage, injecting } from './axe.ts';
import { CHROMIUM, SCREENSHOTS } from './harness.ts';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      resolve(`http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`);
    }),
  );
}

describe('story 2 over the chat widget, in Chromium', () => {
  let dir: string;
  let store: Store;
  let w: CarrierWorld;
  let rapport: string;
  let shop: Server;
  let shopUrl: string;
  let context: BrowserContext;
  let invitationId: string;
  let customerId: string;
  const problems: string[] = [];
  /** The shop's pages by path: '/' embeds Michael's chat; more are added by the tests. */
  const pages = new Map<string, string>();
  const shopPage = (token: string, lang = 'en') =>
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Carrier chat</title></head>
<body><main><h1>Carrier</h1><div id="survey"></div>
<script src="${rapport}/widget.js" data-rapport-token="${token}" data-rapport-target="survey" async></script>
</main></body></html>`;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rapport-chat-'));
    store = await openStore({ dialect: 'sqlite', path: join(dir, 'rapport.db') });
    w = await carrierWorld(store);
    rapport = await w.api.app.listen({ port: 0, host: '127.0.0.1' });
    const michael = await w.customer('Michael Allenson');
    customerId = michael.id;
    const inv = await w.invite(michael, 'chat');
    invitationId = inv.id;
    const token = inv.url?.split('/s/')[1] ?? '';
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Carrier chat</title></head>
<body><main><h1>Thanks for chatting with Carrier</h1><p>One last thing:</p><div id="survey"></div>
<script src="${rapport}/widget.js" data-rapport-token="${token}" data-rapport-target="survey" async></script>
</main></body></html>`;
    const csp = `default-src 'none'; script-src ${rapport}; connect-src ${rapport}; style-src 'none'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
    shop = createServer((_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': csp,
      });
      res.end(pages.get(_req.url ?? '/') ?? html);
    });
    shopUrl = await listen(shop);
    const profile = join(dir, 'profile');
    await mkdir(profile);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 800, height: 900 },
    });
    context.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await new Promise<void>((resolve) => shop?.close(() => resolve()));
    await w?.close();
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const bots = (page: Page) => page.locator('[data-speaker="bot"]');
  const waitForBots = async (page: Page, n: number) => {
    await expect.poll(() => bots(page).count()).toBe(n);
    return (
      (await bots(page)
        .nth(n - 1)
        .textContent()) ?? ''
    );
  };

  it('runs the whole survey in the embedded widget and records one response', async () => {
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !injecting.has(page)) problems.push(`console: ${m.text()}`);
    });
    await page.goto(shopUrl);
    const question = await waitForBots(page, 2);
    expect(question).toMatch(/recommend Carrier/);
    await expect.poll(() => page.locator('[data-rapport-reply]').count()).toBe(10);

    await page.locator('[data-rapport-reply="1"]').click();
    const apology = await waitForBots(page, 3);
    expect(apology).not.toMatch(/sorry to hear/i);
    expect(apology).toMatch(/sorry|apologi[sz]e/i);
    expect(apology).toMatch(/\?/);

    await page.getByLabel('Your reply').fill('Your store manager was the rudest person I ever met');
    await page.getByRole('button', { name: 'Send' }).click();
    expect(await waitForBots(page, 4)).toMatch(/Jessica C/);
    await page.locator('[data-rapport-reply="10"]').click();
    await waitForBots(page, 5);
    await page.locator('[data-rapport-reply="10"]').click();
    expect(await waitForBots(page, 6)).toMatch(/anything else/i);
    await page.getByLabel('Your reply').fill('no');
    await page.getByLabel('Your reply').press('Enter');
    await waitForBots(page, 7);
    await expect.poll(() => page.locator('[data-rapport-status]').textContent()).toMatch(/closed/);
    const customerTexts = await page.locator('[data-speaker="customer"]').allTextContents();
    expect(customerTexts).toEqual([
      '1',
      'Your store manager was the rudest person I ever met',
      '10',
      '10',
      'no',
    ]);
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'chat-widget.png'), fullPage: true });
    expect(await auditPage(page)).toEqual([]);
    expect(problems).toEqual([]);

    const inv = await w.ws.json<{ status: string }>('GET', `/api/v1/invitations/${invitationId}`);
    expect(inv.status).toBe('completed');
    const responses = await w.ws.json<{
      items: Array<{
        channel: string;
        completed: boolean;
        answers: Array<{ questionId: string; valueNum: number | null; agentId: string | null }>;
      }>;
    }>('GET', `/api/v1/responses?customerId=${customerId}`);
    expect(responses.items).toHaveLength(1);
    expect(responses.items[0]).toMatchObject({ channel: 'chat', completed: true });
    const byId = Object.fromEntries(
      (responses.items[0]?.answers ?? []).map((a) => [a.questionId, a]),
    );
    expect(byId.recommend).toMatchObject({ valueNum: 1, agentId: null });
    expect(byId.agent_handling).toMatchObject({ valueNum: 10, agentId: w.jessica });
  });

  it('a reload shows the same conversation, not a new one', async () => {
    const page = await context.newPage();
    await page.goto(shopUrl);
    await waitForBots(page, 7);
    expect(await page.locator('[data-speaker="customer"]').count()).toBe(5);
    await page.close();
  });

  it("words its own labels in the conversation's language", async () => {
    const lucia = await w.customer('Lucía Fernández');
    await w.ws.json('PATCH', `/api/v1/customers/${lucia.id}`, { locale: 'es-MX' });
    const inv = await w.invite(lucia, 'chat');
    pages.set('/es', shopPage(inv.url?.split('/s/')[1] ?? '', 'es'));
    const page = await context.newPage();
    await page.goto(`${shopUrl}/es`);
    await waitForBots(page, 2);
    await expect.poll(() => page.locator('[data-rapport-widget]').getAttribute('lang')).toBe('es');
    await page.getByLabel('Tu respuesta').fill('1');
    await page.getByRole('button', { name: 'Enviar' }).click();
    await waitForBots(page, 3);
    expect(await page.getByRole('button', { name: 'Send' }).count()).toBe(0);
    expect(await auditPage(page)).toEqual([]);
    await page.close();
  });
});
