/**
 * The axe-core accessibility audit of a page. Rapport's CSP (`script-src 'self'`) refuses
 * inline scripts, and page.addScriptTag({ path }) injects the file's content inline, so the
 * audit evaluates axe's source through the DevTools protocol instead (page.evaluate), which
 * the CSP does not govern — the page's own policy stays in force for everything else.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
let source: string | undefined;

/** Pages whose CSP report comes from the audit's own attempt to inject axe inline. */
export const injecting = new WeakSet<Page>();

interface AxeResult {
  violations: Array<{
    id: string;
    impact?: string | null;
    help: string;
    nodes: Array<{ target: unknown[]; failureSummary?: string }>;
  }>;
}

async function inject(page: Page): Promise<void> {
  const present = () => page.evaluate(() => 'axe' in globalThis);
  if (await present()) return;
  injecting.add(page);
  try {
    await page.addScriptTag({ path: AXE_PATH });
  } catch {
    // Refused by the CSP: fall through.
  }
  const added = await present();
  injecting.delete(page);
  if (added) return;
  source ??= readFileSync(AXE_PATH, 'utf8');
  await page.evaluate(source);
  if (!(await present())) throw new Error('axe-core could not be injected into the page');
}

/** The serious and critical violations of WCAG 2.x A/AA and best practice on the page. */
export async function auditPage(page: Page): Promise<AxeViolation[]> {
  await inject(page);
  // Runs in the page (whose globalThis is the window): the whole document is audited.
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(opts: unknown): Promise<unknown> } }).axe;
    return (await axe.run({
      resultTypes: ['violations'],
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    })) as unknown;
  });
  return (result as AxeResult).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
}
