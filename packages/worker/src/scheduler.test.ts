/**
 * Recurring jobs keep one pending instance each, found by the pending-dedupe index — not by
 * walking the queue, which a backlog of accepted responses makes hundreds of thousands long.
 */
import { systemIds } from '@rapport/core';
import { describeEachDialect, FakeClock } from '@rapport/testing';
import { openStore } from '@rapport/store';
import { describe, expect, it } from 'vitest';
import type { Schedule } from './registry.ts';
import { ensureScheduled, pendingScheduled, scheduleKey, SYSTEM_WORKSPACE } from './scheduler.ts';

const ids = systemIds();
const SCHEDULES: Schedule[] = [
  { name: 'x.hourly', everyMs: 3_600_000, payload: {} },
  { name: 'x.daily', everyMs: 86_400_000, payload: {} },
];

describeEachDialect('recurring jobs', (db) => {
  it('adds one pending instance per schedule, and the next one once it is done', async () => {
    const { store } = db();
    const now = new FakeClock('2026-05-01T10:30:00.000Z').now();
    expect(await ensureScheduled(store, SCHEDULES, now, ids)).toBe(2);
    expect(await ensureScheduled(store, SCHEDULES, now, ids)).toBe(0);
    const pending = await pendingScheduled(store.db, [scheduleKey('x.hourly')]).execute();
    expect(pending).toEqual([{ dedupe_key: 'every:x.hourly' }]);
    const hourly = await store.db
      .selectFrom('jobs')
      .select(['id', 'run_at'])
      .where('workspace_id', '=', SYSTEM_WORKSPACE)
      .where('name', '=', 'x.hourly')
      .executeTakeFirstOrThrow();
    expect(hourly.run_at).toBe('2026-05-01T11:00:00.000Z');
    await store.transact((tx) =>
      tx
        .updateTable('jobs')
        .set({ status: 'done' })
        .where('workspace_id', '=', SYSTEM_WORKSPACE)
        .where('id', '=', hourly.id)
        .execute(),
    );
    expect(await ensureScheduled(store, SCHEDULES, now, ids)).toBe(1);
  });
});

describe('recurring jobs on SQLite', () => {
  it('are found by the pending-dedupe index, not by walking the queue', async () => {
    const store = await openStore({ dialect: 'sqlite', path: ':memory:' });
    try {
      const q = pendingScheduled(
        store.db,
        SCHEDULES.map((s) => scheduleKey(s.name)),
      ).compile();
      const plan = store.sqlite
        ?.prepare(`explain query plan ${q.sql}`)
        .all(...q.parameters) as Array<{ detail: string }>;
      expect(plan.map((p) => p.detail)).toEqual([
        expect.stringMatching(/USING (COVERING )?INDEX jobs_pending_dedupe_idx/),
      ]);
    } finally {
      await store.close();
    }
  });
});
