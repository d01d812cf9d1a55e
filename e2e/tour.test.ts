/**
 * The guided first visit in Chromium, on the shared demo workspace (full size): a newcomer is
 * offered the tour in the header, takes it, and each story of DESIGN.md opens on the screen that
 * tells it — every stop photographed (laptop, and one on a phone) and audited with axe-core. The
 * tour is driven by the keyboard and remembered once finished. Story 3 is checked here through
 * the API too, because its chain needs the full-size demo: the linkage sentence and the teams
 * where the chain is broken are those the demo recorded.
 */
import type { DemoStoriesDto, DemoStoryDto } from '@rapport/contracts';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { tourStops, type TourStop } from '../packages/web/src/tour/tour-stops.ts';
import { startE2e, type E2e, type PageWatch } from './harness.ts';

const PHONE = { width: 390, height: 844 };

/** Waits until the stop's screen shows what the story is about. */
async function screenOf(page: Page, stop: TourStop, s: DemoStoryDto): Promise<void> {
  const main = page.locator('main');
  const h1 = main.getByRole('heading', { level: 1 });
  switch (stop.key) {
    case 'compliment':
      await h1.filter({ hasText: 'Martin Keller' }).waitFor();
      await main.locator('.chart svg').first().waitFor();
      return;
    case 'red-flag':
      if (stop.href.startsWith('/cases/')) {
        await main.getByRole('link', { name: 'The customer’s history' }).first().waitFor();
        await main.getByText(/churn/i).first().waitFor();
      } else await h1.filter({ hasText: 'Michael Allenson' }).waitFor();
      return;
    case 'unbroken-chain':
      await main.getByRole('heading', { name: 'Where the chain breaks' }).waitFor();
      await main.locator('.chain-headline').first().waitFor();
      return;
    case 'battery':
      await h1.filter({ hasText: 'Sam Whitaker' }).waitFor();
      await main.getByText('Arrived twenty minutes after the call', { exact: false }).waitFor();
      return;
    case 'thor-and-odin':
      await h1.filter({ hasText: 'Erik Lund' }).waitFor();
      await page
        .locator(`#touchpoint-${s.interactionIds[0]}`)
        .getByText('Can I be Odin then?', { exact: false })
        .first()
        .waitFor();
      return;
  }
}

describe('the guided first visit', { timeout: 180_000 }, () => {
  let e2e: E2e;
  let page: (Page & { watch: PageWatch }) | undefined;
  let demo: DemoStoriesDto;
  beforeAll(async () => {
    e2e = await startE2e();
    demo = await e2e.server.api.demo.stories();
  }, 240_000);
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && page)
      await e2e.shoot(page, `failed-tour-${task.name.slice(0, 30)}`);
  });
  afterAll(async () => {
    await e2e?.close();
  });

  test('the full-size demo holds the unbroken chain: its sentence and the chain-broken teams', async () => {
    expect(demo.stories.map((s) => s.key)).toEqual([
      'compliment',
      'red-flag',
      'unbroken-chain',
      'battery',
      'thor-and-odin',
    ]);
    const chain = demo.stories.find((s) => s.key === 'unbroken-chain');
    const linkage = await e2e.server.api.chain.linkage({
      period: chain?.period ?? '',
      outcome: 'csat',
    });
    for (const link of [linkage.leadershipToEngagement, linkage.engagementToOutcome]) {
      expect(link.primary.sentence).toMatch(
        /^(moderate|strong|very strong) positive link, r = 0\.\d\d, 95 % interval -?\d\.\d\d–\d\.\d\d, \d+ teams/,
      );
      expect(link.n).toBeGreaterThanOrEqual(8);
    }
    expect(linkage.chain.status).toBe('ok');
    expect(chain?.teamIds.length).toBeGreaterThan(0);
    expect(linkage.chain.broken.map((t) => t.teamId)).toEqual(chain?.teamIds);
    expect(linkage.teamsHidden).toBeGreaterThanOrEqual(1);
  });

  test('offered once, it opens each story on its screen, by keyboard; finished, it is remembered', async () => {
    page = await e2e.signIn('admin');
    const p = page;
    const stops = tourStops(demo.stories, 'admin');
    // Every story whose screen the app has: today all five.
    expect(stops.map((s) => s.key)).toEqual(demo.stories.map((s) => s.key));

    const offer = p.getByRole('banner').getByRole('group', { name: 'Guided tour' });
    await offer.waitFor();
    await e2e.shoot(p, 'tour-0-offer');
    expect(await e2e.audit(p), 'axe on the offer').toEqual([]);
    await offer.getByRole('button', { name: 'Take the tour' }).click();

    for (const [k, stop] of stops.entries()) {
      const panel = p.getByRole('region', { name: stop.title });
      await panel.waitFor();
      await expect.poll(() => p.url()).toBe(new URL(stop.href, e2e.server.url).href);
      const story = demo.stories.find((s) => s.key === stop.key) as DemoStoryDto;
      await screenOf(p, stop, story);
      expect(await panel.textContent()).toContain(`Story ${k + 1} of ${stops.length}`);
      await e2e.shoot(p, `tour-${k + 1}-${stop.key}`);
      expect(await e2e.audit(p), `axe on ${stop.key}`).toEqual([]);
      if (k === stops.length - 1) break;
      // By keyboard: the panel's Next button, then Enter.
      await panel.getByRole('button', { name: /^Next: / }).focus();
      await p.keyboard.press('Enter');
    }

    // The last stop on a phone: the panel sits at the bottom, the screen stays usable.
    await p.setViewportSize(PHONE);
    await e2e.shoot(p, 'tour-phone');
    expect(await e2e.audit(p), 'axe on the phone').toEqual([]);
    await p.setViewportSize({ width: 1280, height: 800 });

    await p.getByRole('button', { name: 'Finish' }).click();
    await expect.poll(() => p.getByRole('region', { name: stops.at(-1)?.title }).count()).toBe(0);
    const again = p.getByRole('button', { name: 'Take the guided tour of the demo’s stories' });
    await expect
      .poll(() => again.evaluate((el) => el === el.ownerDocument.activeElement))
      .toBe(true);

    await p.reload();
    await p.getByRole('navigation', { name: 'Main' }).waitFor();
    await again.waitFor();
    expect(await p.getByRole('group', { name: 'Guided tour' }).count()).toBe(0);
    // Started again, Escape puts it away.
    await again.click();
    await p
      .getByRole('region', { name: stops[0]?.title })
      .getByRole('button', { name: 'End tour' })
      .focus();
    await p.keyboard.press('Escape');
    await expect.poll(() => p.getByRole('region', { name: stops[0]?.title }).count()).toBe(0);
    expect(p.watch.problems).toEqual([]);
  });

  test('the praise the compliment climbed with, from the tour’s first stop', async () => {
    const p = await e2e.signIn('admin');
    page = p;
    const compliment = tourStops(demo.stories, 'admin')[0] as TourStop;
    const praise = compliment.also.find((l) => l.href.startsWith('/praise'));
    expect(praise).toBeDefined();
    await p.goto(new URL(praise?.href ?? '/', e2e.server.url).href);
    await p
      .locator('main')
      .getByText('Marcus — Mr Keller asked to be put through', { exact: false })
      .first()
      .waitFor();
    await e2e.shoot(p, 'tour-1-compliment-praise');
    expect(await e2e.audit(p), 'axe on the praise').toEqual([]);
  });
});
