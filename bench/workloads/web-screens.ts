/**
 * Workload 8, the screens: with 1M responses in the store, the overview and a customer's history
 * in Debian's Chromium — time from navigation to the overview's NPS, CSAT and CES figures with
 * their n on screen, and to one customer's timeline on screen — against the same screens of the
 * same app over a store of 10k responses built the same way, measured alternately in the same run.
 *
 * The store (datasets/sqlite-store.ts) holds every response with its answers, the interactions,
 * customers, teams and employees, and the metric cube, as the app keeps them; the server is
 * `rapport serve`'s (bench/servers/rapport.ts with the built web app). An analyst signs in
 * through POST /api/v1/auth/login in a fresh browser context (empty cache) before each load,
 * then the page is opened by URL: the overview over the dataset's last 90 days (the overview's
 * default length; the data end on 31 Oct 2026), and the history of the customer with the most
 * touchpoints, three of them chats with transcripts added through the API. Both screens are
 * checked once before timing: the figures' n must equal DuckDB's count over the generated
 * answers, and the timeline must list every touchpoint of the customer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { sharedGenerated } from '../datasets/duck-generated.ts';
import { builtStores, sqliteStoreFromDuck, storeKey } from '../datasets/sqlite-store.ts';
import { rapportServer, type Child } from '../lib/child.ts';
import { log } from '../lib/log.ts';
import type { Row } from '../lib/result.ts';
import { summarize } from '../lib/stats.ts';
import { api, bootstrapKey } from '../lib/workspace.ts';
import { fmtSize } from './dashboard.ts';
import { FIGURES_SHOWN, SETTLED, SHOWN_TEXT, TIMELINE_SHOWN, type InPage } from './web-probes.ts';
import { inChromium } from './web.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WEB_DIST = join(ROOT, 'packages', 'web', 'dist');
const USER = {
  email: 'analyst@bench.example',
  name: 'Bench Analyst',
  role: 'analyst',
  password: 'bench-analyst-passphrase-2026',
};
/** The last 90 days of the dataset, both ends included (the overview's custom period). */
const PERIOD = { from: '2026-08-03', to: '2026-10-31', apiTo: '2026-11-01' };
const GOAL_MS = 2000;

interface Tier {
  size: number;
  server: Child;
  customerId: string;
  /** NPS, CSAT and CES answers in the period (DuckDB's count). */
  n: Record<'nps' | 'csat' | 'ces', number>;
  touchpoints: number;
}

function ensureWebBuilt(): void {
  if (existsSync(join(WEB_DIST, 'index.html'))) return;
  log('web screens: building the web app (npm run build:web)');
  const r = spawnSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'ignore' });
  if (r.status !== 0) throw new Error('npm run build:web failed');
}

const num = (x: unknown) => Number(x);

/** A tier's store written (in this process), its server not started yet. */
interface TierStore {
  size: number;
  path: string;
  key: { workspaceId: string; apiKey: string };
  customer: number;
  /** The customer's responses, each a touchpoint of the history (with or without an interaction). */
  responseTouchpoints: number;
  n: Record<'nps' | 'csat' | 'ces', number>;
}

async function storeTier(
  size: number,
  seed: number,
  tmp: string,
  allRows: boolean,
): Promise<TierStore> {
  const t0 = Date.now();
  const path = join(mkdtempSync(join(tmp, 'screens-')), 'rapport.db');
  const key = await bootstrapKey({ dialect: 'sqlite', path });
  const duck = await sharedGenerated(size, seed);
  let customer: number;
  let responseTouchpoints: number;
  const n = { nps: 0, csat: 0, ces: 0 };
  try {
    const top = (
      await duck.conn.runAndReadAll(
        // The customer with the most transactional responses (each through an interaction); the
        // history also shows their relationship responses, which have none, on their own.
        `select cust, count(*) filter (where survey = 1) as tx, count(*) as n from resp
         group by cust order by tx desc, cust limit 1`,
      )
    ).getRowObjectsJS()[0];
    customer = num(top?.cust);
    responseTouchpoints = num(top?.n);
    const counts = await sqliteStoreFromDuck(
      path,
      key.workspaceId,
      duck.conn,
      size,
      allRows ? {} : { rowsOf: customer },
    );
    const ns = await duck.conn.runAndReadAll(
      `select metric, count(*) as n from answers where metric in ('nps', 'csat', 'ces')
       and day >= date '${PERIOD.from}' and day < date '${PERIOD.apiTo}' group by metric`,
    );
    for (const r of ns.getRowObjectsJS()) n[String(r.metric) as keyof typeof n] = num(r.n);
    log(
      `web screens ${fmtSize(size)}: ${Object.entries(counts)
        .map(([t, c]) => `${c.toLocaleString('en')} ${t}`)
        .join(', ')} in ${Math.round((Date.now() - t0) / 1000)} s`,
    );
  } finally {
    duck.close();
  }
  return { size, path, key, customer, responseTouchpoints, n };
}

/**
 * Starts the tier's server (`rapport serve`'s, with the web app) and adds its analyst and chats;
 * `reuse` (--quick): in a parked server's process if there is one (see lib/child.ts).
 */
async function serveTier(st: TierStore, seed: number, reuse = false): Promise<Tier> {
  const { key } = st;
  const server = await rapportServer(['--db', st.path, '--web', WEB_DIST], { reuse });
  try {
    await api(server.url, key.apiKey, 'POST', '/api/v1/users', USER);
    const customerId = `cus_${String(st.customer).padStart(8, '0')}`;
    // Three chats with transcripts, through the API, so the timeline shows conversations too.
    for (let k = 0; k < 3; k++)
      await api(server.url, key.apiKey, 'POST', '/api/v1/interactions', {
        customerId,
        channel: 'chat',
        stage: 'support',
        occurredAt: `2026-10-2${k + 1}T10:00:00.000Z`,
        outcome: 'resolved',
        employeeIds: ['emp_a001'],
        transcript: [
          { speaker: 'customer', text: 'Hi, my parcel has not arrived yet.' },
          { speaker: 'agent', employeeId: 'emp_a001', text: 'Sorry about that, let me check.' },
          { speaker: 'agent', employeeId: 'emp_a001', text: 'It is at the depot; tomorrow.' },
          { speaker: 'customer', text: 'Thanks, that helps a lot.' },
        ],
      });
    builtStores.set(storeKey(st.size, seed), { path: st.path, ...key });
    return { size: st.size, server, customerId, n: st.n, touchpoints: st.responseTouchpoints + 3 };
  } catch (e) {
    await server.stop();
    throw e;
  }
}

async function buildTier(size: number, seed: number, tmp: string, allRows: boolean): Promise<Tier> {
  return serveTier(await storeTier(size, seed, tmp, allRows), seed);
}

const overviewPath = `/overview?from=${PERIOD.from}&to=${PERIOD.to}`;
const customerPath = (t: Tier) => `/customers/${t.customerId}`;

/** One load in a fresh context (signed in, empty cache): [shown, settled] ms since navigation. */
async function load(
  browser: Browser,
  tier: Tier,
  path: string,
  shown: InPage,
  check?: (text: Record<string, string>) => void,
): Promise<[number, number]> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  try {
    const login = await context.request.post(`${tier.server.url}/api/v1/auth/login`, {
      data: { email: USER.email, password: USER.password },
    });
    if (!login.ok()) throw new Error(`sign-in → ${login.status()}: ${await login.text()}`);
    const page = await context.newPage();
    await page.goto(`${tier.server.url}${path}`, { waitUntil: 'commit' });
    const at = num(
      await (
        await page.waitForFunction(shown, undefined, { polling: 'raf', timeout: 30_000 })
      ).jsonValue(),
    );
    const settled = num(
      await (
        await page.waitForFunction(SETTLED, undefined, { polling: 'raf', timeout: 30_000 })
      ).jsonValue(),
    );
    if (check) check(await page.evaluate(SHOWN_TEXT));
    return [at, settled];
  } finally {
    await context.close();
  }
}

function checkOverview(tier: Tier, shown: Record<string, string>): void {
  for (const m of ['nps', 'csat', 'ces'] as const) {
    const n = Number(/n = ([0-9,]+)/.exec(shown[m] ?? '')?.[1]?.replaceAll(',', ''));
    if (n !== tier.n[m])
      throw new Error(
        `overview ${fmtSize(tier.size)}: ${m} shows n = ${n}, DuckDB counts ${tier.n[m]}`,
      );
  }
}

function checkHistory(tier: Tier, shown: Record<string, string>): void {
  const total = Number(/of ([0-9]+) touchpoints/.exec(shown.foot ?? '')?.[1]);
  if (total !== tier.touchpoints)
    throw new Error(
      `history ${fmtSize(tier.size)}: "${shown.foot}", expected ${tier.touchpoints} touchpoints`,
    );
}

export interface ScreensOptions {
  size: number;
  baseSize: number;
  repeats: number;
  loads: number;
  seed: number;
  tmp: string;
  /** Every response's rows, not only the opened customer's (see datasets/sqlite-store.ts). */
  allRows: boolean;
  /**
   * --quick: a tier's server starts while the next store is written, and the checks (the
   * warm-up loads) of the four screens run together; the timed loads one at a time as ever.
   */
  quick?: boolean;
}

/** Both tiers with their servers up (nothing loaded in the browser yet). */
export interface Screens {
  big: Tier;
  base: Tier;
  /** Stops both servers (or, given `keep`, the base tier's only). */
  stop(keep?: boolean): Promise<void>;
}

/** The set-up of webScreensWorkload: both tiers' stores written and their servers up. */
export async function prepareScreens(o: ScreensOptions): Promise<Screens> {
  ensureWebBuilt();
  if (!o.quick) {
    const big = await buildTier(o.size, o.seed, o.tmp, o.allRows);
    try {
      const base = await buildTier(o.baseSize, o.seed, o.tmp, o.allRows);
      return screens(big, base);
    } catch (e) {
      await big.server.stop();
      throw e;
    }
  }
  const bigServing = serveTier(await storeTier(o.size, o.seed, o.tmp, o.allRows), o.seed, true);
  bigServing.catch(() => undefined);
  const baseServing = storeTier(o.baseSize, o.seed, o.tmp, o.allRows).then((st) =>
    serveTier(st, o.seed, true),
  );
  baseServing.catch(() => undefined);
  const [big, base] = await Promise.allSettled([bigServing, baseServing]);
  if (big.status === 'fulfilled' && base.status === 'fulfilled')
    return screens(big.value, base.value);
  for (const t of [big, base]) if (t.status === 'fulfilled') await t.value.server.stop();
  throw (big.status === 'rejected' ? big.reason : (base as PromiseRejectedResult).reason) as Error;
}

function screens(big: Tier, base: Tier): Screens {
  return {
    big,
    base,
    async stop(keep = false) {
      await base.server.stop();
      if (!keep) await big.server.stop();
    },
  };
}

/** The checks (also the warm-up), the timed loads of both screens over both tiers, the rows. */
export async function measureScreens(
  browser: Browser,
  s: Screens,
  o: ScreensOptions,
): Promise<Row[]> {
  const { big, base } = s;
  const tiers = [big, base];
  // Warm-up (the server's statement caches, Chromium's first process) and the checks.
  const checks = tiers.flatMap((t) => [
    () => load(browser, t, overviewPath, FIGURES_SHOWN, (ev) => checkOverview(t, ev)),
    () => load(browser, t, customerPath(t), TIMELINE_SHOWN, (ev) => checkHistory(t, ev)),
  ]);
  if (o.quick) await Promise.all(checks.map((c) => c()));
  else for (const c of checks) await c();
  log(
    `web screens: figures and touchpoints verified; ${o.repeats}×${o.loads} loads per screen and store`,
  );
  type Runs = { shown: number[]; settled: number[] };
  const runs = () => tiers.map((): Runs => ({ shown: [], settled: [] }));
  const ov = runs();
  const hi = runs();
  for (let r = 0; r < o.repeats; r++) {
    const cur = { ov: runs(), hi: runs() };
    for (let i = 0; i < o.loads; i++)
      for (let k = 0; k < tiers.length; k++) {
        const t = tiers[k] as Tier;
        const a = await load(browser, t, overviewPath, FIGURES_SHOWN);
        const b = await load(browser, t, customerPath(t), TIMELINE_SHOWN);
        (cur.ov[k] as Runs).shown.push(a[0]);
        (cur.ov[k] as Runs).settled.push(a[1]);
        (cur.hi[k] as Runs).shown.push(b[0]);
        (cur.hi[k] as Runs).settled.push(b[1]);
      }
    for (const [all, now] of [
      [ov, cur.ov],
      [hi, cur.hi],
    ] as const)
      for (let k = 0; k < tiers.length; k++) {
        (all[k] as Runs).shown.push(summarize((now[k] as Runs).shown).median);
        (all[k] as Runs).settled.push(summarize((now[k] as Runs).settled).median);
      }
  }
  const fig = (runs: Runs, t: Tier, label: string) => ({
    label: `${label}, ${fmtSize(t.size)} responses`,
    unit: 'ms',
    summary: summarize(runs.shown.map(Math.round)),
    detail: `whole screen loaded ${Math.round(summarize(runs.settled).median)} ms`,
  });
  const goal = o.size >= 1_000_000;
  const row = (what: string, label: string, all: Runs[]): Row => {
    const rap = fig(all[0] as Runs, big, label);
    return {
      workload: '8 web',
      case: `${what} @ ${fmtSize(big.size)} responses`,
      rapport: rap,
      baseline: fig(all[1] as Runs, base, 'the same screen'),
      higherIsBetter: false,
      ...(goal ? { goal: '< 2 s at 1M', met: rap.summary.median < GOAL_MS } : {}),
      note: o.allRows
        ? '(every response, answer and interaction row in the store)'
        : '(store: the cube of every response, all customers; response, answer and interaction rows of the opened customer only)',
    };
  };
  return [
    row(
      'overview: NPS, CSAT, CES with n on screen',
      'analyst, /overview, last 90 days of data',
      ov,
    ),
    row(
      `customer history: timeline on screen (${big.touchpoints} touchpoints)`,
      'analyst, /customers/:id',
      hi,
    ),
  ];
}

export async function webScreensWorkload(o: ScreensOptions): Promise<Row[]> {
  return inChromium(await prepareScreens(o), (b, s) => measureScreens(b, s, o));
}
