/**
 * The two engines behind one Kysely type. SQLite is the embedded default (a file, WAL,
 * synchronous=FULL: a commit is on disk before it is acknowledged); PostgreSQL is the
 * production engine (synchronous_commit=on). Values come back in one shape from both:
 * times as ISO strings, counts and bigints as numbers.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type SqliteDatabase as KyselySqlite,
} from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type DialectName = 'sqlite' | 'postgres';

export type StoreTarget =
  { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; url: string; poolSize?: number };

export interface Connection {
  dialect: DialectName;
  db: Kysely<Database>;
  /** The raw SQLite handle, for the backup API and integrity checks (SQLite only). */
  sqlite?: SqliteDatabase.Database;
}

const STATEMENT_CACHE = 512;

/**
 * Kysely prepares every query it runs; preparing costs as much as running a small insert. The
 * app runs a few hundred distinct statements, so the handle Kysely sees keeps the prepared ones
 * (least recently used out past STATEMENT_CACHE). A statement still being iterated is busy and
 * cannot be shared, so a busy one is prepared afresh.
 */
export function cachingHandle(handle: SqliteDatabase.Database): KyselySqlite {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      cache.clear();
      handle.close();
    },
    prepare(sql: string) {
      const hit = cache.get(sql);
      if (hit && !hit.busy) {
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const stmt = handle.prepare(sql);
      if (!hit) {
        cache.set(sql, stmt);
        if (cache.size > STATEMENT_CACHE) cache.delete(cache.keys().next().value as string);
      }
      return stmt;
    },
  };
}

/** SQLite's page cache per connection: a long-running server keeps hot pages in memory. */
export const DEFAULT_CACHE_MIB = 64;

function openSqlite(path: string, cacheMiB: number): Connection {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const handle = new SqliteDatabase(path, { timeout: 10_000 });
  handle.pragma('journal_mode = WAL');
  handle.pragma('synchronous = FULL');
  handle.pragma('foreign_keys = OFF');
  handle.pragma('temp_store = MEMORY');
  handle.pragma(`cache_size = ${-Math.round(cacheMiB * 1024)}`);
  return {
    dialect: 'sqlite',
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingHandle(handle) }) }),
    sqlite: handle,
  };
}

const TIMESTAMPTZ_OID = 1184;
const TIMESTAMP_OID = 1114;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

function pgTypes(): pg.CustomTypesConfig {
  return {
    getTypeParser: ((oid: number, format?: string) => {
      if (oid === TIMESTAMPTZ_OID || oid === TIMESTAMP_OID)
        return (v: string) => new Date(oid === TIMESTAMP_OID ? `${v}Z` : v).toISOString();
      if (oid === INT8_OID || oid === NUMERIC_OID) return (v: string) => Number(v);
      return pg.types.getTypeParser(oid, format as 'text');
    }) as pg.CustomTypesConfig['getTypeParser'],
  };
}

function openPostgres(url: string, poolSize = 10): Connection {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    types: pgTypes(),
    options: '-c synchronous_commit=on -c timezone=UTC',
  });
  // An idle client's error (server restart) must not crash the process; the next query retries.
  pool.on('error', () => undefined);
  return {
    dialect: 'postgres',
    db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
  };
}

/** `cacheMiB` bounds SQLite's page cache (ignored by PostgreSQL). */
export function connect(target: StoreTarget, cacheMiB = DEFAULT_CACHE_MIB): Connection {
  return target.dialect === 'sqlite'
    ? openSqlite(target.path, cacheMiB)
    : openPostgres(target.url, target.poolSize);
}
