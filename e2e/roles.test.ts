/**
 * Each role signs in and sees the navigation it may use — and only screens that exist.
 */
import { createClient, type Role } from '@rapport/contracts';
import { systemClock, systemIds } from '@rapport/core';
import { bootstrapWorkspace } from '@rapport/server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startE2e, type E2e } from './harness.ts';

const NAV_TOP = ['Overview', 'Journey', 'Cases', 'Praise'];
const NAV_PEOPLE = ['Customers', 'Interactions'];
const EXPECTED: Record<Role, string[]> = {
  admin: [...NAV_TOP, 'The chain', ...NAV_PEOPLE, 'Surveys', 'Settings'],
  analyst: [...NAV_TOP, 'The chain', ...NAV_PEOPLE, 'Surveys', 'Settings'],
  manager: [...NAV_TOP, 'The chain', ...NAV_PEOPLE, 'Settings'],
  agent: [...NAV_TOP, ...NAV_PEOPLE, 'Settings'],
};

describe('sign-in and navigation by role', { timeout: 60_000 }, () => {
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
      if (!EXPECTED[role].includes('Surveys')) {
        await page.goto(`${e2e.server.url}/surveys`);
        await page.getByRole('heading', { name: 'Not available to your role' }).waitFor();
        // Settings holds their own password, and nothing of the workspace's.
        await page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: 'Settings' })
          .click();
        await page.getByRole('heading', { level: 2, name: 'Your password' }).waitFor();
        await expect
          .poll(() =>
            page
              .getByRole('navigation', { name: 'Settings sections' })
              .getByRole('link')
              .allTextContents(),
          )
          .toEqual(['Your password']);
        await page.getByLabel('Current password').waitFor();
        await e2e.shoot(page, `settings-${role}`);
      }
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      expect(page.watch.problems).toEqual([]);
      await page.close();
    });
  }

  test('on a phone every menu link is in sight: the menu wraps, it does not hide links sideways', async () => {
    const page = await e2e.signIn('admin');
    await page.setViewportSize({ width: 390, height: 844 });
    const nav = page.getByRole('navigation', { name: 'Main' });
    const links = nav.getByRole('link');
    await expect.poll(() => links.allTextContents()).toEqual(EXPECTED.admin);
    // Nothing of the menu is scrolled out of view…
    expect(await nav.evaluate((n) => n.scrollWidth - n.clientWidth)).toBe(0);
    for (const link of await links.all()) {
      const name = (await link.textContent()) ?? '';
      const box = await link.boundingBox();
      expect(box, name).not.toBeNull();
      expect(box && box.x >= 0 && box.x + box.width <= 390, name).toBe(true);
      // …and each link is a touch target of at least 24 × 24 px (WCAG 2.2, 2.5.8).
      expect(box && box.width >= 24 && box.height >= 24).toBe(true);
    }
    await e2e.shoot(page, 'shell-phone');
    await page.close();
  });

  test('keyboard only: sign in, skip to content, move between screens', async () => {
    await e2e.context.clearCookies();
    const page = await e2e.newPage();
    const focused = () =>
      page.evaluate(() => {
        const el = (
          globalThis as unknown as {
            document: {
              activeElement: { tagName: string; textContent: string | null; id: string } | null;
            };
          }
        ).document.activeElement;
        return el ? `${el.tagName.toLowerCase()}#${el.id}:${(el.textContent ?? '').trim()}` : '';
      });
    await page.goto(`${e2e.server.url}/customers`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expect.poll(focused).toBe('h1#:Sign in');
    await page.keyboard.press('Tab');
    await expect.poll(focused).toBe('input#signin-email:');
    await page.keyboard.type(e2e.server.users.agent.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(e2e.server.users.agent.password);
    await page.keyboard.press('Enter');
    // The new screen's title takes focus, so a screen reader announces it.
    await expect.poll(focused).toBe('h1#:Customers');
    // Backwards from the title: the last links of the navigation.
    await page.keyboard.press('Shift+Tab');
    await expect.poll(focused).toBe('a#:Settings');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(focused).toBe('a#:Interactions');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('h1#:Interactions');
    await page.keyboard.press('Tab');
    await expect
      .poll(focused)
      .toBe('select#f-channel:' + (await page.locator('#f-channel').textContent()));
    // The skip link comes before everything else in the page, and jumps to the content.
    await page.getByRole('link', { name: 'Rapport' }).focus();
    await page.keyboard.press('Shift+Tab');
    await expect.poll(focused).toBe('a#:Skip to content');
    await e2e.shoot(page, 'skip-link');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toMatch(/^main#main:/);
    expect(page.watch.problems).toEqual([]);
    await page.close();
  });

  // Last: it gives the demo analyst's e-mail and password an account in a second workspace.
  test('one e-mail and password in two workspaces of one name: the user chooses', async () => {
    const { server } = e2e;
    const other = await bootstrapWorkspace(
      server.store,
      { clock: systemClock, ids: systemIds() },
      'Northwind Services',
    );
    const analyst = server.users.analyst;
    await createClient({ baseUrl: server.url, apiKey: other.apiKey }).users.create({
      email: analyst.email,
      name: 'Analyst, second workspace',
      role: 'analyst',
      password: analyst.password,
    });
    await e2e.context.clearCookies();
    const page = await e2e.newPage();
    await page.goto(`${server.url}/customers`);
    await page.getByLabel('E-mail').fill(analyst.email);
    await page.getByLabel('Password').fill(analyst.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const choice = page.getByRole('group', { name: 'Workspace' });
    await choice.getByText('This e-mail and password open 2 workspaces. Choose one.').waitFor();
    // Both are called Northwind Services: each says its id.
    const radios = choice.getByRole('radio');
    expect(await radios.count()).toBe(2);
    await choice.getByLabel(`Northwind Services (${other.workspace.id})`).waitFor();
    await choice.getByLabel(`Northwind Services (${server.workspaceId})`).waitFor();
    expect(await page.getByRole('button', { name: 'Sign in' }).isDisabled()).toBe(true);
    expect(await e2e.audit(page)).toEqual([]);
    await e2e.shoot(page, 'sign-in-workspaces');
    await choice.getByLabel(`Northwind Services (${other.workspace.id})`).check();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
    const me = await page.evaluate(async () => {
      const res = await fetch('/api/v1/me');
      return (await res.json()) as { workspaceId: string };
    });
    expect(me.workspaceId).toBe(other.workspace.id);
    expect(page.watch.problems).toEqual([]);
    await page.close();
  });
});
