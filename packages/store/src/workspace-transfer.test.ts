import { describeEachDialect, factory, FakeClock } from '@rapport/testing';
import { systemIds } from '@rapport/core';
import { afterEach, expect, it, vi } from 'vitest';
import { readWorkspace } from './workspace-transfer.ts';

/**
 * `rapport export --all` reads every table of a workspace in primary-key order, page by page,
 * and says nothing on the console while it does (Kysely logs a deprecation for orderBy(array)).
 */
describeEachDialect('readWorkspace', (db) => {
  const clock = new FakeClock('2026-03-01T09:00:00.000Z');
  const ids = systemIds(() => clock.now().getTime());
  afterEach(() => vi.restoreAllMocks());

  it('reads each table in key order without a deprecation message', async () => {
    const { store } = db();
    const f = factory(store, { clock, ids });
    await f.workspace();
    for (let i = 0; i < 5; i++) await f.customer();
    const log = vi.spyOn(console, 'log');
    const warn = vi.spyOn(console, 'warn');
    const customers: string[] = [];
    let rows = 0;
    for await (const { table, row } of readWorkspace(store.db, store.dialect, f.ws)) {
      rows++;
      if (table === 'customers') customers.push(String(row.id));
    }
    expect(rows).toBeGreaterThan(5);
    expect(customers).toHaveLength(5);
    expect(customers).toEqual([...customers].sort());
    const said = [...log.mock.calls, ...warn.mock.calls].map((c) => c.map(String).join(' '));
    expect(said.filter((s) => /deprecated/i.test(s))).toEqual([]);
  });
});
