/**
 * End-to-end harness: a real Rapport server on a free port over a temporary SQLite database
 * filled by `rapport demo` (run in-process: same code, no child to lose), and Debian's
 * Chromium driven by playwright-core with a fresh profile. Everything is removed on close.
 *
 *   const env = await startE2e();       // server + browser
 *   const page = await env.signIn('admin');
 *   await env.shoot(page, 'customers'); // .test-artifacts/screenshots/customers.png
 *   expect(await env.audit(page)).toEqual([]);  // axe-core: no serious/critical violations
 *   await env.close();
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSettings } from '@rapport/config';
import { createClient, type ApiClient, type Role } from '@rapport/contracts';
import { startServer, type RunningServer } from '@rapport/server';
import { openStore, type Store } from '@rapport/store';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { demoTemplate } from './demo-template.ts';
import { auditPage, injecting, type AxeViolation } from './axe.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SCREENSHOTS = join(ROOT, '.test-artifacts', 'screenshots');
export const CHROMIUM = '/usr/bin/chromium';
const WEB_DIST = join(ROOT, 'packages', 'web', 'dist');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface DemoUser {
  email: string;
  password: string;
}

export interface E2eServer {
  url: string;
  apiKey: string;
  workspaceId: string;
  users: Record<Role, DemoUser>;
  /** The typed API client, authenticated with the demo's admin key. */
  api: ApiClient;
  /** The server's store, for arranging what the API cannot (e.g. the job queue). */
  store: Store;
  close(): Promise<void>;
}

/** A server over a fresh demo workspace, listening on a free loopback port. */
export async function startDemoServer(): Promise<E2eServer> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(
      'The web app is not built: run `npx vite build --config packages/web/vite.config.ts` (npm test does).',
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'rapport-e2e-'));
  let server: RunningServer | undefined;
  try {
    const databaseUrl = join(dir, 'rapport.db');
    const template = await demoTemplate();
    await copyFile(template.dbPath, databaseUrl);
    const store = await openStore({ dialect: 'sqlite', path: databaseUrl });
    const demo = template.demo;
    const settings = loadSettings({
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'silent',
      WEB_DIST,
      LOGIN_RATE_LIMIT: '1000',
    });
    server = await startServer(settings, { store });
    const users = Object.fromEntries(
      demo.users.map((u) => [u.role, { email: u.email, password: u.password }]),
    ) as Record<Role, DemoUser>;
    const running = server;
    return {
      url: running.url,
      apiKey: demo.apiKey,
      workspaceId: demo.workspaceId,
      users,
      api: createClient({ baseUrl: running.url, apiKey: demo.apiKey }),
      store: running.store,
      async close() {
        await running.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await server?.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}

export interface PageWatch {
  /** Uncaught errors and Content-Security-Policy violations seen on the page. */
  problems: string[];
  /** Dialogs (alert, confirm, prompt) the page opened; each is dismissed. */
  dialogs: string[];
}

export interface E2e {
  server: E2eServer;
  context: BrowserContext;
  /** A new tab, watched for errors, CSP violations and dialogs. */
  newPage(): Promise<Page & { watch: PageWatch }>;
  /** A new tab signed in as the demo user of `role`, on the first screen. */
  signIn(role: Role): Promise<Page & { watch: PageWatch }>;
  /** Saves .test-artifacts/screenshots/<name>.png (the full page). */
  shoot(page: Page, name: string): Promise<string>;
  /** axe-core's serious and critical violations on the page as it is now. */
  audit(page: Page): Promise<AxeViolation[]>;
  close(): Promise<void>;
}

export async function startE2e(): Promise<E2e> {
  const server = await startDemoServer();
  const profile = await mkdtemp(join(tmpdir(), 'rapport-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
      locale: 'en-GB',
      timezoneId: 'Europe/London',
    });
  } catch (e) {
    await server.close();
    await rm(profile, { recursive: true, force: true });
    throw e;
  }
  context.setDefaultTimeout(15_000);
  await mkdir(SCREENSHOTS, { recursive: true });

  const newPage = async () => {
    const page = (await context.newPage()) as Page & { watch: PageWatch };
    const watch: PageWatch = { problems: [], dialogs: [] };
    page.watch = watch;
    page.on('pageerror', (err) => watch.problems.push(`page error: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() !== 'error' || !/Content Security Policy/i.test(msg.text())) return;
      if (!injecting.has(page)) watch.problems.push(`CSP: ${msg.text()}`);
    });
    page.on('dialog', (d) => {
      watch.dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss().catch(() => undefined);
    });
    return page;
  };

  return {
    server,
    context,
    newPage,
    async signIn(role) {
      await context.clearCookies();
      const page = await newPage();
      await page.goto(`${server.url}/customers`);
      const user = server.users[role];
      await page.getByLabel('E-mail').fill(user.email);
      await page.getByLabel('Password').fill(user.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      return page;
    },
    async shoot(page, name) {
      const path = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path, fullPage: true, animations: 'disabled' });
      return path;
    },
    audit: auditPage,
    async close() {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
      await server.close();
    },
  };
}

/**
 * How many pixels of a table are hidden behind its wrapper's sideways scroll (0: every column
 * in view; -1: the table has no wrapper).
 */
export const hiddenWidth = (table: Locator): Promise<number> =>
  table.evaluate((t) =>
    t.parentElement ? t.parentElement.scrollWidth - t.parentElement.clientWidth : -1,
  );
