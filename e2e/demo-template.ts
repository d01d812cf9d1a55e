/**
 * The demo database every browser spec starts from, generated once per test run and copied
 * for each spec (generating it takes far longer than copying a file). Specs run in parallel
 * worker processes of one Vitest run: the first to need the template makes it under a lock
 * directory, the others wait for it.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock, systemIds } from '@rapport/core';
import { openStore } from '@rapport/store';
import { generateDemo, type DemoResult } from '../packages/cli/src/demo/generate.ts';

export interface DemoTemplate {
  dbPath: string;
  demo: DemoResult;
}

// One template per Vitest run: its worker processes share the parent's pid.
const DIR = join(tmpdir(), `rapport-e2e-template-${process.ppid}`);
const DB = join(DIR, 'demo.db');
const META = join(DIR, 'demo.json');
const LOCK = `${DIR}.lock`;

async function make(): Promise<void> {
  const staging = `${DIR}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const store = await openStore({ dialect: 'sqlite', path: join(staging, 'demo.db') });
  try {
    const demo = await generateDemo(store, { clock: systemClock, ids: systemIds() }, { seed: 1 });
    await writeFile(join(staging, 'demo.json'), JSON.stringify(demo));
  } finally {
    await store.close(); // checkpoints the WAL: the copy is one self-contained file
  }
  await rename(staging, DIR);
}

export async function demoTemplate(): Promise<DemoTemplate> {
  const deadline = Date.now() + 180_000;
  while (!existsSync(META)) {
    try {
      await mkdir(LOCK);
      try {
        if (!existsSync(META)) await make();
      } finally {
        await rm(LOCK, { recursive: true, force: true });
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (Date.now() > deadline)
        throw new Error(`Timed out waiting for the demo template in ${DIR}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return { dbPath: DB, demo: JSON.parse(await readFile(META, 'utf8')) as DemoResult };
}
