import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { statOf, writePlannerStats } from './planner-stats.ts';
import { openStore } from './store.ts';

describe('statOf', () => {
  it("is SQLite's default after a workspace that selects a tenth of the rows", () => {
    expect(statOf(['workspace_id', 'customer_id', 'occurred_at'], false)).toBe(
      '1000000 100000 10 9',
    );
    expect(statOf(['workspace_id', 'id'], true)).toBe('1000000 100000 1');
    expect(statOf(['workspace_id', 'channel', 'address_key', 'send_at'], false)).toBe(
      '1000000 100000 10 9 8',
    );
  });
  it('keeps the plain defaults for an index not led by the workspace', () => {
    expect(statOf(['status', 'priority', 'run_at', 'seq'], false)).toBe('1000000 10 9 8 7');
    expect(statOf(['id'], true)).toBe('1000000 1');
  });
});

describe('writePlannerStats', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is written by the migrations, again only when an index changes, and read by the planner', async () => {
    dir = mkdtempSync(join(tmpdir(), 'rapport-stats-'));
    const path = join(dir, 'stats.db');
    const store = await openStore({ dialect: 'sqlite', path });
    const db = store.db;
    const stats = async () =>
      (await sql<{ idx: string; stat: string }>`select idx, stat from sqlite_stat1`.execute(db))
        .rows;
    const before = await stats();
    expect(before).toContainEqual({ idx: 'cases_created_idx', stat: '1000000 100000 10' });
    expect(before).toContainEqual({ idx: 'sqlite_autoindex_cases_1', stat: '1000000 100000 1' });
    expect(await writePlannerStats(db)).toBe(false);

    await sql`create index cases_reason_idx on cases (workspace_id, reason)`.execute(db);
    expect(await writePlannerStats(db)).toBe(true);
    expect(await stats()).toContainEqual({ idx: 'cases_reason_idx', stat: '1000000 100000 10' });
    expect((await stats()).length).toBe(before.length + 1);
    await store.close();

    // Another connection, opened afterwards, plans by them: one customer's cases through the
    // customer's index, not by walking the workspace in creation order.
    const other = new SqliteDatabase(path, { readonly: true });
    const plan = other
      .prepare(
        `explain query plan select * from cases where workspace_id = ? and customer_id = ? order by created_at limit 1`,
      )
      .all('ws', 'cus') as Array<{ detail: string }>;
    other.close();
    expect(plan.map((p) => p.detail).join(' | ')).toMatch(/cases_(customer_id|active)_idx/);
  });
});
