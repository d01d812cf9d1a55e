/**
 * Stories 2 and 1 on screen, in Chromium against a demo workspace.
 * Story 2: a detractor's answer opens a churn-risk case for the account's relationship owner
 * (the agent sees it in her inbox); her team lead takes it, adds a note (hostile text, shown as
 * text), closes it as recovered, and the team's recovery rate moves.
 * Story 1: a compliment reaches the agent's feed and her manager's; he passes it up with a note
 * (hostile text) and thanks the customer; his manager sees it with the note.
 * Assigning (issue 11): the agent is offered herself and her manager chain, her lead himself and
 * everyone under him — on the case page, in the inbox's bulk assign and when handing over a
 * thank-you task — as the org tree says; a refusal the server makes anyway (the tree changed
 * meanwhile) shows its 422 message.
 * Each screen is photographed (laptop and phone) and audited with axe-core.
 */
import type { ApiClient, Employee } from '@rapport/contracts';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { HOSTILE, loopWorld, signInAs, type LoopWorld } from './closed-loop-world.ts';
import { startE2e, type E2e, type PageWatch } from './harness.ts';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

async function allEmployees(api: ApiClient): Promise<Employee[]> {
  const out: Employee[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.employees.list({ limit: 500, cursor });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

/** Whom the org tree lets each one assign to (docs/SECURITY.md § 9), active people only. */
function allowed(people: Employee[], self: Employee, role: 'agent' | 'manager'): string[] {
  const byId = new Map(people.map((e) => [e.id, e]));
  const ids = new Set([self.id]);
  if (role === 'agent') {
    for (let up = self.managerId; up && !ids.has(up); up = byId.get(up)?.managerId ?? null)
      ids.add(up);
  } else {
    for (let grew = true; grew;) {
      grew = false;
      for (const e of people)
        if (e.managerId && ids.has(e.managerId) && !ids.has(e.id)) {
          ids.add(e.id);
          grew = true;
        }
    }
  }
  return people
    .filter((e) => e.active && ids.has(e.id))
    .map((e) => e.id)
    .sort();
}

/** The employee ids a select offers; its empty option (no one chosen) is not an employee. */
const offered = async (select: Locator) =>
  (
    await select
      .locator('option')
      .evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value))
  )
    .filter(Boolean)
    .sort();

describe('the closed loop and praise on screen', { timeout: 90_000 }, () => {
  let e2e: E2e;
  let w: LoopWorld;
  let page: (Page & { watch: PageWatch }) | undefined;
  beforeAll(async () => {
    e2e = await startE2e();
    w = await loopWorld(e2e);
  }, 180_000);
  afterEach(async ({ task }) => {
    if (page && task.result?.state === 'fail')
      await e2e.shoot(page, `failed-${task.name.slice(0, 40)}`);
  });
  afterAll(async () => {
    await e2e?.close();
  });

  const check = async (p: Page, name: string) => {
    await e2e.shoot(p, name);
    expect(await e2e.audit(p), `axe on ${name}`).toEqual([]);
  };
  const inert = async (p: Page & { watch: PageWatch }) => {
    expect(await p.locator('main img, main script').count()).toBe(0);
    expect(p.watch.dialogs).toEqual([]);
    expect(p.watch.problems).toEqual([]);
  };

  test('story 2: a detractor opens a case for the relationship owner; her lead takes it, notes it, closes it recovered', async () => {
    const api = e2e.server.api;
    const survey = (await api.surveys.list({ kind: 'relationship' })).items[0];
    if (!survey) throw new Error('the demo has no relationship survey');
    await api.responses.create({
      surveyId: survey.id,
      customerId: w.customerId,
      channel: 'sms',
      answers: [{ questionId: 'nps', value: 1 }],
    });
    await expect
      .poll(async () => (await api.cases.list({ customerId: w.customerId })).items.length, {
        timeout: 30_000,
        interval: 500,
      })
      .toBeGreaterThan(0);
    const opened = (await api.cases.list({ customerId: w.customerId })).items[0];
    expect(opened?.ownerId).toBe(w.agent.id);
    expect(opened?.reason).toBe('churn_risk');

    // The relationship owner sees it in her inbox.
    page = await e2e.signIn('agent');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Cases' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    const agentRow = page.locator('tbody tr', { hasText: w.customerName });
    await agentRow.getByRole('link', { name: 'Churn risk' }).waitFor();
    await check(page, 'cases-agent');

    // Her team lead sees his team's cases, opens it and takes it.
    page = await e2e.signIn('manager');
    await page.goto(`${e2e.server.url}/cases`);
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    const strip = page.locator('.metric-strip [data-metric="Recovery rate"]');
    await strip.waitFor();
    const before = await strip.textContent();
    const row = page.locator('tbody tr', { hasText: w.customerName });
    await row.getByRole('link', { name: 'Churn risk' }).waitFor();
    await check(page, 'cases');
    await page.setViewportSize(PHONE);
    await check(page, 'cases-phone');
    await page.setViewportSize(LAPTOP);

    await row.getByRole('link', { name: 'Churn risk' }).click();
    await page.getByRole('heading', { level: 1, name: `Churn risk · ${w.customerName}` }).waitFor();
    await page.getByText('NPS 1 (on 0–10)').waitFor();
    await page.getByRole('button', { name: 'Take this case' }).click();
    await page.getByText('The case is yours now.').waitFor();
    const facts = page.locator('.case-facts');
    await facts.getByText(w.manager.name).waitFor();
    await facts.getByText('In progress').waitFor();

    const note = `Called back, refunded the roaming charges ${HOSTILE} <script>alert(2)</script>`;
    await page.getByLabel('Add a note').fill(note);
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.locator('.case-notes').getByText(note, { exact: true }).waitFor();
    await check(page, 'case');

    await page.getByLabel('Customer recovered').check();
    await page.getByLabel('Root cause').selectOption('pricing');
    await page.getByRole('button', { name: 'Close the case' }).click();
    await page.getByText('The case is closed.').waitFor();
    await facts.getByText('Customer recovered').waitFor();
    await facts.getByText('Root cause: Pricing').waitFor();
    await page
      .locator('.case-history')
      .getByText(/Closed: customer recovered, root cause pricing/)
      .waitFor();
    await page.setViewportSize(PHONE);
    await check(page, 'case-phone');
    await page.setViewportSize(LAPTOP);
    await inert(page);

    // The recovery rate of the team moves (closed cases only: the filter shows them).
    await page.getByRole('link', { name: '← Cases' }).click();
    await page.getByLabel('Status').selectOption('closed');
    await page.locator('tbody tr', { hasText: w.customerName }).waitFor();
    await expect.poll(() => strip.textContent()).not.toBe(before);
    const team = (await api.cases.metrics({ groupBy: 'team' })).groups.find(
      (g) => g.key === w.manager.teamId,
    );
    expect(team?.recoveryRate.count).toBeGreaterThan(0);
    await expect
      .poll(() => strip.textContent())
      .toContain(`${Math.round(team?.recoveryRate.share ?? -1)} %`);
    await check(page, 'cases-closed');
  });

  test('story 1: praise in the agent’s feed; her manager passes it up with a note; the next manager sees it', async () => {
    const api = e2e.server.api;
    const words = `Noah was wonderful moving the account back to us — please tell his boss. ${HOSTILE}`;
    const praise = await api.praise.create({
      source: 'contact_form',
      employeeIds: [w.agent.id],
      customerId: w.customerId,
      text: words,
    });
    expect(praise.deliveries.map((d) => d.employeeId)).toEqual([w.agent.id, w.manager.id]);

    page = await e2e.signIn('agent');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Praise' })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Praise about you' }).waitFor();
    await page.getByText(words, { exact: true }).waitFor();
    await check(page, 'praise-agent');
    await inert(page);

    page = await e2e.signIn('manager');
    await page.goto(`${e2e.server.url}/praise`);
    await page
      .getByRole('heading', { level: 2, name: 'Praise that reached you as a manager' })
      .waitFor();
    const card = page.locator('.praise-card', { hasText: words });
    await card.waitFor();
    const note = `Well earned, ${HOSTILE} <b>bold</b>`;
    await card.getByRole('button', { name: `Pass up to ${w.head.name}` }).click();
    await card.getByLabel(`Your note to ${w.head.name}`).fill(note);
    await card.getByRole('button', { name: `Pass up to ${w.head.name}` }).click();
    await card.getByText(`passed up by ${w.manager.name}`, { exact: false }).waitFor();
    await card.getByText(note, { exact: true }).waitFor();
    expect(await card.getByRole('button', { name: /Pass up/ }).count()).toBe(0);

    // The thank-you follow-up goes to the team lead: he calls the customer.
    const tasks = page.getByRole('region', { name: 'Your thank-you follow-ups' });
    const task = tasks.locator('.task').first();
    await task.waitFor();
    await task.getByLabel('Phone call').check();
    await task.getByLabel('Note (optional)').fill('Thanked her on the phone.');
    await task.getByRole('button', { name: 'Mark done' }).click();
    await tasks.getByText(/^Done: /).waitFor();
    await tasks.getByRole('button', { name: 'Done', exact: true }).click();
    await tasks
      .getByText(/Done by phone call on/)
      .first()
      .waitFor();
    await check(page, 'praise');
    await page.setViewportSize(PHONE);
    await check(page, 'praise-phone');
    await page.setViewportSize(LAPTOP);
    await inert(page);

    page = await signInAs(e2e, w.headUser);
    await page.goto(`${e2e.server.url}/praise`);
    const reached = page.locator('.praise-card', { hasText: words });
    await reached.waitFor();
    await reached.getByText(note, { exact: true }).waitFor();
    const chain = await reached.locator('.praise-step').allTextContents();
    expect(chain).toHaveLength(3);
    expect(chain[0]).toContain(w.agent.name);
    expect(chain[1]).toContain(w.manager.name);
    expect(chain[2]).toContain(w.head.name);
    expect(chain[2]).toContain(`passed up by ${w.manager.name}`);
    await check(page, 'praise-next-manager');
    await inert(page);
  });

  test('assigning: an agent is offered herself and up her chain, a manager his people; a refusal shows why', async () => {
    const api = e2e.server.api;
    const people = await allEmployees(api);
    const agentMay = allowed(people, w.agent, 'agent');
    const managerMay = allowed(people, w.manager, 'manager');
    // Herself, her lead, his manager and on up — not her peers under the same lead.
    expect(agentMay).toEqual(expect.arrayContaining([w.agent.id, w.manager.id, w.head.id]));
    const peers = people.filter((e) => e.managerId === w.manager.id && e.id !== w.agent.id);
    expect(peers.length).toBeGreaterThan(0);
    expect(agentMay.filter((id) => peers.some((p) => p.id === id))).toEqual([]);
    expect(managerMay).toContain(w.agent.id);
    expect(managerMay).not.toContain(w.head.id);
    expect(managerMay.length).toBeLessThan(people.filter((e) => e.active).length);
    const opened = await api.cases.create({
      reason: 'hand_back',
      customerId: w.customerId,
      ownerId: w.agent.id,
    });

    // The agent: on her case, herself, her lead and his manager — nobody else.
    page = await e2e.signIn('agent');
    await page.goto(`${e2e.server.url}/cases/${opened.id}`);
    const owner = page.getByLabel('Reassign to');
    await expect.poll(() => offered(owner)).toEqual(agentMay);
    await check(page, 'case-assign-agent');
    await page.setViewportSize(PHONE);
    await check(page, 'case-assign-agent-phone');
    await page.setViewportSize(LAPTOP);

    // If the tree changes under her, the server refuses what the page still offers: she sees why.
    await api.employees.update(w.agent.id, { managerId: null });
    try {
      await owner.selectOption(w.manager.id);
      await page.getByRole('button', { name: 'Reassign' }).click();
      await page
        .getByRole('alert')
        .getByText('You may assign to yourself or someone up your manager chain.')
        .waitFor();
    } finally {
      await api.employees.update(w.agent.id, { managerId: w.manager.id });
    }
    expect((await api.cases.get(opened.id)).ownerId).toBe(w.agent.id);
    await inert(page);

    // Her lead: himself and everyone under him, on the case page and in the inbox's bulk assign.
    page = await e2e.signIn('manager');
    await page.goto(`${e2e.server.url}/cases/${opened.id}`);
    await expect.poll(() => offered(page!.getByLabel('Reassign to'))).toEqual(managerMay);
    await page.goto(`${e2e.server.url}/cases`);
    await page.getByRole('checkbox', { name: 'Select every case on this page' }).check();
    const bulk = page.getByRole('form', { name: 'Assign the selected cases' });
    await expect.poll(() => offered(bulk.getByLabel('Assign to'))).toEqual(managerMay);
    await check(page, 'cases-bulk-assign-manager');
    await inert(page);

    // Praise about the agent gives her lead a thank-you task: he may hand it to his people only.
    const praise = await api.praise.create({
      source: 'contact_form',
      employeeIds: [w.agent.id],
      customerId: w.customerId,
      text: 'Thank you for sorting out the roaming charges so quickly.',
    });
    const [followUp] = (await api.tasks.list({ praiseId: praise.id, status: 'open' })).items;
    expect(followUp?.assigneeId).toBe(w.manager.id);
    await page.goto(`${e2e.server.url}/praise`);
    const handOver = page
      .getByRole('form', { name: `Hand over: ${followUp?.title ?? ''}` })
      .first();
    await expect.poll(() => offered(handOver.getByLabel('Hand over to'))).toEqual(managerMay);
    await handOver.getByLabel('Hand over to').selectOption(w.agent.id);
    await handOver.getByRole('button', { name: 'Hand over' }).click();
    await page.getByText(`Handed over to ${w.agent.name}`, { exact: false }).waitFor();
    expect((await api.tasks.get(followUp?.id ?? '')).assigneeId).toBe(w.agent.id);
    await check(page, 'praise-hand-over-manager');
    await inert(page);
  });
});
