/**
 * The SQLite online backup while writes go on: the copy is one consistent snapshot (rows
 * 1..N with no gap, counts equal to the snapshot's), passes `PRAGMA integrity_check`, stands
 * alone without a -wal file, and replaces the target only when complete.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupSqlite } from './backup.ts';
import { openStore, type Store } from './store.ts';

describe('backupSqlite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-backup-'));
  const source = join(dir, 'live.db');
  let store: Store;
  let writer: SqliteDatabase.Database;

  beforeAll(async () => {
    store = await openStore({ dialect: 'sqlite', path: source });
    // A second connection writes, as the server would while the backup runs.
    writer = new SqliteDatabase(source, { timeout: 10_000 });
    writer.pragma('journal_mode = WAL');
    writer.exec('create table probe (id integer primary key, body text not null)');
    const insert = writer.prepare('insert into probe (body) values (?)');
    const fill = writer.transaction((n: number) => {
      for (let i = 0; i < n; i++) insert.run('x'.repeat(400));
    });
    fill(12_000); // ~6 MB: many backup steps
  });
  afterAll(async () => {
    writer.close();
    await store.close();
  });

  it('copies one snapshot while another connection keeps writing', async () => {
    const insert = writer.prepare('insert into probe (body) values (?)');
    const count = () => writer.prepare('select count(*) from probe').pluck().get() as number;
    const before = count();
    let writes = 0;
    let during = 0;
    let running = true;
    const timer = setInterval(() => {
      for (let i = 0; i < 20; i++) insert.run('written during the backup');
      writes += 20;
      if (running) during += 20;
    }, 1);
    const steps: number[] = [];
    const out = join(dir, 'copy.db');
    writeFileSync(out, 'an older backup');
    let report;
    try {
      report = await backupSqlite(source, out, {
        pagesPerStep: 100,
        onProgress: (copied) => steps.push(copied),
      });
    } finally {
      running = false;
      clearInterval(timer);
    }
    expect(steps.length).toBeGreaterThan(5);
    expect(during).toBeGreaterThan(0);
    const after = count();
    expect(after).toBe(before + writes);

    const copy = new SqliteDatabase(out, { readonly: true, fileMustExist: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      const rows = copy.prepare('select count(*) n, min(id) lo, max(id) hi from probe').get() as {
        n: number;
        lo: number;
        hi: number;
      };
      // A snapshot: some of the writes made while copying, none torn, no gap.
      expect(rows.n).toBeGreaterThanOrEqual(before);
      expect(rows.n).toBeLessThanOrEqual(after);
      expect([rows.lo, rows.hi]).toEqual([1, rows.n]);
      expect(report.tables.probe).toBe(rows.n);
      // Rapport's own tables came along.
      expect(Object.keys(report.tables)).toEqual(expect.arrayContaining(['customers', 'jobs']));
    } finally {
      copy.close();
    }
    expect(readdirSync(dir).filter((f) => f.startsWith('.copy.db'))).toEqual([]);
    expect(existsSync(`${out}-wal`)).toBe(false);
  });

  it('leaves the target alone when the copy cannot be made', async () => {
    await expect(backupSqlite(source, join(dir, 'missing', 'x.db'))).rejects.toThrow(/directory/);
    await expect(backupSqlite(join(dir, 'nothing.db'), join(dir, 'y.db'))).rejects.toThrow();
    expect(existsSync(join(dir, 'y.db'))).toBe(false);
  });
});
