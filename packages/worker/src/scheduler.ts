/**
 * Recurring jobs. Each schedule keeps exactly one pending instance in the jobs table, under
 * the dedupe key `every:<job>`, due at the next multiple of its period. The table is the
 * scheduler's memory: a restarted worker finds the pending instance and adds none, several
 * workers racing to add it add one (the pending-dedupe index decides), and a worker that was
 * down for hours runs the overdue instance once rather than once per missed period.
 */
import type { Ids } from '@rapport/core';
import { PENDING_WITH_DEDUPE_KEY, type Database, type Store } from '@rapport/store';
import type { Kysely } from 'kysely';
import type { Schedule } from './registry.ts';

/** Recurring and other system jobs live in this workspace of the jobs table. */
export const SYSTEM_WORKSPACE = '_system';

export const scheduleKey = (name: string): string => `every:${name}`;

/** The first multiple of everyMs strictly after now. */
export function nextSlot(now: Date, everyMs: number): string {
  return new Date((Math.floor(now.getTime() / everyMs) + 1) * everyMs).toISOString();
}

/** The schedules' keys that have a pending (queued or running) instance. */
export const pendingScheduled = (db: Kysely<Database>, keys: readonly string[]) =>
  db
    .selectFrom('jobs')
    .select('dedupe_key')
    .where('workspace_id', '=', SYSTEM_WORKSPACE)
    .where(PENDING_WITH_DEDUPE_KEY)
    .where('dedupe_key', 'in', keys);

/** Enqueues the next instance of each schedule that has none pending; returns how many. */
export async function ensureScheduled(
  store: Store,
  schedules: readonly Schedule[],
  now: Date,
  ids: Ids,
): Promise<number> {
  if (!schedules.length) return 0;
  const pending = await pendingScheduled(
    store.db,
    schedules.map((s) => scheduleKey(s.name)),
  ).execute();
  const have = new Set(pending.map((p) => p.dedupe_key));
  const missing = schedules.filter((s) => !have.has(scheduleKey(s.name)));
  if (!missing.length) return 0;
  const iso = now.toISOString();
  return store.write(async (r) => {
    let added = 0;
    for (const s of missing) {
      const id = await r.jobs.enqueue(
        SYSTEM_WORKSPACE,
        {
          name: s.name,
          payload: s.payload,
          runAt: nextSlot(now, s.everyMs),
          dedupeKey: scheduleKey(s.name),
        },
        ids.id('job'),
        iso,
      );
      if (id) added++;
    }
    return added;
  });
}
