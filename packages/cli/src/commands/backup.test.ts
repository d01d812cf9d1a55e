/**
 * `rapport backup --out FILE`: a checked copy of the SQLite database made while the API keeps
 * writing through the store, that opens as a Rapport database with every acknowledged row of
 * its snapshot; PostgreSQL is pointed to pg_dump.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock, systemCtx, systemIds, createCustomer } from '@rapport/core';
import { openStore } from '@rapport/store';
import { bootstrapWorkspace } from '@rapport/server';
import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { memoryIo } from '../testing/memory-io.ts';

describe('rapport backup', () => {
  it('copies the live SQLite database while customers are being written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-backup-cli-'));
    const store = await openStore({ dialect: 'sqlite', path: join(dir, 'data', 'rapport.db') });
    const deps = { clock: systemClock, ids: systemIds() };
    const ws = (await bootstrapWorkspace(store, deps, 'Backup')).workspace.id;
    const add = (name: string) =>
      store.write((r) => createCustomer({ r, ...deps }, systemCtx(ws), { name }));
    for (let i = 0; i < 200; i++) await add(`before ${i}`);
    let acked = 200;
    let stop = false;
    // Writes arrive as requests do, from the event loop (a bare loop of awaits would run
    // entirely in microtasks and keep the backup's steps from ever running).
    const writing = (async () => {
      for (let i = 0; i < 100_000 && !stop; i++) {
        await new Promise((r) => setImmediate(r));
        await add(`during ${i}`);
        acked++;
      }
    })();
    const io = memoryIo({ cwd: dir });
    const code = await main(['backup', '--out', 'copy.db'], io, {
      DATABASE_URL: 'data/rapport.db',
    });
    const ackedAtEnd = acked;
    const ackedDuring = acked - 200;
    stop = true;
    await writing;
    await store.close();
    expect(io.err()).toBe('');
    expect(ackedDuring).toBeGreaterThan(0);
    expect(code).toBe(0);
    expect(io.out()).toMatch(
      /^Backed up \d+ tables, \d+ rows .* integrity check ok, row counts match\.\n$/,
    );

    const copy = await openStore(
      { dialect: 'sqlite', path: join(dir, 'copy.db') },
      { migrate: false },
    );
    try {
      const n = await copy.db
        .selectFrom('customers')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('workspace_id', '=', ws)
        .executeTakeFirstOrThrow();
      expect(Number(n.n)).toBeGreaterThanOrEqual(200);
      expect(Number(n.n)).toBeLessThanOrEqual(ackedAtEnd);
      expect((await copy.migrate()).applied).toEqual([]);
    } finally {
      await copy.close();
    }
  });

  it('says what to do instead on PostgreSQL, and what is wrong with a bad call', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-backup-cli-'));
    const pg = memoryIo({ cwd: dir });
    expect(
      await main(['backup', '--out', 'x.dump'], pg, { DATABASE_URL: 'postgres://u@127.0.0.1/db' }),
    ).toBe(1);
    expect(pg.err()).toMatch(/pg_dump --format=custom/);
    const none = memoryIo({ cwd: dir });
    expect(await main(['backup'], none, { DATABASE_URL: join(dir, 'x.db') })).toBe(2);
    expect(none.err()).toMatch(/--out FILE is required/);
    const missing = memoryIo({ cwd: dir });
    expect(
      await main(['backup', '--out', 'nowhere/x.db'], missing, { DATABASE_URL: join(dir, 'x.db') }),
    ).toBe(2);
    expect(missing.err()).toMatch(/no database at/);
  });
});
