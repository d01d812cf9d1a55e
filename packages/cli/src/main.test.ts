import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseTarget } from '@rapport/config';
import { systemClock, systemIds } from '@rapport/core';
import { bootstrapWorkspace } from '@rapport/server';
import { openStore } from '@rapport/store';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from './commands/index.ts';
import { joinNegativeValues, main } from './main.ts';
import { memoryIo } from './testing/memory-io.ts';

describe('rapport CLI', () => {
  it('lists its commands and explains each with --help', async () => {
    const io = memoryIo();
    expect(await main(['--help'], io, {})).toBe(0);
    expect(io.out()).toMatch(/serve/);
    expect(io.out()).toMatch(/demo/);
    expect(io.out()).toMatch(/workspace +Create a new, empty workspace/);
    const d = memoryIo();
    expect(await main(['demo', '--help'], d, {})).toBe(0);
    expect(d.out()).toMatch(/--seed N/);
  });

  it('loads each listed command on demand, under the name it is listed by', async () => {
    const loaded = await Promise.all(COMMANDS.map((c) => c.load()));
    expect(loaded.map((c) => c.name)).toEqual(COMMANDS.map((c) => c.name));
    expect(new Set(COMMANDS.map((c) => c.name)).size).toBe(COMMANDS.length);
    for (const c of loaded) expect(c.usage).toMatch(new RegExp(`^Usage: rapport ${c.name}\\b`));
  });

  it('says in a sentence what is wrong with a bad call', async () => {
    const io = memoryIo();
    expect(await main(['frobnicate'], io, {})).toBe(2);
    expect(io.err()).toMatch(/there is no command "frobnicate"/);
    const bad = memoryIo();
    expect(
      await main(['demo', '--seed', 'abc'], bad, {
        DATABASE_URL: join(mkdtempSync(join(tmpdir(), 'r-')), 'x.db'),
      }),
    ).toBe(2);
    expect(bad.err()).toMatch(/--seed must be a whole number/);
    const cfg = memoryIo();
    expect(await main(['migrate'], cfg, { PORT: 'eighty' })).toBe(1);
    expect(cfg.err()).toMatch(/PORT is not valid/);
    const dir = mkdtempSync(join(tmpdir(), 'r-'));
    const csv = join(dir, 'c.csv');
    writeFileSync(csv, 'externalId,name\nX1,Ann\n');
    const env = { DATABASE_URL: join(dir, 'x.db') };
    for (const [args, said] of [
      [['import', 'customers', join(dir, 'none.csv')], /There is no file .*none\.csv\./],
      [
        ['import', 'customers', csv, '--mapping', join(dir, 'none.json')],
        /There is no mapping file .*none\.json\./,
      ],
      [['import', 'pets', csv], /Say what to import: customers, employees/],
      [['import', 'customers', dir], /^rapport import: .* is a folder, not a file\.\n/],
      [
        ['import', '--all', join(dir, 'none.jsonl')],
        /^rapport import: There is no file .*none\.jsonl\.\n/,
      ],
      [['import', '--all', dir], /^rapport import: .* is a folder, not a file\.\n/],
    ] as const) {
      const e = memoryIo();
      expect(await main([...args], e, env), args.join(' ')).toBe(2);
      expect(e.err()).toMatch(said);
    }
    const folder = memoryIo();
    expect(await main(['analyze', '--input', dir], folder, env)).toBe(1);
    expect(folder.err()).toBe(`Cannot read ${dir}: it is a folder, not a file.\n`);
  });

  it('says which part of a mapping file has the wrong type, before reading any row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'r-'));
    const env = { DATABASE_URL: join(dir, 'x.db'), LOG_LEVEL: 'silent' };
    const store = await openStore({ dialect: 'sqlite', path: env.DATABASE_URL });
    await bootstrapWorkspace(store, { clock: systemClock, ids: systemIds() }, 'Mapping');
    await store.close();
    const csv = join(dir, 'c.csv');
    writeFileSync(csv, 'externalId,name,email\nX1,Ann,ann@example.com\n');
    const mapping = join(dir, 'm.json');
    for (const [m, said] of [
      [{ headerRows: 'abc' }, /headerRows must be a whole number from 1 to 100\./],
      [{ headerRows: 0 }, /headerRows must be a whole number from 1 to 100\./],
      [{ nameRow: 2 }, /nameRow must be a whole number from 1 to 1\./],
      [{ constants: { segment: 5 } }, /constants\.segment must be text\./],
      [{ columns: { name: 5 } }, /columns\.name must be a column name or a list of column names\./],
      [{ attributes: { plan: {} } }, /attributes\.plan must be text\./],
    ] as const) {
      writeFileSync(mapping, JSON.stringify({ columns: { name: 'name' }, ...m }));
      const e = memoryIo();
      const code = await main(['import', 'customers', csv, '--mapping', mapping], e, env);
      expect([JSON.stringify(m), code]).toEqual([JSON.stringify(m), 2]);
      expect(e.err()).toMatch(/^rapport import: The mapping file's /);
      expect(e.err()).toMatch(said);
      expect(e.out()).toBe('');
    }
  });

  it('takes a negative number as the value it follows, so the command says what it accepts', async () => {
    const env = { DATABASE_URL: join(mkdtempSync(join(tmpdir(), 'r-')), 'x.db') };
    for (const [args, said] of [
      [
        ['jobs', 'dead', '--limit', '-1'],
        /^rapport jobs: --limit takes a positive whole number\.\n/,
      ],
      [
        ['demo', '--seed', '-3'],
        /^rapport demo: --seed must be a whole number from .* \(got -3\)\.\n/,
      ],
      [
        ['backup', '--out', '-copy.db'],
        /^rapport backup: --out needs a value, and "-copy\.db" reads as another option; if "-copy\.db" is the value, write --out=-copy\.db\.\n/,
      ],
    ] as const) {
      const e = memoryIo();
      expect(await main([...args], e, env), args.join(' ')).toBe(2);
      expect(e.err()).toMatch(said);
      expect(e.err()).not.toMatch(/ambiguous/);
    }
    expect(joinNegativeValues(['--limit', '-1', '--json', '--', '--x', '-2'])).toEqual([
      '--limit=-1',
      '--json',
      '--',
      '--x',
      '-2',
    ]);
  });

  it('says a CSV looks separated by semicolons, and where a quote opens that never closes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'r-'));
    const env = { DATABASE_URL: join(dir, 'x.db'), LOG_LEVEL: 'silent' };
    const store = await openStore({ dialect: 'sqlite', path: env.DATABASE_URL });
    await bootstrapWorkspace(store, { clock: systemClock, ids: systemIds() }, 'CSV');
    await store.close();
    const semi = join(dir, 'semi.csv');
    writeFileSync(semi, 'externalId;name;email\nX1;Ann;ann@example.com\n');
    const s = memoryIo();
    expect(await main(['import', 'customers', semi], s, env)).toBe(2);
    expect(s.err()).toMatch(/No column of the file is a field of customers/);
    expect(s.err()).toMatch(
      /The header holds ";" and no ",": the file looks separated by semicolons/,
    );
    const comma = join(dir, 'comma.csv');
    writeFileSync(comma, 'colour,size\nred,2\n');
    const c = memoryIo();
    expect(await main(['import', 'customers', comma], c, env)).toBe(2);
    expect(c.err()).not.toMatch(/semicolons/);
    const quote = join(dir, 'quote.csv');
    writeFileSync(quote, 'externalId,name\nX1,Ann\nX2,"Bob\nX3,Cy\nX4,Di\n');
    const q = memoryIo();
    expect(await main(['import', 'customers', quote], q, env)).toBe(1);
    expect(q.out()).toMatch(
      /^line 3: row: an unclosed quote starts at line 3: every line after it/m,
    );
    expect(q.out()).not.toMatch(/columns, the header has/);
    expect(q.out()).toMatch(/from 2 rows: 1 created, 0 already there, 1 rejected\./);
    const head = join(dir, 'head.csv');
    writeFileSync(head, 'externalId,"name\nX1,Ann\n');
    const h = memoryIo();
    expect(await main(['import', 'customers', head], h, env)).toBe(2);
    expect(h.err()).toMatch(/^rapport import: an unclosed quote starts at line 1/);
  });

  it('demo --json prints one JSON object and adds a workspace per seed', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'rapport-cli-')), 'demo.db');
    const env = { DATABASE_URL: dbPath, PORT: '4321' };
    const io = memoryIo();
    expect(
      await main(
        ['demo', '--json', '--leave-jobs', '--customers', '30', '--interactions', '60'],
        io,
        env,
      ),
    ).toBe(0);
    const first = JSON.parse(io.out().trim()) as {
      url: string;
      apiKey: string;
      workspaceId: string;
    };
    expect(Object.keys(first).sort()).toEqual(['apiKey', 'url', 'workspaceId']);
    expect(first.url).toBe('http://localhost:4321');
    expect(first.apiKey.startsWith(`rk.${first.workspaceId}.`)).toBe(true);
    const io2 = memoryIo();
    expect(
      await main(
        [
          'demo',
          '--json',
          '--leave-jobs',
          '--seed',
          '2',
          '--customers',
          '10',
          '--interactions',
          '10',
        ],
        io2,
        env,
      ),
    ).toBe(0);
    const second = JSON.parse(io2.out().trim()) as { workspaceId: string };
    expect(second.workspaceId).not.toBe(first.workspaceId);
    const store = await openStore(databaseTarget(dbPath));
    try {
      const spaces = await store.read((r) => r.workspaces.list());
      expect(spaces.map((w) => w.id).sort()).toEqual(
        [first.workspaceId, second.workspaceId].sort(),
      );
      const customers = await store.read((r) =>
        r.customers.list(first.workspaceId, {}, { limit: 500 }),
      );
      // The 30 asked for, and the four customers of DESIGN.md's stories.
      expect(customers.items).toHaveLength(30 + 4);
    } finally {
      await store.close();
    }
    const again = memoryIo();
    expect(await main(['demo', '--json', '--if-empty'], again, env)).toBe(0);
    expect((JSON.parse(again.out().trim()) as { workspaceId: string }).workspaceId).toBe(
      first.workspaceId,
    );
    // Two demo workspaces, stories included: ~15 s on a quiet 2-core machine.
  }, 120_000);

  it('generates the same demo content for the same seed', async () => {
    const names = async () => {
      const dbPath = join(mkdtempSync(join(tmpdir(), 'rapport-cli-')), 'demo.db');
      const io = memoryIo();
      await main(
        [
          'demo',
          '--json',
          '--leave-jobs',
          '--seed',
          '7',
          '--customers',
          '15',
          '--interactions',
          '20',
        ],
        io,
        { DATABASE_URL: dbPath },
      );
      const ws = (JSON.parse(io.out().trim()) as { workspaceId: string }).workspaceId;
      const store = await openStore(databaseTarget(dbPath));
      try {
        const list = await store.read((r) => r.customers.list(ws, {}, { limit: 100 }));
        return list.items.map((c) => `${c.externalId}:${c.name}:${c.segment}`).sort();
      } finally {
        await store.close();
      }
    };
    expect(await names()).toEqual(await names());
  }, 120_000);
});
