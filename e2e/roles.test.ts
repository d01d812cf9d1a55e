/**
 * Each role signs in and sees the navigation it may use — and only screens that exist.
 */
import type { Role } from '@rapport/contracts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startE2e, type E2e } from './harness.ts';

const EXPECTED: Record<Role, string[]> = {
  admin: ['Customers', 'Interactions', 'Settings'],
  analyst: ['Customers', 'Interactions', 'Settings'],
  manager: ['Customers', 'Interactions'],
  agent: ['Customers', 'Interactions'],
};

describe('sign-in and navigation by role', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e();
  }, 90_000);
  afterAll(async () => {
    await e2e?.close();
  });

  test('the sign-in screen refuses a wrong password, then lets the user in', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.server.url}/`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await e2e.shoot(page, 'sign-in');
    expect(await e2e.audit(page)).toEqual([]);
    await page.getByLabel('E-mail').fill(e2e.server.users.admin.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/wrong e-mail or password/i);
    await e2e.shoot(page, 'sign-in-error');
    expect(page.watch.problems).toEqual([]);
    await page.close();
  });

  for (const role of ['admin', 'analyst', 'manager', 'agent'] as const) {
    test(`${role} sees ${EXPECTED[role].join(', ')}`, async () => {
      const page = await e2e.signIn(role);
      const nav = page.getByRole('navigation', { name: 'Main' });
      await expect.poll(() => nav.getByRole('link').allTextContents()).toEqual(EXPECTED[role]);
      await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
      await expect
        .poll(() => page.getByRole('banner').textContent())
        .toContain(
          { admin: 'Admin', analyst: 'Analyst', manager: 'Manager', agent: 'Agent' }[role],
        );
      await e2e.shoot(page, `shell-${role}`);
      if (!EXPECTED[role].includes('Settings')) {
        await page.goto(`${e2e.server.url}/settings`);
        await page.getByRole('heading', { name: 'Not available to your role' }).waitFor();
      }
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      expect(page.watch.problems).toEqual([]);
      await page.close();
    });
  }
});
