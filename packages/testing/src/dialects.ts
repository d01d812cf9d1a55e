/**
 * The per-dialect database harness: one suite, run once on SQLite and once on PostgreSQL, in
 * the manner of Kysely's own tests. PostgreSQL joins when RAPPORT_TEST_PG_URL names an admin
 * connection (the README's test command starts a throw-away server and sets it); each suite
 * gets a database of its own, dropped afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readProcessEnv } from '@rapport/config';
import { openStore, type Store, type StoreTarget } from '@rapport/store';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';

export type TestDialect = 'sqlite' | 'postgres';

const env = readProcessEnv();

export function pgAdminUrl(): string | undefined {
  return env.RAPPORT_TEST_PG_URL || undefined;
}

/** The dialects this run covers. With RAPPORT_TEST_REQUIRE_PG=1 a missing PostgreSQL is an error. */
export function testDialects(): TestDialect[] {
  if (pgAdminUrl()) return ['sqlite', 'postgres'];
  if (env.RAPPORT_TEST_REQUIRE_PG === '1') {
    throw new Error(
      'RAPPORT_TEST_REQUIRE_PG=1 but RAPPORT_TEST_PG_URL is not set: start PostgreSQL first (npm test does).',
    );
  }
  return ['sqlite'];
}

let counter = 0;

/** A fresh, empty database of the given dialect and a function that removes it. */
export async function freshTarget(
  dialect: TestDialect,
): Promise<{ target: StoreTarget; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-test-'));
    return {
      target: { dialect, path: join(dir, 'test.db') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const admin = pgAdminUrl();
  if (!admin) throw new Error('RAPPORT_TEST_PG_URL is not set');
  const name = `rapport_t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    target: { dialect, url: url.toString(), poolSize: 8 },
    drop: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** Opens a migrated store on a fresh database. */
export async function freshStore(
  dialect: TestDialect,
): Promise<{ store: Store; drop: () => Promise<void> }> {
  const { target, drop } = await freshTarget(dialect);
  const store = await openStore(target);
  return {
    store,
    drop: async () => {
      await store.close();
      await drop();
    },
  };
}

/**
 * Runs `body` once per dialect, each with its own migrated database, available through the
 * getter inside tests: `describeEachDialect('customers', (db) => { it(..., () => db().store) })`.
 */
export function describeEachDialect(
  name: string,
  body: (get: () => { store: Store; dialect: TestDialect }) => void,
): void {
  for (const dialect of testDialects()) {
    describe(`${name} [${dialect}]`, () => {
      let current: { store: Store; drop: () => Promise<void> } | undefined;
      beforeAll(async () => {
        current = await freshStore(dialect);
      });
      afterAll(async () => {
        await current?.drop();
      });
      body(() => {
        if (!current) throw new Error('store not open yet');
        return { store: current.store, dialect };
      });
    });
  }
}
