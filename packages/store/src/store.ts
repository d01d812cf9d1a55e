/**
 * The Store: a connection to one engine plus the unit of work core's services run in.
 * `write` resolves only after a durable commit (group-committed on SQLite); `read` runs on
 * the connection without a transaction. Services must not nest writes.
 */
import type { EachResult, Repos, UnitOfWork } from '@rapport/core';
import { sql, type Kysely } from 'kysely';
import type SqliteDatabase from 'better-sqlite3';
import { connect, type DialectName, type StoreTarget } from './dialect.ts';
import { GroupCommitter } from './group-commit.ts';
import { migrateToLatest, type MigrationReport } from './migrations/index.ts';
import { createRepos } from './repositories/index.ts';
import { deferRollups, rollupsDeferredOn } from './repositories/rollup-writes.ts';
import type { Database } from './schema.ts';

export interface Store extends UnitOfWork {
  readonly dialect: DialectName;
  readonly db: Kysely<Database>;
  readonly sqlite: SqliteDatabase.Database | undefined;
  readonly groupCommit: GroupCommitter | undefined;
  migrate(): Promise<MigrationReport>;
  /** Bind repositories to an arbitrary connection (used by the worker's claim transaction). */
  reposFor(db: Kysely<Database>): Repos;
  /**
   * A write transaction on the raw connection, for store-level repositories beside `Repos`
   * (the worker's queue): resolves only after the durable commit, like `write`.
   */
  transact<T>(fn: (tx: Kysely<Database>) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

const RETRYABLE_PG = new Set(['40001', '40P01']);
const PG_EACH_CHUNK = 200;

function isRetryable(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE_PG.has(code);
}

export interface OpenOptions {
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
  /**
   * SQLite page cache, in MiB (default 64). A one-pass scan such as an export gains nothing
   * from a large cache, and a small one keeps its memory flat however many rows it reads.
   */
  cacheMiB?: number;
}

export async function openStore(target: StoreTarget, opts: OpenOptions = {}): Promise<Store> {
  const { dialect, db, sqlite } = connect(target, opts.cacheMiB);
  // One set of repositories per connection: a group commit runs hundreds of writes on one.
  const bound = new WeakMap<Kysely<Database>, Repos>();
  const reposFor = (conn: Kysely<Database>): Repos => {
    let r = bound.get(conn);
    if (!r) bound.set(conn, (r = createRepos({ db: conn, dialect })));
    return r;
  };
  const committer = dialect === 'sqlite' ? new GroupCommitter(db, 512, deferRollups) : undefined;

  /** A PostgreSQL transaction whose roll-ups are written once, before its COMMIT. */
  const pgTransaction = <T>(fn: (tx: Kysely<Database>) => Promise<T>): Promise<T> =>
    db.transaction().execute(async (trx) => {
      const rollups = deferRollups(trx);
      try {
        const value = await fn(trx);
        await rollups.flush();
        return value;
      } finally {
        rollups.end();
      }
    });

  async function pgTransact<T>(fn: (tx: Kysely<Database>) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await pgTransaction(fn);
      } catch (e) {
        if (!isRetryable(e) || attempt >= 4) throw e;
      }
    }
  }

  /** Each item in its own savepoint on one open transaction: a failure undoes only itself. */
  async function eachInSavepoints<I, T>(
    conn: Kysely<Database>,
    items: readonly I[],
    offset: number,
    fn: (r: Repos, item: I, i: number) => Promise<T>,
  ): Promise<EachResult<T>[]> {
    const out: EachResult<T>[] = [];
    const r = reposFor(conn);
    const rollups = rollupsDeferredOn(conn);
    for (const [k, item] of items.entries()) {
      await sql`savepoint each_item`.execute(conn);
      const mark = rollups?.mark() ?? 0;
      try {
        out.push({ ok: true, value: await fn(r, item, offset + k) });
        await sql`release savepoint each_item`.execute(conn);
      } catch (error) {
        rollups?.undo(mark);
        await sql`rollback to savepoint each_item`.execute(conn);
        await sql`release savepoint each_item`.execute(conn);
        out.push({ ok: false, error });
      }
    }
    return out;
  }

  async function pgEach<I, T>(
    items: readonly I[],
    fn: (r: Repos, item: I, i: number) => Promise<T>,
  ) {
    const out: EachResult<T>[] = [];
    for (let start = 0; start < items.length; start += PG_EACH_CHUNK) {
      const chunk = items.slice(start, start + PG_EACH_CHUNK);
      out.push(...(await pgTransaction((trx) => eachInSavepoints(trx, chunk, start, fn))));
    }
    return out;
  }

  class Rehearsal {
    constructor(readonly results: unknown[]) {}
  }

  const store: Store = {
    dialect,
    db,
    sqlite,
    groupCommit: committer,
    reposFor,
    read: (fn) => fn(reposFor(db)),
    transact: (fn) => (committer ? committer.write(fn) : pgTransact(fn)),
    write: (fn) => store.transact((conn) => fn(reposFor(conn))),
    async writeEach(items, fn) {
      if (!committer) return pgEach(items, fn);
      return Promise.all(
        items.map((item, i) =>
          committer
            .write((conn) => fn(reposFor(conn), item, i))
            .then(
              (value) => ({ ok: true as const, value }),
              (error: unknown) => ({ ok: false as const, error }),
            ),
        ),
      );
    },
    async rehearse(items, fn) {
      try {
        await store.transact(async (conn) => {
          throw new Rehearsal(await eachInSavepoints(conn, items, 0, fn));
        });
      } catch (e) {
        if (e instanceof Rehearsal) return e.results as never;
        throw e;
      }
      throw new Error('unreachable: a rehearsal always rolls back');
    },
    migrate: () => migrateToLatest(db as unknown as Kysely<unknown>, dialect),
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      await committer?.close();
      await db.destroy();
    },
  };
  if (opts.migrate !== false) await store.migrate();
  return store;
}
