/**
 * Rate-limit counters in the database, so every server instance shares them. One atomic
 * upsert per hit: a counter whose window has run out starts again at 1.
 */
import type { RateLimitRepo } from '@rapport/core';
import { sql } from 'kysely';
import { num } from '../codec.ts';
import type { RepoContext } from './db.ts';

export function rateLimitRepository({ db }: RepoContext): RateLimitRepo {
  return {
    async hit(ws, key, now, expired) {
      const row = await db
        .insertInto('rate_limits')
        .values({ workspace_id: ws, key, window_start: now, count: 1 })
        .onConflict((oc) =>
          oc.columns(['workspace_id', 'key']).doUpdateSet({
            count: sql<number>`case when rate_limits.window_start <= ${expired} then 1 else rate_limits.count + 1 end`,
            window_start: sql<string>`case when rate_limits.window_start <= ${expired} then ${now} else rate_limits.window_start end`,
          }),
        )
        .returning(['count', 'window_start'])
        .executeTakeFirstOrThrow();
      return { count: num(row.count), windowStart: new Date(row.window_start).toISOString() };
    },
    async peek(ws, key, expired) {
      const row = await db
        .selectFrom('rate_limits')
        .select(['count', 'window_start'])
        .where('workspace_id', '=', ws)
        .where('key', '=', key)
        .where('window_start', '>', expired)
        .executeTakeFirst();
      return (
        row && { count: num(row.count), windowStart: new Date(row.window_start).toISOString() }
      );
    },
    async clear(ws, key) {
      await db
        .deleteFrom('rate_limits')
        .where('workspace_id', '=', ws)
        .where('key', '=', key)
        .execute();
    },
    async purgeBefore(at) {
      const r = await db
        .deleteFrom('rate_limits')
        .where('window_start', '<', at)
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
