/**
 * The screens against a demo workspace, as an admin: customers (search, paging), a customer's
 * history with its transcript, interactions with filters, settings (API keys). Each screen is
 * photographed (laptop and phone) and audited with axe-core.
 */
import { createClient, isApiError, type Customer, type Interaction } from '@rapport/contracts';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { hiddenWidth, startE2e, type E2e } from './harness.ts';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

/** The names in the first column of the customers table. */
const customerNames = (page: Page) => page.locator('tbody th a').allTextContents();

async function check(e2e: E2e, page: Page, name: string) {
  await e2e.shoot(page, name);
  expect(await e2e.audit(page), `axe on ${name}`).toEqual([]);
}

/** A recent chat interaction that has a transcript, found through the API. */
async function interactionWithTranscript(e2e: E2e): Promise<Interaction> {
  const page = await e2e.server.api.interactions.list({ channel: 'chat', limit: 50 });
  for (const i of page.items) {
    const full = await e2e.server.api.interactions.get(i.id);
    if (full.messages.length >= 2) return full;
  }
  throw new Error('the demo has no chat with a transcript');
}

describe('screens', { timeout: 60_000 }, () => {
  let e2e: E2e;
  let page: Page & { watch: { problems: string[]; dialogs: string[] } };
  beforeAll(async () => {
    e2e = await startE2e();
    page = await e2e.signIn('admin');
  }, 90_000);
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await e2e.shoot(page, `failed-${task.name.slice(0, 40)}`);
  });
  afterAll(async () => {
    await e2e?.close();
  });

  test('customers: paging by cursor, forward and back', async () => {
    await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
    await expect.poll(async () => (await customerNames(page)).length).toBe(25);
    const first = await customerNames(page);
    await check(e2e, page, 'customers');
    // Every column in view on a 1280-px laptop: nothing hidden behind a sideways scroll.
    const hidden = await hiddenWidth(page.getByRole('table'));
    expect(hidden, 'pixels of the customer table hidden at 1280 px').toBe(0);

    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Page 2', { exact: true }).waitFor();
    await expect.poll(async () => (await customerNames(page))[0]).not.toBe(first[0]);
    const second = await customerNames(page);
    expect(second.filter((n) => first.includes(n))).toEqual([]);

    await page.getByRole('button', { name: 'Previous' }).click();
    await page.getByText('Page 1', { exact: true }).waitFor();
    await expect.poll(() => customerNames(page)).toEqual(first);
  });

  test('customers: search on the server', async () => {
    const sample = (await e2e.server.api.customers.list({ limit: 40 })).items[30] as Customer;
    const last = (sample.name ?? '').split(' ').pop() as string;
    await page.getByLabel('Search customers').fill(last);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.url()).toContain(`q=${encodeURIComponent(last)}`);
    await expect.poll(() => customerNames(page)).toContain(sample.name);
    const rows = await page.locator('tbody tr').allTextContents();
    for (const row of rows) expect(row.toLowerCase()).toContain(last.toLowerCase());
    await e2e.shoot(page, 'customers-search');

    await page.getByLabel('Search customers').fill('no-such-customer-zzz');
    await page.getByText('No customer matches “no-such-customer-zzz”.').waitFor();
    await check(e2e, page, 'customers-empty');
    await page.getByLabel('Search customers').fill('');
    await expect.poll(async () => (await customerNames(page)).length).toBe(25);
  });

  test("a customer's history shows every touchpoint and the transcript inline", async () => {
    const chat = await interactionWithTranscript(e2e);
    const customer = await e2e.server.api.customers.get(chat.customerId);
    const all = await e2e.server.api.interactions.list({ customerId: customer.id, limit: 500 });

    await page.getByLabel('Search customers').fill(customer.email ?? '');
    await page.getByRole('link', { name: customer.name ?? '' }).click();
    await page.getByRole('heading', { level: 1, name: customer.name ?? '' }).waitFor();
    const timeline = page.getByRole('list', { name: 'Touchpoints, newest first' });
    await expect
      .poll(() => timeline.locator(':scope > li').count())
      .toBe(Math.min(20, all.items.length));
    const firstMessage = chat.messages[0]?.text ?? '';
    const card = page.locator(`#touchpoint-${chat.id}`);
    await card.getByText(firstMessage.slice(0, 40), { exact: false }).first().waitFor();
    expect(await card.getByText('Customer', { exact: true }).count()).toBeGreaterThan(0);
    await page.locator('.chart svg').first().waitFor();
    await check(e2e, page, 'customer-history');

    await page.getByRole('button', { name: 'Oldest first' }).click();
    await page.getByRole('list', { name: 'Touchpoints, oldest first' }).waitFor();
    const times = await page
      .locator('.timeline .touchpoint-when time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect([...times].sort()).toEqual(times);

    await page.setViewportSize(PHONE);
    await page.getByRole('button', { name: 'Newest first' }).click();
    await e2e.shoot(page, 'customer-history-phone');
    expect(await e2e.audit(page)).toEqual([]);
    // Nothing wider than the phone: the page does not scroll sideways.
    const widths = await page.evaluate<number[]>(
      '[document.documentElement.scrollWidth, document.documentElement.clientWidth]',
    );
    expect(widths[0]).toBeLessThanOrEqual(widths[1] ?? 0);
    await page.setViewportSize(LAPTOP);
  });

  test('interactions: filters by channel, outcome, team and dates on the server', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Interactions' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Interactions' }).waitFor();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(25);
    await check(e2e, page, 'interactions');

    await page.getByLabel('Channel').selectOption({ label: 'Chat' });
    await expect.poll(() => page.url()).toContain('channel=chat');
    await page.getByLabel('Outcome').selectOption('resolved');
    await expect.poll(() => page.url()).toContain('outcome=resolved');
    await expect
      .poll(async () => {
        const rows = await page.locator('tbody tr').allTextContents();
        return rows.length > 0 && rows.every((r) => r.includes('Chat') && r.includes('Resolved'));
      })
      .toBe(true);

    const teams = (await e2e.server.api.teams.list()).items;
    const expected = await e2e.server.api.interactions.list({
      channel: 'chat',
      outcome: 'resolved',
      teamId: teams[0]?.id,
      limit: 25,
    });
    await page.getByLabel('Team').selectOption(teams[0]?.id ?? '');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(expected.items.length);

    await page.getByLabel('From').fill('2001-01-02');
    await page.getByLabel('To', { exact: true }).fill('2001-01-01');
    await page.getByText('The start date is after the end date.').waitFor();
    await page.getByLabel('To', { exact: true }).fill('2001-01-31');
    await page.getByText('No interaction matches these filters.').waitFor();
    await check(e2e, page, 'interactions-empty');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(25);
    await page.setViewportSize(PHONE);
    await e2e.shoot(page, 'interactions-phone');
    await page.setViewportSize(LAPTOP);
  });

  test('settings: create an API key, see it once, copy it, use it, revoke it', async () => {
    await e2e.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: e2e.server.url,
    });
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.getByRole('heading', { name: 'Journey stages' }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    await check(e2e, page, 'settings');

    await page.getByLabel('Name').fill('E2E helpdesk');
    await page.getByLabel('Role').selectOption('agent');
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = page.getByLabel('The new API key');
    await secret.waitFor();
    const key = await secret.inputValue();
    expect(key).toMatch(/^rk\./);
    await page.getByRole('button', { name: 'Copy key' }).click();
    await page.getByText('Copied to the clipboard.').waitFor();
    const clipboard = () =>
      (
        globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
      ).navigator.clipboard.readText();
    expect(await page.evaluate(clipboard)).toBe(key);
    await check(e2e, page, 'settings-new-key');

    const withKey = createClient({ baseUrl: e2e.server.url, apiKey: key });
    expect((await withKey.auth.me()).role).toBe('agent');

    await page.getByRole('button', { name: 'Done, I have stored it' }).click();
    await expect(secret.count()).resolves.toBe(0);
    const row = page.locator('tbody tr', { hasText: 'E2E helpdesk' });
    await row.getByText('Active').waitFor();
    // By keyboard: the question takes focus, Escape answers it and focus goes back.
    const focusedText = () =>
      page.evaluate(
        () =>
          (
            globalThis as unknown as {
              document: { activeElement: { textContent: string | null } | null };
            }
          ).document.activeElement?.textContent ?? '',
      );
    await row.getByRole('button', { name: 'Revoke E2E helpdesk' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusedText).toBe('Cancel');
    await page.keyboard.press('Escape');
    await expect.poll(focusedText).toBe('Revoke');
    await expect(row.getByRole('button', { name: 'Revoke key' }).count()).resolves.toBe(0);
    await row.getByRole('button', { name: 'Revoke E2E helpdesk' }).click();
    await row.getByRole('button', { name: 'Revoke key' }).click();
    await row.getByText(/Revoked/).waitFor();

    await expect
      .poll(
        async () => {
          try {
            await withKey.auth.me();
            return 200;
          } catch (e) {
            return isApiError(e) ? e.status : -1;
          }
        },
        { timeout: 10_000, interval: 500 },
      )
      .toBe(401);
    expect(page.watch.problems).toEqual([]);
    expect(page.watch.dialogs).toEqual([]);
  });

  test('settings: add a journey stage, move it, save it; the filters offer it', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await page.getByRole('heading', { name: 'Journey stages' }).waitFor();
    await page.getByLabel('New stage').fill('Win back');
    await page.getByRole('button', { name: 'Add stage' }).click();
    await page.getByRole('button', { name: 'Move Win back up' }).click();
    await page.getByRole('button', { name: 'Save stages' }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();
    const stages = (await e2e.server.api.settings.get()).journeyStages;
    expect(stages.slice(-2)).toEqual(['win_back', 'renewal']);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Interactions' })
      .click();
    await expect
      .poll(() => page.getByLabel('Journey stage').locator('option').allTextContents())
      .toContain('Win back');
    expect(page.watch.problems).toEqual([]);
  });
});
