/**
 * Story 3 and the settings in Chromium against a demo workspace. The chain: both links in a
 * sentence with their interval over nine teams, the low-leadership team flagged, the team under
 * five respondents stated as hidden and named nowhere; outcome and lag change the view. Settings:
 * a rule edited with a bad value shows the error at its field, a hostile rule name shows as
 * text, a dry run lists matches; closed loop, webhooks (secret once), channels, anonymity (never
 * below 3), users. Each screen is photographed and audited with axe-core.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { HOSTILE } from './closed-loop-world.ts';
import { startE2e, type E2e, type PageWatch } from './harness.ts';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

describe('the chain and the settings on screen', { timeout: 90_000 }, () => {
  let e2e: E2e;
  let page: Page & { watch: PageWatch };
  beforeAll(async () => {
    e2e = await startE2e();
    page = await e2e.signIn('admin');
  }, 180_000);
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await e2e.shoot(page, `failed-${task.name.slice(0, 40)}`);
  });
  afterAll(async () => {
    await e2e?.close();
  });

  const check = async (name: string) => {
    await e2e.shoot(page, name);
    expect(await e2e.audit(page), `axe on ${name}`).toEqual([]);
  };
  const inert = async () => {
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(page.watch.dialogs).toEqual([]);
    expect(page.watch.problems).toEqual([]);
  };

  test('story 3: the chain in sentences and plots; the broken team flagged; the hidden team nowhere', async () => {
    const linkage = await e2e.server.api.chain.linkage({});
    const scores = await e2e.server.api.chain.teamScores({});
    const hidden = scores.teams.filter((t) => !t.employee.shown || !t.leadership.shown);
    expect(linkage.teamsHidden).toBeGreaterThan(0);
    expect(hidden.length).toBeGreaterThan(0);
    const broken = linkage.chain.teams.filter((t) => t.chainBroken);
    expect(broken.length).toBeGreaterThan(0);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'The chain' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'The chain' }).waitFor();
    const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
    await page.getByText(sentence(linkage.leadershipToEngagement.primary.sentence)).waitFor();
    await page.getByText(sentence(linkage.engagementToOutcome.primary.sentence)).waitFor();
    await page
      .getByText(
        `${linkage.teamsHidden} team${linkage.teamsHidden === 1 ? '' : 's'} hidden (fewer than 5 respondents)`,
      )
      .first()
      .waitFor();
    await page.locator('.chart svg').nth(1).waitFor();
    const flags = page.locator('.flag-broken');
    for (const t of broken) await flags.getByText(t.name).waitFor();
    // The plot marks the broken teams with a word, not colour alone.
    await page
      .locator('.chart svg text', { hasText: `${broken[0]?.name} (chain broken)` })
      .first()
      .waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    for (const t of hidden) expect(text).not.toContain(t.name);
    const svg = await page
      .locator('.chart')
      .evaluateAll((els) => els.map((e) => e.innerHTML).join(''));
    for (const t of hidden) expect(svg).not.toContain(t.name);
    await check('chain');

    await page.getByLabel('Customer outcome').selectOption('ces');
    await page.getByRole('button', { name: 'Next period' }).click();
    await expect.poll(() => page.url()).toContain('lag=1');
    await page.getByRole('heading', { name: /Employee engagement and customer effort/ }).waitFor();
    await page.getByText(/customer outcomes of/).waitFor();
    await page.setViewportSize(PHONE);
    await check('chain-phone');
    await page.setViewportSize(LAPTOP);
    await inert();
  });

  test('rules: read in words; a bad value shows at its field; a hostile name is text; a dry run lists matches', async () => {
    await page.goto(`${e2e.server.url}/settings?section=rules`);
    await page.getByRole('heading', { level: 2, name: 'Rules' }).waitFor();
    const card = page.locator('.rule-card', { hasText: 'Detractor (NPS 0–6)' }).first();
    await card.getByText('NPS ≤ 6').waitFor();
    await check('settings-rules');

    await card.getByRole('button', { name: 'Edit Detractor (NPS 0–6)' }).click();
    const editor = page.locator('.rule-editor');
    const condition = editor.getByLabel('Condition (JSON)');
    await condition.fill('{ "score": { "metric": "nps", "op": "<=", "value": "high" } }');
    await editor.getByText('NPS ≤ high').waitFor();
    await editor.getByRole('button', { name: 'Save rule' }).click();
    // the field points at its hint until the server's answer arrives, then at the error
    await expect.poll(() => condition.getAttribute('aria-invalid')).toBe('true');
    const error = editor.locator('#' + (await condition.getAttribute('aria-describedby')));
    await expect.poll(() => error.textContent()).toContain('condition.score.value');
    await check('settings-rule-error');

    await condition.fill('{ "score": { "metric": "nps", "op": "<=", "value": 6 } }');
    await editor.getByLabel('Rule name').fill(`Detractor ${HOSTILE}`);
    await editor.getByRole('button', { name: 'Dry run (last 30 days)' }).click();
    await editor.getByRole('heading', { name: 'Dry run of this draft' }).waitFor();
    await editor.getByText(/events matched/).waitFor();
    await editor.getByRole('button', { name: 'Save rule' }).click();
    await page.getByText(`“Detractor ${HOSTILE}” was saved.`).waitFor();
    await page.getByRole('heading', { level: 3, name: `Detractor ${HOSTILE}` }).waitFor();
    await check('settings-rule-saved');
    await inert();
  });

  test('closed loop, webhooks (secret once), channels, anonymity, users', async () => {
    await page.goto(`${e2e.server.url}/settings?section=closed-loop`);
    await page.getByLabel('High priority').fill('6');
    await page.getByRole('button', { name: 'Save closed-loop settings' }).click();
    await page.getByText(/^Saved\. New and changed cases/).waitFor();
    expect((await e2e.server.api.closedLoop.get()).slaHours.high).toBe(6);
    await page.getByLabel('Root causes (one per line)').fill('billing\nNot A Code!');
    await page.getByRole('button', { name: 'Save closed-loop settings' }).click();
    await page.locator('#loop-causes-error').waitFor();
    await check('settings-closed-loop');

    await page
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('link', { name: 'Webhooks' })
      .click();
    await page.getByLabel('URL').fill('https://hooks.example.com/rapport');
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const secret = page.getByLabel('The signing secret');
    await secret.waitFor();
    expect(await secret.inputValue()).toMatch(/^whsec_/);
    await check('settings-webhook-secret');
    await page.getByRole('button', { name: 'Done, I have stored it' }).click();
    expect(await secret.count()).toBe(0);
    const hook = page.locator('.hook', { hasText: 'https://hooks.example.com/rapport' });
    await hook.getByRole('button', { name: 'Disable' }).click();
    await hook.getByText('Disabled').waitFor();
    await hook.getByRole('button', { name: 'Delivery log' }).click();
    await hook
      .getByText(/Nothing delivered yet|Delivered|Pending|Retrying|Failed/)
      .first()
      .waitFor();
    await check('settings-webhooks');

    await page
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('link', { name: 'Channels' })
      .click();
    await page.getByLabel('Account SID').fill(`AC${'0123456789abcdef'.repeat(2)}`);
    await page.getByLabel('Sending number').fill('+18005551212');
    await page.getByLabel('Auth token').fill('a-very-secret-token-1234');
    await page.getByRole('button', { name: 'Save SMS settings' }).click();
    await page.getByText('SMS settings saved.').waitFor();
    expect(await page.getByLabel('Auth token').inputValue()).toBe('');
    await page.getByText('A token is stored (never shown). Leave empty to keep it.').waitFor();
    expect(await page.content()).not.toContain('a-very-secret-token-1234');
    await check('settings-channels');

    await page
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('link', { name: 'Workspace' })
      .click();
    await page.getByLabel('Anonymity threshold (respondents)').fill('2');
    await page.getByText('Never below 3: smaller groups could be recognised.').waitFor();
    expect(await page.getByRole('button', { name: 'Save threshold' }).isDisabled()).toBe(true);
    await page.getByLabel('Anonymity threshold (respondents)').fill('5');
    await page.getByRole('button', { name: 'Save threshold' }).click();
    await page.getByText('Saved.', { exact: true }).last().waitFor();

    await page
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('link', { name: 'Users and roles' })
      .click();
    await page.getByLabel('E-mail').fill('new.analyst@northwind.example');
    await page.getByLabel('Full name').fill(`Ana ${HOSTILE}`);
    await page.getByLabel('Role', { exact: true }).selectOption('analyst');
    await page.getByLabel('First password').fill('short');
    await page.getByRole('button', { name: 'Create user' }).click();
    await page.locator('#user-password-error').waitFor();
    await page.getByLabel('First password').fill('a long enough passphrase 7');
    await page.getByRole('button', { name: 'Create user' }).click();
    await page.getByText(`Ana ${HOSTILE} can sign in now.`).waitFor();
    const row = page.locator('tbody tr', { hasText: 'new.analyst@northwind.example' });
    await row.getByRole('button', { name: `Disable Ana ${HOSTILE}` }).click();
    await row.getByText(/^Disabled /).waitFor();
    await check('settings-users');
    await page.setViewportSize(PHONE);
    await check('settings-users-phone');
    await page.setViewportSize(LAPTOP);
    await inert();
  });
});
