/**
 * Group commit for SQLite. A commit with synchronous=FULL costs one fsync, so committing each
 * request alone caps writes at a few thousand per second. Instead, writes that arrive while a
 * commit is under way queue up and the next transaction runs them all, each inside its own
 * savepoint: one failure rolls back only itself. Every caller's promise resolves only after
 * the COMMIT that holds its work has returned, so no write is acknowledged before it is
 * durable. There is no waiting window: a lone write commits at once.
 *
 * Work a transaction keeps until its COMMIT (the metric roll-ups, rollup-writes.ts) is opened
 * per batch by `scope`: a write undone by its savepoint takes its part out again, and the
 * rest is written before the COMMIT.
 */
import { CompiledQuery, type Kysely } from 'kysely';
import type { DeferredRollups } from './repositories/rollup-writes.ts';
import type { Database } from './schema.ts';

/** The batch's own statements, built once (they run around every write). */
const SQL = {
  begin: CompiledQuery.raw('begin immediate'),
  savepoint: CompiledQuery.raw('savepoint w'),
  release: CompiledQuery.raw('release w'),
  rollbackTo: CompiledQuery.raw('rollback to w'),
  commit: CompiledQuery.raw('commit'),
  rollback: CompiledQuery.raw('rollback'),
};

interface Op {
  run: (db: Kysely<Database>) => Promise<unknown>;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

export class GroupCommitter {
  private queue: Op[] = [];
  private running = false;
  private closed = false;
  /** Statistics for the benchmark: how many commits and how many writes they carried. */
  readonly stats = { commits: 0, writes: 0, maxBatch: 0 };

  constructor(
    private readonly db: Kysely<Database>,
    private readonly maxBatch = 512,
    private readonly scope?: (conn: Kysely<Database>) => DeferredRollups,
  ) {}

  write<T>(run: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('The store is closed.'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ run, resolve: resolve as (v: unknown) => void, reject });
      if (!this.running) {
        this.running = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  /** Waits for queued writes to commit, then refuses new ones. */
  async close(): Promise<void> {
    while (this.running || this.queue.length) await new Promise((r) => setTimeout(r, 5));
    this.closed = true;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length) {
        const batch = this.queue.splice(0, this.maxBatch);
        await this.db.connection().execute(async (conn) => {
          const scope = this.scope?.(conn);
          try {
            await this.commitBatch(conn, batch, scope);
          } finally {
            scope?.end();
          }
        });
      }
    } finally {
      this.running = false;
      if (this.queue.length) {
        this.running = true;
        setImmediate(() => void this.drain());
      }
    }
  }

  private async commitBatch(
    conn: Kysely<Database>,
    batch: Op[],
    scope: DeferredRollups | undefined,
  ): Promise<void> {
    const outcomes: Array<{ ok: boolean; value: unknown }> = [];
    try {
      await conn.executeQuery(SQL.begin);
    } catch (e) {
      for (const op of batch) op.reject(e);
      return;
    }
    const alone = batch.length === 1;
    for (const op of batch) {
      if (!alone) await conn.executeQuery(SQL.savepoint);
      const mark = scope?.mark() ?? 0;
      try {
        const value = await op.run(conn);
        if (!alone) await conn.executeQuery(SQL.release);
        outcomes.push({ ok: true, value });
      } catch (e) {
        scope?.undo(mark);
        if (!alone) {
          await conn.executeQuery(SQL.rollbackTo);
          await conn.executeQuery(SQL.release);
        }
        outcomes.push({ ok: false, value: e });
      }
    }
    try {
      if (alone && !outcomes[0]?.ok) await conn.executeQuery(SQL.rollback);
      else {
        await scope?.flush();
        await conn.executeQuery(SQL.commit);
      }
    } catch (e) {
      await conn.executeQuery(SQL.rollback).catch(() => undefined);
      for (const op of batch) op.reject(e);
      return;
    }
    this.stats.commits++;
    this.stats.writes += batch.length;
    this.stats.maxBatch = Math.max(this.stats.maxBatch, batch.length);
    batch.forEach((op, i) => {
      const o = outcomes[i];
      if (o?.ok) op.resolve(o.value);
      else op.reject(o?.value);
    });
  }
}
