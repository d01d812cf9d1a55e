/**
 * Backups of the SQLite database while Rapport runs, with SQLite's online backup API — never a
 * copy of the live file, whose write-ahead log may be missing or half-written. The copy is
 * read from one snapshot: a read transaction is held on the source while the pages are copied,
 * so writers carry on (WAL) and the copy is what the database was at that instant. Before it
 * replaces the target, the copy is switched to a self-contained file (no -wal beside it),
 * checked with `PRAGMA integrity_check`, and its row counts compared with the snapshot's.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { DomainError } from '@rapport/core';

export interface BackupReport {
  path: string;
  bytes: number;
  pages: number;
  /** Rows per table in the snapshot, equal to those in the copy. */
  tables: Record<string, number>;
  ms: number;
}

export interface BackupOptions {
  /** Pages copied per step (the event loop runs between steps). */
  pagesPerStep?: number;
  onProgress?: (copied: number, total: number) => void;
}

function rowCounts(db: SqliteDatabase.Database): Record<string, number> {
  const tables = db
    .prepare(
      "select name from sqlite_schema where type = 'table' and name not like 'sqlite_%' order by name",
    )
    .pluck()
    .all() as string[];
  const out: Record<string, number> = {};
  for (const t of tables)
    out[t] = db
      .prepare(`select count(*) from "${t.replace(/"/g, '""')}"`)
      .pluck()
      .get() as number;
  return out;
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The copy, opened read-write: made self-contained, checked, counted. */
function verify(path: string, expected: Record<string, number>): void {
  const copy = new SqliteDatabase(path, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok')
      throw new DomainError(
        'unavailable',
        `The backup failed its integrity check: ${String(integrity)}.`,
      );
    const got = rowCounts(copy);
    for (const t of new Set([...Object.keys(expected), ...Object.keys(got)]))
      if (got[t] !== expected[t])
        throw new DomainError(
          'unavailable',
          `The backup's table ${t} has ${got[t] ?? 'no'} rows where the database had ${expected[t] ?? 'none'}.`,
        );
  } finally {
    copy.close();
  }
}

/** Backs up the SQLite database at `source` to `out`, replacing `out` only once verified. */
export async function backupSqlite(
  source: string,
  out: string,
  opts: BackupOptions = {},
): Promise<BackupReport> {
  const started = Date.now();
  const temp = join(dirname(out), `.${basename(out)}.partial-${process.pid}`);
  const src = new SqliteDatabase(source, { fileMustExist: true, timeout: 10_000 });
  let pages = 0;
  let tables: Record<string, number>;
  try {
    rmSync(temp, { force: true });
    // The snapshot: counted, then copied, inside one read transaction.
    src.exec('begin');
    try {
      tables = rowCounts(src);
      const meta = await src.backup(temp, {
        progress: ({ totalPages, remainingPages }) => {
          opts.onProgress?.(totalPages - remainingPages, totalPages);
          return opts.pagesPerStep ?? 1024;
        },
      });
      pages = meta.totalPages;
    } finally {
      src.exec('commit');
    }
    verify(temp, tables);
    fsyncPath(temp);
    renameSync(temp, out);
    fsyncPath(dirname(out));
  } catch (e) {
    rmSync(temp, { force: true });
    rmSync(`${temp}-journal`, { force: true });
    throw e;
  } finally {
    src.close();
  }
  return { path: out, bytes: statSync(out).size, pages, tables, ms: Date.now() - started };
}
