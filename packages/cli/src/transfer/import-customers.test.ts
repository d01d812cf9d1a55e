/**
 * Customers are imported a chunk at a time (one lookup, one insert per chunk). The outcome of
 * every row must be the one the row-by-row path gives — the dry run still goes row by row, so
 * the two reports are compared — and a row the database itself refuses costs only that row.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvLine } from '@rapport/core';
import type { Store } from '@rapport/store';
import { describeEachDialect } from '@rapport/testing';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { importFixture } from '../testing/import-fixture.ts';
import { runImport, type ImportOptions } from './import-runner.ts';

const dir = mkdtempSync(join(tmpdir(), 'rapport-import-chunk-'));
const file = (name: string, rows: string[][]) => {
  const path = join(dir, name);
  writeFileSync(path, `${rows.map((r) => csvLine(r)).join('\r\n')}\r\n`);
  return path;
};

const mapping = {
  kind: 'customers' as const,
  columns: { externalId: 'CRM id', name: 'Name', email: 'E-mail', relationshipOwner: 'Owner' },
};

/** A trigger that makes the database itself refuse a customer named Poison. */
async function poisonTrigger(store: Store): Promise<() => Promise<void>> {
  if (store.dialect === 'sqlite') {
    await sql`create trigger refuse_poison before insert on customers when new.name = 'Poison'
      begin select raise(abort, 'poisoned row'); end`.execute(store.db);
    return async () => void (await sql`drop trigger refuse_poison`.execute(store.db));
  }
  await sql`create function refuse_poison() returns trigger language plpgsql as $$
    begin if new.name = 'Poison' then raise exception 'poisoned row'; end if; return new; end $$`.execute(
    store.db,
  );
  await sql`create trigger refuse_poison before insert on customers
    for each row execute function refuse_poison()`.execute(store.db);
  return async () => {
    await sql`drop trigger refuse_poison on customers`.execute(store.db);
    await sql`drop function refuse_poison()`.execute(store.db);
  };
}

describeEachDialect('import customers in chunks', (db) => {
  const setup = async () => {
    const { store, f, deps } = await importFixture(db().store);
    const options = (path: string, dryRun: boolean): ImportOptions => ({
      kind: 'customers',
      path,
      format: 'csv',
      workspaceId: f.ws,
      mapping,
      dryRun,
      chunkSize: 3,
    });
    return { store, f, deps, options };
  };

  it('gives every row the outcome the row-by-row path gives, across chunk edges', async () => {
    const { store, f, deps, options } = await setup();
    const owner = await f.employee({ externalId: 'E-1', name: 'Owner One' });
    await f.customer({ externalId: 'C-9', name: 'Stored before' });
    const path = file('mixed.csv', [
      ['CRM id', 'Name', 'E-mail', 'Owner'],
      ['C-1', 'Ann', 'ann@example.com', 'E-1'], // created, owner linked
      ['C-2', 'Bob', 'not-an-email', ''], // rejected: email
      ['C-1', 'Ann again', '', ''], // duplicate of line 2, same chunk
      ['C-3', 'Cy', '', 'E-404'], // rejected: unknown owner (next chunk)
      ['C-4', 'Di', 'di@example.com', ''], // created
      ['C-1', 'Ann thrice', '', ''], // duplicate of line 2, two chunks later
      ['C-9', 'Stored again', '', ''], // duplicate of a customer stored before the import
      ['', 'Walk-in', '', ''], // created, no external id
      ['', '', '', ''], // rejected: nothing to know the customer by
    ]);
    const dry = await runImport(store, deps, options(path, true));
    const real = await runImport(store, deps, options(path, false));
    expect(real).toEqual(dry);
    expect(real).toMatchObject({ read: 9, created: 3, duplicates: 3 });
    expect(real.rejected.map((r) => [r.line, r.field])).toEqual([
      [3, 'email'],
      [5, 'relationshipOwner'],
      [10, 'name'],
    ]);
    const stored = (await store.read((r) => r.customers.list(f.ws, {}, { limit: 20 }))).items;
    expect(stored.map((c) => c.name).sort()).toEqual(['Ann', 'Di', 'Stored before', 'Walk-in']);
    expect(stored.find((c) => c.name === 'Ann')?.relationshipOwnerId).toBe(owner.id);
    expect(stored.find((c) => c.name === 'Ann')?.email).toBe('ann@example.com');

    const again = await runImport(store, deps, options(path, false));
    expect(again).toMatchObject({ created: 1, duplicates: 5 }); // only the walk-in has no id to match
  });

  it('a row the database refuses is rejected alone; the rest of its chunk is stored', async () => {
    const { store, f, deps, options } = await setup();
    const path = file('poison.csv', [
      ['CRM id', 'Name', 'E-mail', 'Owner'],
      ['P-1', 'Fine', '', ''],
      ['P-2', 'Poison', '', ''],
      ['P-3', 'Also fine', '', ''],
      ['P-4', 'Next chunk', '', ''],
    ]);
    const drop = await poisonTrigger(store);
    try {
      const report = await runImport(store, deps, options(path, false));
      expect(report).toMatchObject({ read: 4, created: 3, duplicates: 0 });
      expect(report.rejected).toEqual([
        { line: 3, field: 'row', message: expect.stringContaining('poisoned row') as string },
      ]);
    } finally {
      await drop();
    }
    const stored = (await store.read((r) => r.customers.list(f.ws, {}, { limit: 20 }))).items;
    expect(stored.map((c) => c.externalId).sort()).toEqual(['P-1', 'P-3', 'P-4']);
  });
});
