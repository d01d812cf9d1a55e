import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { createCustomer, systemClock, systemCtx, systemIds } from '@rapport/core';
import { bootstrapWorkspace } from '@rapport/server';
import { openStore } from '@rapport/store';
import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { memoryIo } from '../testing/memory-io.ts';

describe('rapport export --out', () => {
  it('leaves the file as it was when the export fails, and names a missing folder in a sentence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-export-'));
    const path = join(dir, 'r.db');
    const env = { DATABASE_URL: path, LOG_LEVEL: 'silent' };
    const store = await openStore({ dialect: 'sqlite', path });
    const deps = { clock: systemClock, ids: systemIds() };
    const { workspace } = await bootstrapWorkspace(store, deps, 'CLI');
    const anna = await store.write((r) =>
      createCustomer({ ...deps, r }, systemCtx(workspace.id), { name: 'Anna Example' }),
    );
    const audited = () =>
      store.read((r) => r.audit.list(workspace.id, { targetId: anna.id }, { limit: 10 }));
    const run = async (...args: string[]) => {
      const io = memoryIo({ cwd: dir });
      return { code: await main(args, io, env), err: io.err() };
    };
    const kept = 'id,name\ncus_1,Yesterday’s export\n';
    const target = join(dir, 'customers.csv');
    writeFileSync(target, kept);

    // An export that stops at a mistake leaves the file it would have replaced untouched.
    const noWorkspace = await run('export', 'customers', '--workspace', 'ws_nope', '--out', target);
    expect(noWorkspace.code).toBe(2);
    expect(noWorkspace.err).toContain('There is no workspace ws_nope');
    const noSurvey = await run('export', 'responses', '--out', target);
    expect(noSurvey.code).toBe(2);
    expect(noSurvey.err).toContain('give --survey');
    await setTimeout(100); // as the file is once the command's process is gone
    expect(readFileSync(target, 'utf8')).toBe(kept);

    // A folder that is not there, or a folder given as the file: a sentence, before any work.
    const missing = join(dir, 'missing');
    for (const args of [
      ['export', 'customers', '--out', 'missing/customers.csv'],
      ['export', '--all', '--out', 'missing/all.jsonl'],
      ['customer', 'export', anna.id, '--out', 'missing/anna.json'],
    ]) {
      const res = await run(...args);
      expect(res, args.join(' ')).toEqual({
        code: 2,
        err: `rapport ${args[0]}: The folder ${missing} does not exist.\nRun \`rapport ${args[0]} --help\` for usage.\n`,
      });
    }
    mkdirSync(join(dir, 'out'));
    const folder = await run('export', 'customers', '--out', 'out');
    expect(folder.code).toBe(2);
    expect(folder.err).toContain(`${join(dir, 'out')} is a folder; give a file name.`);
    // The customer's export, refused before it ran, left no audit entry saying it was made.
    expect((await audited()).items).toEqual([]);

    // A good export replaces the file, and leaves nothing else beside it.
    const before = readdirSync(dir).sort();
    expect(await run('export', 'customers', '--out', 'customers.csv')).toMatchObject({ code: 0 });
    expect(readFileSync(join(dir, 'customers.csv'), 'utf8')).toContain('Anna Example');
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(existsSync(missing)).toBe(false);
    await store.close();
  }, 60_000);
});
