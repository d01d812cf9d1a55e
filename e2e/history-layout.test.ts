/**
 * A customer's history settles without moving: the touchpoint cards load their transcripts one
 * by one, and a card that grew as its transcript arrived pushed everything under it down — the
 * "Show more" button could slide from under the pointer between press and release. Here the
 * transcripts are held back until the page has been looked at, and every place the button takes
 * is recorded frame by frame, from its first appearance until the page is quiet.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startE2e, type E2e } from './harness.ts';

/** One interaction's GET (a transcript), not the list nor a write. */
const TRANSCRIPT = /\/api\/v1\/interactions\/[^/?]+$/;

/** Records, in the page, each distinct top (in the document) of the first match of `selector`. */
function recordTops(selector: string) {
  type Box = { getBoundingClientRect(): { top: number } };
  const g = globalThis as unknown as {
    document: { querySelector(s: string): Box | null };
    scrollY: number;
    requestAnimationFrame(f: () => void): number;
    __tops: number[];
  };
  g.__tops = [];
  const look = () => {
    const el = g.document.querySelector(selector);
    if (el) {
      const top = Math.round(el.getBoundingClientRect().top + g.scrollY);
      if (g.__tops[g.__tops.length - 1] !== top) g.__tops.push(top);
    }
    g.requestAnimationFrame(look);
  };
  g.requestAnimationFrame(look);
}

const tops = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { __tops: number[] }).__tops);

/** Holds every transcript request until `release()`; `held` counts those held so far. */
async function holdTranscripts(page: Page) {
  const gate = { held: 0, open: false, waiting: [] as Array<() => void> };
  await page.route(TRANSCRIPT, async (route) => {
    if (route.request().method() !== 'GET') return route.continue();
    if (!gate.open) {
      gate.held++;
      await new Promise<void>((r) => gate.waiting.push(r));
    }
    await route.continue();
  });
  return {
    held: () => gate.held,
    close() {
      gate.open = false;
      gate.held = 0;
    },
    release() {
      gate.open = true;
      for (const r of gate.waiting.splice(0)) r();
    },
  };
}

describe('customer history layout', { timeout: 120_000 }, () => {
  let e2e: E2e;
  let customerId = '';
  /** How many of the customer's interactions have a transcript (the oldest is one of them). */
  let chats = 0;

  beforeAll(async () => {
    e2e = await startE2e();
    const api = e2e.server.api;
    const agent = (await api.employees.list({ limit: 1 })).items[0];
    if (!agent) throw new Error('the demo has no employees');
    const customer = await api.customers.create({
      name: 'Dana Whitfield',
      email: 'dana.whitfield@example.com',
      segment: 'Residential',
    });
    customerId = customer.id;
    // 21 touchpoints over three weeks, so the history shows 20 and a "Show 1 more" button:
    // chats of 1 to 9 messages (some long enough to wrap), calls with a note and no transcript.
    const long =
      'I have been charged twice for the same month and the second payment left my account ' +
      'overdrawn, so now the bank is charging me as well; I need both refunded, please.';
    for (let k = 0; k < 21; k++) {
      const at = new Date(Date.now() - (21 - k) * 86_400_000).toISOString();
      const chat = k % 3 !== 2;
      const size = 1 + (k % 9);
      await api.interactions.create({
        customerId,
        channel: chat ? 'chat' : 'phone',
        stage: k < 7 ? 'purchase' : 'support',
        occurredAt: at,
        outcome: k % 4 === 0 ? 'unresolved' : 'resolved',
        employeeIds: [agent.id],
        ...(chat
          ? {
              transcript: Array.from({ length: size }, (_, m) => ({
                speaker: m % 2 === 0 ? ('customer' as const) : ('agent' as const),
                employeeId: m % 2 === 0 ? null : agent.id,
                text: m % 4 === 0 ? long : `Message ${m + 1} of chat ${k + 1}.`,
              })),
            }
          : { note: 'Called about the bill; promised a call back tomorrow.' }),
      });
      if (chat) chats++;
    }
  }, 180_000);
  afterAll(async () => {
    await e2e?.close();
  });

  test('nothing under the cards moves while their transcripts load', async () => {
    const page = await e2e.signIn('admin');
    const gate = await holdTranscripts(page);
    // The button under the cards: the one a user would press as the page settles.
    await page.addInitScript(recordTops, '.list-foot ~ button');
    await page.goto(`${e2e.server.url}/customers/${customerId}`);
    await page.getByRole('heading', { level: 1, name: 'Dana Whitfield' }).waitFor();
    // The first transcripts asked for (four at a time) and held; the page drawn meanwhile.
    await expect.poll(gate.held).toBe(4);
    await page.waitForTimeout(500);
    const partial = await page.getByText('Loading the transcript…').count();

    gate.release();
    const cards = page.locator('article.touchpoint');
    await expect.poll(() => cards.count()).toBe(20);
    // The newest 20 touchpoints: every chat but the oldest has its transcript drawn.
    await expect.poll(() => page.locator('section.transcript').count()).toBe(chats - 1);
    await page.getByRole('button', { name: 'Show 1 more' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);

    // Before the fix: the button first stood under 20 one-line "Loading the transcript…"
    // notices, then slid down, transcript by transcript.
    expect(await tops(page), 'every top the "Show 1 more" button took').toHaveLength(1);
    expect(partial, 'cards shown with their transcript still to come').toBe(0);

    // The next page waits for its transcript too: the cards on screen stay as they are, and
    // the new one comes whole.
    gate.close();
    await page.getByRole('button', { name: 'Show 1 more' }).click();
    await expect.poll(gate.held).toBe(1);
    await page.waitForTimeout(300);
    expect(await page.getByText('Loading the transcript…').count()).toBe(0);
    expect(await cards.count()).toBe(20);
    gate.release();
    await expect.poll(() => cards.count()).toBe(21);
    expect(await page.locator('section.transcript').count()).toBe(chats);
    expect(await page.getByRole('button', { name: /^Show \d+ more$/ }).count()).toBe(0);
    await page.getByText('Showing 21 of 21 touchpoints.').waitFor();
    expect(page.watch.problems).toEqual([]);
  });
});
