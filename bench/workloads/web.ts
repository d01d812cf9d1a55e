/**
 * Workload 8: the web survey page (/s/p/<token>, server-rendered) in Debian's Chromium — bytes
 * transferred (CDP encodedDataLength, every resource) and first contentful paint, each load in
 * a fresh browser context — against the same HTML served as a static file by node:http (the
 * floor for that content).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { rapportServer } from '../lib/child.ts';
import { log } from '../lib/log.ts';
import type { Row } from '../lib/result.ts';
import { summarize } from '../lib/stats.ts';
import { api, bootstrapKey, populate } from '../lib/workspace.ts';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function loadOnce(browser: Browser, url: string): Promise<{ bytes: number; fcp: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    cdp.on(
      'Network.loadingFinished',
      (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength),
    );
    await page.goto(url, { waitUntil: 'load' });
    const fcp = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const hit = performance.getEntriesByName('first-contentful-paint')[0];
          if (hit) return resolve(hit.startTime);
          new PerformanceObserver((l) => {
            const e = l.getEntriesByName('first-contentful-paint')[0];
            if (e) resolve(e.startTime);
          }).observe({ type: 'paint' as never, buffered: true });
          setTimeout(() => resolve(Number.NaN), 5000);
        }),
    );
    await page.waitForTimeout(50);
    return { bytes, fcp };
  } finally {
    await context.close();
  }
}

export interface WebOptions {
  repeats: number;
  loads: number;
  seed: number;
  tmp: string;
  /** --quick: the server in a parked process if there is one (see lib/child.ts). */
  quick?: boolean;
}

/** The survey page's server and its static copy, up and ready to load (nothing timed yet). */
export interface SurveyPage {
  url: string;
  staticUrl: string;
  html: string;
  stop(): Promise<void>;
}

/**
 * The set-up of webWorkload: a workspace with a public survey link on its own server, and the
 * static copy (--quick: the server in a parked process if there is one, see lib/child.ts).
 */
export async function prepareSurveyPage(o: WebOptions): Promise<SurveyPage> {
  const dir = mkdtempSync(join(o.tmp, 'web-'));
  const path = join(dir, 'web.db');
  const key = await bootstrapKey({ dialect: 'sqlite', path });
  const server = await rapportServer(['--db', path], { reuse: o.quick === true });
  const stat = createServer();
  const stop = async () => {
    stat.close();
    await server.stop();
  };
  try {
    const ws = await populate(server.url, key, o.seed, {
      teams: 1,
      agents: 1,
      customers: 1,
      interactions: 1,
    });
    const link = await api<{ url: string }>(
      server.url,
      ws.apiKey,
      'POST',
      `/api/v1/surveys/${ws.surveyId}/public-link`,
      { enabled: true },
    );
    const url = `${server.url}${new URL(link.url).pathname}`;
    const html = await (await fetch(url)).text();
    stat.on('request', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    });
    await new Promise<void>((r) => stat.listen(0, '127.0.0.1', r));
    const staticUrl = `http://127.0.0.1:${(stat.address() as AddressInfo).port}/`;
    return { url, staticUrl, html, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    // Playwright gives each launch a fresh temporary profile (its own --user-data-dir).
    args: ARGS,
  });

/** The survey page's loads, Rapport's and the static copy's alternately, and its rows. */
export async function measureSurveyPage(
  browser: Browser,
  page: SurveyPage,
  o: WebOptions,
): Promise<Row[]> {
  const { url, staticUrl, html } = page;
  log(`web: survey page ${html.length} bytes of HTML; ${o.repeats}×${o.loads} loads each`);
  const rap = { bytes: [] as number[], fcp: [] as number[] };
  const base = { bytes: [] as number[], fcp: [] as number[] };
  await loadOnce(browser, url); // warm-up
  await loadOnce(browser, staticUrl);
  for (let r = 0; r < o.repeats; r++) {
    const fr: number[] = [];
    const fb: number[] = [];
    for (let i = 0; i < o.loads; i++) {
      const a = await loadOnce(browser, url);
      const b = await loadOnce(browser, staticUrl);
      fr.push(a.fcp);
      fb.push(b.fcp);
      rap.bytes.push(a.bytes);
      base.bytes.push(b.bytes);
    }
    rap.fcp.push(summarize(fr).median);
    base.fcp.push(summarize(fb).median);
  }
  const bytes = summarize(rap.bytes).median;
  return [
    {
      workload: '8 web',
      case: 'survey page, first contentful paint',
      rapport: {
        label: 'GET /s/p/<token> (server-rendered, no script)',
        unit: 'ms',
        summary: summarize(rap.fcp.map(Math.round)),
      },
      baseline: {
        label: 'the same HTML as a static file (node:http)',
        unit: 'ms',
        summary: summarize(base.fcp.map(Math.round)),
      },
      higherIsBetter: false,
    },
    {
      workload: '8 web',
      case: 'survey page, bytes transferred',
      rapport: {
        label: 'all resources, headers included',
        unit: 'bytes',
        summary: summarize(rap.bytes),
      },
      baseline: {
        label: 'the same HTML as a static file (node:http)',
        unit: 'bytes',
        summary: summarize(base.bytes),
      },
      higherIsBetter: false,
      goal: '< 20 KB',
      met: bytes < 20_000,
    },
  ];
}

/** Measures what `prepared` set up in a fresh Chromium; closes both, whatever happens. */
export async function inChromium<T extends { stop(): Promise<void> }>(
  prepared: T,
  measure: (browser: Browser, prepared: T) => Promise<Row[]>,
): Promise<Row[]> {
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    return await measure(browser, prepared);
  } finally {
    await browser?.close();
    await prepared.stop();
  }
}

export async function webWorkload(o: WebOptions): Promise<Row[]> {
  return inChromium(await prepareSurveyPage(o), (b, page) => measureSurveyPage(b, page, o));
}
