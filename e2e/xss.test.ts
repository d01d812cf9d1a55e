/**
 * Stored XSS (issue 9, item 7): hostile text put in through the API — a customer's name and
 * segment, an interaction's note and transcript, an API key's name — shows as text on every
 * screen that shows it; no script runs, no dialog opens, and the strict CSP is in force.
 */
import type { Customer, Interaction } from '@rapport/contracts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startE2e, type E2e } from './harness.ts';

const NAME = '<img src=x onerror=alert(1)>';
const SEGMENT = '<svg onload=alert(3)>';
const SCRIPT = '<script>window.__xss=1</script>';
const IMG = '<img src=x onerror="window.__xss=2">';
const NOTE = `Customer wrote ${SCRIPT} and then ${IMG} in the form.`;
const KEY_NAME = '<img src=x onerror="window.__xss=4">';

/** Nothing ran: no flag set, no dialog, no injected element, no CSP report or page error. */
async function assertInert(page: Page & { watch: { problems: string[]; dialogs: string[] } }) {
  expect(await page.evaluate(() => (globalThis as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(page.watch.dialogs).toEqual([]);
  expect(page.watch.problems).toEqual([]);
  expect(await page.locator('img[src="x"], svg[onload], [onerror]').count()).toBe(0);
  // The only script is the app's own module.
  const scripts = await page
    .locator('script')
    .evaluateAll((els) => els.map((e) => (e as unknown as { src: string }).src));
  expect(scripts.every((src) => /\/assets\/[\w-]+\.js$/.test(src))).toBe(true);
}

describe('stored XSS', { timeout: 60_000 }, () => {
  let e2e: E2e;
  let customer: Customer;
  let interaction: Interaction;

  beforeAll(async () => {
    e2e = await startE2e();
    const { api } = e2e.server;
    // Served by the agent who signs in below: an agent sees the interactions they served.
    const agentUser = (await api.users.list()).items.find(
      (u) => u.email === e2e.server.users.agent.email,
    );
    if (!agentUser?.employeeId) throw new Error('the demo agent is linked to no employee');
    const employee = await api.employees.get(agentUser.employeeId);
    customer = await api.customers.create({
      name: NAME,
      email: 'hostile@mail.example',
      segment: SEGMENT,
    });
    interaction = await api.interactions.create({
      customerId: customer.id,
      channel: 'chat',
      stage: 'support',
      occurredAt: new Date().toISOString(),
      outcome: 'unresolved',
      employeeIds: employee ? [employee.id] : [],
      note: NOTE,
      transcript: [
        { speaker: 'customer', text: SCRIPT },
        { speaker: 'agent', employeeId: employee?.id ?? null, text: IMG },
        { speaker: 'customer', text: NAME },
      ],
    });
    await api.keys.create({ name: KEY_NAME, role: 'agent' });
  }, 90_000);
  afterAll(async () => {
    await e2e?.close();
  });

  test('the server sends a strict CSP that refuses inline script', async () => {
    const page = await e2e.newPage();
    const res = await page.goto(`${e2e.server.url}/customers`);
    expect(res?.headers()['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.addScriptTag({ content: 'window.__inline = 1' }).catch(() => undefined);
    expect(
      await page.evaluate(() => (globalThis as { __inline?: unknown }).__inline),
    ).toBeUndefined();
    await page.close();
  });

  test('customers list and search show the hostile name as text', async () => {
    const page = await e2e.signIn('admin');
    await page.getByRole('link', { name: NAME }).waitFor();
    await page.getByText(SEGMENT, { exact: true }).waitFor();
    await assertInert(page);
    await page.getByLabel('Search customers').fill('hostile@');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await page.getByRole('link', { name: NAME }).waitFor();
    await e2e.shoot(page, 'xss-customers');
    await assertInert(page);

    await page.getByRole('link', { name: NAME }).click();
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    expect(await page.title()).toBe(`${NAME} · Rapport`);
    const card = page.locator(`#touchpoint-${interaction.id}`);
    await card.getByText(NOTE, { exact: true }).waitFor();
    await card.locator('.message-text').filter({ hasText: SCRIPT }).waitFor();
    await card.locator('.message-text').filter({ hasText: IMG }).waitFor();
    await card.locator('.message-text').filter({ hasText: NAME }).waitFor();
    await e2e.shoot(page, 'xss-customer-history');
    await assertInert(page);
    await page.close();
  });

  test('the interactions list shows the hostile name and note as text', async () => {
    const page = await e2e.signIn('agent');
    await page.goto(`${e2e.server.url}/interactions?mine=0`);
    const row = page.locator('tbody tr').first();
    await row.getByRole('link', { name: NAME }).waitFor();
    await row.getByText(NOTE, { exact: true }).waitFor();
    await e2e.shoot(page, 'xss-interactions');
    await assertInert(page);

    await row.getByRole('link', { name: NAME }).click();
    await page.locator(`#touchpoint-${interaction.id}`).getByText(NOTE, { exact: true }).waitFor();
    await assertInert(page);
    await page.close();
  });

  test('settings show a hostile API key name as text', async () => {
    const page = await e2e.signIn('admin');
    await page.goto(`${e2e.server.url}/settings`);
    await page.getByRole('rowheader', { name: KEY_NAME }).waitFor();
    await e2e.shoot(page, 'xss-settings');
    await assertInert(page);
    await page.close();
  });
});
