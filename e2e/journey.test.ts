/**
 * Screen 3 of issue 11 in Chromium against a demo workspace, as an analyst. The emotion map:
 * journey stage × emotion as a heat map and a table, every cell's share and n as the API's
 * `GET /api/v1/journey/emotions` gives them for the same segment and period; the filters live in
 * the URL, are reached and worked by the keyboard, and an empty period says so. The emotion arc
 * of story 5 (Erik Lund's chat with Thor), opened where the tour opens it: the customer's
 * messages read from negative to positive as the API's journey says, in words beside the chart,
 * and as a table (opened by keyboard) whose rows are the API's messages and readings.
 * Each view is photographed (laptop and phone) and audited with axe-core.
 */
import type {
  EmotionMap,
  EmotionMapParams,
  InteractionMessage,
  JourneySignal,
} from '@rapport/contracts';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { tourStops } from '../packages/web/src/tour/tour-stops.ts';
import { putOffDemoBacklog } from './closed-loop-world.ts';
import { hiddenWidth, startE2e, type E2e, type PageWatch } from './harness.ts';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };
const DAY_MS = 86_400_000;

type Grouping = 'ekman' | 'sentiment';
const WORDS: Record<string, string> = {
  anger: 'Anger',
  disgust: 'Disgust',
  fear: 'Fear',
  joy: 'Joy',
  sadness: 'Sadness',
  surprise: 'Surprise',
  neutral: 'Neutral',
  positive: 'Positive',
  negative: 'Negative',
  ambiguous: 'Mixed',
};
const word = (group: string) => WORDS[group] ?? group;
const stageWord = (stage: string) => {
  const w = stage.replace(/[_-]+/g, ' ').trim();
  return w.charAt(0).toUpperCase() + w.slice(1);
};

/** An emotion label in the app's words (British spelling, spaces). */
const emotion = (label = 'no strong emotion') =>
  label === 'realization' ? 'realisation' : label.replace(/_/g, ' ');
/** The emotion the arc's summary names: the strongest label, or a stronger group none stands for. */
const lead = (s: JourneySignal) => {
  const g = [...s.groupsBeyondTop].sort((a, b) => (b.p ?? 0) - (a.p ?? 0))[0];
  const top = s.top[0];
  return g && (g.p ?? 0) > (top?.p ?? 0) ? `${g.group} \\(group\\)` : emotion(top?.label);
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pct = (p: number) => `${Math.round(p * 100)} %`;

/** A row of the arc's table as the API's signal and message should read, cell by cell. */
function arcRow(k: number, s: JourneySignal, m: InteractionMessage | undefined): string[] {
  const ekman = s.ekman.map((g) => {
    const p = s.emotions[`ekman:${g}`];
    return p === undefined ? word(g) : `${word(g)} ${pct(p)}`;
  });
  const marks = (
    [
      ['praise', s.praise],
      ['effort', s.effort],
      ['churn risk', s.churnRisk],
      ['humour', s.humour],
      ['urgency', s.urgency],
    ] as const
  )
    .filter(([, p]) => p >= 0.5)
    .map(([name, p]) => `${name} ${pct(p)}`);
  if (s.escalation !== 'none') marks.push(`escalation: ${s.escalation}`);
  return [
    String(k + 1),
    m?.at ?? s.at,
    m?.text ?? '',
    ekman.join(', ') || 'none',
    s.top.map((e) => `${emotion(e.label)} ${pct(e.p)}`).join(', ') || 'none',
    word(s.sentiment),
    `${s.valence >= 0 ? '+' : '−'}${Math.abs(s.valence).toFixed(2)}`,
    marks.join(', ') || 'none',
  ];
}

/** A segment of the spec's own: the demo reads texts of its stories only, all of one segment. */
const SEGMENT = 'e2e_fleet';
const LINES = [
  'The van was booked for Monday and nobody came. I am really angry about this.',
  'This is the third time. Honestly it is a disgrace.',
  'I am worried the contract will lapse before you fix it.',
  'Thanks, that helps a lot.',
  'Great, I am happy with that answer.',
  'Wow, I did not expect you to call back so fast!',
  'I am sad that it took this long.',
  'Fine. Send the invoice to the office.',
  'That is wonderful news, thank you so much!',
  'I hate waiting on hold for an hour.',
  'OK, noted.',
  'Brilliant, you made my day.',
];

/** The API's range of a preset: whole UTC days, today included (the `to` day excluded). */
function lastDays(days: number): { from: string; to: string } {
  const to = Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`) + DAY_MS;
  return { from: new Date(to - days * DAY_MS).toISOString(), to: new Date(to).toISOString() };
}

/** What one cell of the table should read, from the API's cell. */
function tableText(map: EmotionMap, stage: string, group: string, grouping: Grouping): string {
  const row = map.rows.find((r) => r.stage === stage);
  const c = row?.[grouping][group];
  if (!row || !c || row.n === 0) return '–';
  if (c.share === null) return `${c.count} of ${row.n} (too few)`;
  const i = c.interval ? ` (${bounds(c.interval.low, c.interval.high)})` : '';
  return `${c.share} %${i}`;
}

/** Whole percent, or tenths when the two bounds would round alike (0 to 0.42 → "0–0.4"). */
function bounds(low: number, high: number): string {
  const alike = Math.round(low) === Math.round(high) && low !== high;
  const r = (v: number) => (alike ? Math.round(v * 10) / 10 : Math.round(v));
  return `${r(low)}–${r(high)}`;
}

/** What one cell of the heat map should say, from the API's cell: its share and n. */
function heatText(map: EmotionMap, stage: string, group: string, grouping: Grouping): string {
  const row = map.rows.find((r) => r.stage === stage);
  const share = row?.[grouping][group]?.share ?? null;
  if (!row || row.n === 0) return 'no texts';
  return share === null ? `n ${row.n} too few` : `${Math.round(share)} % n ${row.n}`;
}

/** The table's groups and stages in order, its cells keyed "Stage|Group", each stage's n. */
async function readTable(table: Locator) {
  return table.evaluate((t) => {
    const heads = [...t.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
    const cells: Record<string, string> = {};
    const n: Record<string, string> = {};
    for (const tr of t.querySelectorAll('tbody tr')) {
      const stage = tr.querySelector('th')?.textContent ?? '';
      const tds = [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '');
      n[stage] = tds[0] ?? '';
      tds.slice(1).forEach((text, k) => (cells[`${stage}|${heads[k + 2] ?? ''}`] = text));
    }
    return { heads: heads.slice(2), stages: Object.keys(n), cells, n };
  });
}

/**
 * The heat map's cell labels, keyed "Stage|Group": each label is placed in the cell whose
 * stage (y axis) and group (x axis) labels it lines up with, as a reader sees it.
 */
async function readHeatmap(chart: Locator, stages: string[], groups: string[]) {
  const texts = await chart.locator('svg text').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return {
        text: e.textContent ?? '',
        x: r.x + r.width / 2,
        y: r.y + r.height / 2,
        box: [r.left, r.top, r.right, r.bottom] as const,
      };
    }),
  );
  // Readable: no two labels drawn over each other.
  const overlaps: string[] = [];
  texts.forEach((a, i) =>
    texts.slice(i + 1).forEach((b) => {
      const [al, at, ar, ab] = a.box;
      const [bl, bt, br, bb] = b.box;
      if (Math.min(ar, br) - Math.max(al, bl) > 1 && Math.min(ab, bb) - Math.max(at, bt) > 1)
        overlaps.push(`“${a.text}” over “${b.text}”`);
    }),
  );
  const axis = (names: string[], take: (t: { x: number; y: number }) => number) =>
    names.map((name) => {
      const t = texts.find((x) => x.text === name);
      if (!t) throw new Error(`the heat map has no axis label “${name}”`);
      return { name, at: take(t) };
    });
  const rows = axis(stages, (t) => t.y);
  const cols = axis(groups, (t) => t.x);
  const step = (a: Array<{ at: number }>) =>
    a.length > 1 ? Math.abs((a[1]?.at ?? 0) - (a[0]?.at ?? 0)) : 40;
  const nearest = (a: Array<{ name: string; at: number }>, v: number) =>
    a.reduce((best, c) => (Math.abs(c.at - v) < Math.abs(best.at - v) ? c : best));
  const cells: Record<string, string> = {};
  for (const t of [...texts].sort((a, b) => a.y - b.y)) {
    const row = nearest(rows, t.y);
    const col = nearest(cols, t.x);
    if (Math.abs(row.at - t.y) > step(rows) / 2 || Math.abs(col.at - t.x) > step(cols) / 2)
      continue; // an axis or legend label, outside the grid
    if (stages.includes(t.text) && Math.abs(row.at - t.y) < 1) continue;
    const key = `${row.name}|${col.name}`;
    cells[key] = cells[key] ? `${cells[key]} ${t.text}` : t.text;
  }
  return { cells, overlaps: overlaps.slice(0, 5) };
}

/**
 * A customer of the spec's segment with two chats read by the worker: one 5 days ago (support)
 * and one 200 days ago (purchase), so that the segment and the period each change the map.
 */
async function arrange(e2e: E2e): Promise<void> {
  const api = e2e.server.api;
  const customer = await api.customers.create({ name: 'Fleet Buyer', segment: SEGMENT });
  const chat = async (daysAgo: number, stage: string, lines: readonly string[]) => {
    const at = Date.now() - daysAgo * DAY_MS;
    await api.interactions.create({
      customerId: customer.id,
      channel: 'chat',
      stage,
      occurredAt: new Date(at).toISOString(),
      outcome: 'resolved',
      transcript: lines.flatMap((text, k) => [
        { speaker: 'customer' as const, text, at: new Date(at + k * 120_000).toISOString() },
        {
          speaker: 'agent' as const,
          text: 'I understand, let me look at that for you.',
          at: new Date(at + k * 120_000 + 60_000).toISOString(),
        },
      ]),
    });
  };
  await chat(5, 'support', LINES);
  await chat(200, 'purchase', LINES.slice(1));
  // The worker reads each message (its queue, not the demo's backlog, is ahead now).
  const year = { ...lastDays(365), segment: SEGMENT };
  const deadline = Date.now() + 30_000;
  while ((await api.journey.emotions(year)).total < LINES.length * 2 - 1) {
    if (Date.now() > deadline) throw new Error('the worker did not read the spec’s chats');
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('the journey and emotion map on screen', { timeout: 60_000 }, () => {
  let e2e: E2e;
  let page: Page & { watch: PageWatch };
  beforeAll(async () => {
    e2e = await startE2e();
    // The demo's analysis backlog would change the map between the API's answer and the screen's.
    await putOffDemoBacklog(e2e.server.store);
    await arrange(e2e);
    page = await e2e.signIn('analyst');
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
  const mapChart = () => page.getByRole('img', { name: /^Emotion map by journey stage/ });
  const segment = () => page.getByRole('textbox', { name: 'Segment' });
  const period = () => page.getByRole('combobox', { name: 'Period' });
  const mapTable = () => page.getByRole('table', { name: /^Share of texts showing each/ });

  /** The screen shows, in the table and in the heat map, what the API answers for `query`. */
  async function showsApi(query: EmotionMapParams, grouping: Grouping): Promise<EmotionMap> {
    const map = await e2e.server.api.journey.emotions({ speaker: 'customer', ...query });
    const status = page.locator('main p[role="status"]');
    await expect.poll(() => status.textContent()).toContain(`· ${map.total} texts`);
    const stages = map.rows.map((r) => stageWord(r.stage));
    const groups = (grouping === 'ekman' ? map.ekmanGroups : map.sentiments).map(word);

    const table = {
      heads: groups,
      stages,
      cells: {} as Record<string, string>,
      n: {} as Record<string, string>,
    };
    const heat: Record<string, string> = {};
    let shares = 0;
    for (const row of map.rows) {
      table.n[stageWord(row.stage)] = String(row.n);
      for (const g of grouping === 'ekman' ? map.ekmanGroups : map.sentiments) {
        const key = `${stageWord(row.stage)}|${word(g)}`;
        table.cells[key] = tableText(map, row.stage, g, grouping);
        heat[key] = heatText(map, row.stage, g, grouping);
        if (row[grouping][g]?.share !== null) shares += 1;
      }
    }
    expect(shares, 'cells with a share to compare').toBeGreaterThanOrEqual(3);
    // Polled: the screen may still show the previous filters' answer for a moment.
    await expect.poll(() => readTable(mapTable())).toEqual(table);
    // The chart is drawn after the table (loaded on demand, then laid out).
    await expect
      .poll(() => readHeatmap(mapChart(), stages, groups).catch((e: Error) => e.message))
      .toEqual({ cells: heat, overlaps: [] });
    await expect.poll(() => mapChart().getAttribute('aria-label')).toContain(`${map.total} texts.`);
    return map;
  }

  test('the map shows the API’s share and n in every cell; segment and period follow the URL', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Journey' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Journey' }).waitFor();
    await mapChart().locator('svg').waitFor();
    const all = await showsApi(lastDays(90), 'ekman');
    // Stage, n and the seven groups fit a laptop's width: nothing hidden behind a scroll bar.
    const overflow = () => hiddenWidth(mapTable());
    expect(await overflow(), 'pixels hidden at 1280 px').toBe(0);
    await page.setViewportSize({ width: 1024, height: 800 });
    await expect.poll(overflow, { message: 'pixels hidden at 1024 px' }).toBe(0);
    await page.setViewportSize(LAPTOP);
    await check('journey-map');

    await segment().fill(SEGMENT);
    await segment().press('Enter');
    await expect.poll(() => page.url()).toContain(`segment=${SEGMENT}`);
    const fleet = await showsApi({ ...lastDays(90), segment: SEGMENT }, 'ekman');
    expect(fleet.total).toBe(LINES.length);
    expect(all.total).toBeGreaterThan(fleet.total);

    await period().selectOption({ label: 'Last 12 months' });
    await expect.poll(() => page.url()).toContain('period=365d');
    expect(page.url()).toContain(`segment=${SEGMENT}`);
    const year = await showsApi({ ...lastDays(365), segment: SEGMENT }, 'ekman');
    expect(year.total).toBe(LINES.length * 2 - 1);

    // The URL alone restores the view.
    await page.reload();
    await showsApi({ ...lastDays(365), segment: SEGMENT }, 'ekman');
    expect(await segment().inputValue()).toBe(SEGMENT);
    expect(page.watch.problems).toEqual([]);
  });

  test('chosen days with no texts show the empty state', async () => {
    await period().selectOption({ label: 'Chosen days…' });
    await page.getByLabel('First day').fill('2001-01-01');
    await page.getByLabel('Last day').fill('2001-01-31');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => page.url()).toMatch(/from=2001-01-01&to=2001-01-31/);
    const empty = await e2e.server.api.journey.emotions({
      from: '2001-01-01T00:00:00Z',
      to: '2001-02-01T00:00:00Z',
      segment: SEGMENT,
    });
    expect(empty.total).toBe(0);
    await page.getByText('No texts were read in this period.').waitFor();
    await page.getByText('1 Jan 2001 – 31 Jan 2001 · 0 texts').waitFor();
    expect(await mapChart().count()).toBe(0);
    await check('journey-map-empty');
    await page.setViewportSize(PHONE);
    await check('journey-map-empty-phone');
    await page.setViewportSize(LAPTOP);
  });

  test('by keyboard alone: every filter is reached in order and works', async () => {
    await page.goto(`${e2e.server.url}/journey`);
    await mapChart().locator('svg').waitFor();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Journey' })
      .focus();
    const focused = () =>
      page.evaluate(() => {
        type Focused = { id: string; tagName: string; getAttribute(name: string): string | null };
        const doc = (globalThis as unknown as { document: { activeElement: Focused | null } })
          .document;
        const el = doc.activeElement;
        return el?.id || el?.getAttribute('name') || el?.tagName || '';
      });
    const reached: string[] = [];
    for (let k = 0; k < 30 && !reached.includes('map-grouping'); k++) {
      await page.keyboard.press('Tab');
      reached.push(await focused());
    }
    const order = ['period', 'map-segment', 'map-channel', 'map-speaker', 'map-grouping'];
    expect(reached.filter((id) => order.includes(id))).toEqual(order);

    // On the first radio button: sentiment instead of emotions, with an arrow key.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.url()).toContain('by=sentiment');
    await showsApi(lastDays(90), 'sentiment');

    await segment().focus();
    await page.keyboard.type(SEGMENT);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`segment=${SEGMENT}`);
    await period().focus();
    await page.keyboard.press('ArrowUp'); // Last 90 days → Last 30 days
    await expect.poll(() => page.url()).toContain('period=30d');
    expect(page.url()).toContain('by=sentiment');
    await showsApi({ ...lastDays(30), segment: SEGMENT }, 'sentiment');
    await page.getByLabel('Whose words').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.url()).toContain('speaker=agent');
    const agents = await e2e.server.api.journey.emotions({
      ...lastDays(30),
      segment: SEGMENT,
      speaker: 'agent',
    });
    await page.getByText(`· ${agents.total} texts`, { exact: false }).waitFor();
    await check('journey-map-sentiment');

    await page.setViewportSize(PHONE);
    await page.goto(`${e2e.server.url}/journey`);
    await showsApi(lastDays(90), 'ekman');
    await check('journey-map-phone');
    await page.setViewportSize(LAPTOP);
    expect(page.watch.problems).toEqual([]);
  });

  test('story 5: the arc of Erik Lund’s chat with Thor goes from negative to positive, in words too', async () => {
    const demo = await e2e.server.api.demo.stories();
    const story = demo.stories.find((s) => s.key === 'thor-and-odin');
    const stop = tourStops(demo.stories, 'analyst').find((s) => s.key === 'thor-and-odin');
    if (!story?.customerId || !stop) throw new Error('the demo has no Thor-and-Odin story');
    const chatId = story.interactionIds[0] ?? '';
    expect(stop.href).toContain(`#touchpoint-${chatId}`);

    const journey = await e2e.server.api.journey.customer(story.customerId, { limit: 1000 });
    const tp = journey.touchpoints.find((t) => t.interactionId === chatId);
    const messages = (tp?.signals ?? [])
      .filter((s) => s.sourceType === 'message')
      .sort((a, b) => a.seq - b.seq);
    const customer = messages.filter((s) => s.speaker === 'customer');
    const first = customer[0] as JourneySignal;
    const last = customer.at(-1) as JourneySignal;
    expect(customer.length).toBeGreaterThanOrEqual(3);
    expect(first.valence).toBeLessThan(0);
    expect(last.valence).toBeGreaterThan(0);
    expect(tp?.emotions?.first).toBe(first.valence);
    expect(tp?.emotions?.last).toBe(last.valence);

    await page.goto(`${e2e.server.url}${stop.href}`);
    await page.getByRole('heading', { level: 1, name: 'Erik Lund' }).waitFor();
    const card = page.locator(`#touchpoint-${chatId}`);
    const arc = card.getByRole('img', { name: /^Emotional arc of the conversation/ });
    await arc.locator('svg').waitFor();

    // The chart in words: the number of messages, and where the customer began and ended.
    const valence = (v: number, tone: 'negative' | 'positive') =>
      `(very )?${tone} \\(${escape(`${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(2)}`)}\\)`;
    const began = valence(first.valence, 'negative');
    const ended = valence(last.valence, 'positive');
    const label = (await arc.getAttribute('aria-label')) ?? '';
    expect(label).toContain(`${messages.length} messages.`);
    expect(label).toMatch(new RegExp(`began ${began}, with ${lead(first)}`));
    expect(label).toMatch(new RegExp(`ended ${ended}, with ${lead(last)}`));
    // The card says it too: the customer's side from the first message's valence to the last's.
    await card.getByText(new RegExp(`from ${began} to ${ended}`)).waitFor();

    // Each customer message carries what it was read as, in words, as the API read it.
    const more = card.getByRole('button', { name: /^Show all \d+ messages$/ });
    if (await more.count()) await more.click();
    const lines = card.locator('li.message');
    await expect.poll(() => lines.count()).toBe(messages.length);
    for (const s of [first, customer[1] as JourneySignal, last]) {
      const li = lines.nth(messages.indexOf(s));
      expect(await li.getAttribute('class')).toContain('message-customer');
      const read = (await li.locator('.message-emotions').textContent()) ?? '';
      const top = s.top[0];
      if (top) expect(read).toContain(`${emotion(top.label)} ${Math.round(top.p * 100)} %`);
      for (const g of s.groupsBeyondTop) expect(read).toContain(`${g.group} (group)`);
      // Hovering says what "(group)" means, on the messages that show one.
      const hint = await li.locator('.message-emotions').getAttribute('title');
      if (s.groupsBeyondTop.length) expect(hint).toMatch(/^\(group\): an Ekman group/);
      else expect(hint).toBeNull();
      expect(read).toContain(`· ${s.sentiment}`);
    }
    expect(first.sentiment).toBe('negative');
    expect(last.sentiment).toBe('positive');

    // On the chart, each customer message is a circle at its place in the conversation and at
    // its valence on the axis from negative (−1) through neutral to positive (+1), as read.
    const drawn = await arc.locator('svg').evaluate((svg) => {
      type Box = { x: number; y: number; width: number; height: number };
      const center = (e: { getBoundingClientRect(): Box } | undefined) => {
        const r = e?.getBoundingClientRect();
        return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : { x: NaN, y: NaN };
      };
      const label = (t: string) =>
        [...svg.querySelectorAll('text')].find((e) => e.textContent === t);
      return {
        // ECharts draws a 'circle' symbol as this arc path; the agent's are triangles.
        circles: [...svg.querySelectorAll('path[d^="M1 0A1 1 0 1 1"]')].map(center),
        positive: center(label('positive')),
        neutral: center(label('neutral')),
        one: center(label('1')),
        two: center(label('2')),
      };
    });
    const points = drawn.circles.map((p) => ({
      message: Math.round(1 + (p.x - drawn.one.x) / (drawn.two.x - drawn.one.x)),
      valence: (drawn.neutral.y - p.y) / (drawn.neutral.y - drawn.positive.y),
    }));
    expect(points.map((p) => p.message)).toEqual(customer.map((s) => messages.indexOf(s) + 1));
    points.forEach((p, k) =>
      expect(p.valence, `message ${p.message}`).toBeCloseTo(customer[k]?.valence ?? NaN, 1),
    );

    // The same arc as a table, opened by keyboard: a row per message, in order, each with its
    // speaker, time, text (as text) and what the API read in it.
    const transcript = (await e2e.server.api.interactions.get(chatId)).messages;
    const toggle = card.getByText(`Show the arc as a table (${messages.length} messages)`);
    await toggle.focus();
    await page.keyboard.press('Enter');
    const table = card.getByRole('table', { name: /emotional arc, message by message/ });
    await table.waitFor();
    const shown = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = [...tr.children].map((c) => c.textContent ?? '');
        const time = tr.querySelector('time')?.getAttribute('datetime') ?? '';
        return { cells, time };
      }),
    );
    const want = messages.map((s, k) =>
      arcRow(
        k,
        s,
        transcript.find((m) => m.seq === s.seq),
      ),
    );
    expect(shown.map((r) => r.cells[0])).toEqual(want.map((w) => w[0]));
    expect(shown.map((r) => r.time)).toEqual(want.map((w) => w[1]));
    shown.forEach((r, k) => {
      const w = want[k] ?? [];
      const s = messages[k] as JourneySignal;
      expect(r.cells[1], `row ${k + 1}`).toMatch(
        s.speaker === 'customer' ? /^Customer$/ : /^(Agent|Bot)( · .+)?$/,
      );
      expect([r.cells[3], ...r.cells.slice(4, 7), r.cells[8]], `row ${k + 1}`).toEqual([
        w[2],
        w[3],
        w[4],
        w[5],
        w[7],
      ]);
      expect(r.cells[7], `row ${k + 1}`).toContain(w[6] ?? '');
    });
    expect(shown.some((r) => r.cells[1]?.includes('Thor'))).toBe(true);

    await card.scrollIntoViewIfNeeded();
    await check('journey-arc');
    await page.setViewportSize(PHONE);
    await arc.locator('svg').waitFor();
    await check('journey-arc-phone');
    await page.setViewportSize(LAPTOP);
    expect(page.watch.problems).toEqual([]);
    expect(page.watch.dialogs).toEqual([]);
  });
});
