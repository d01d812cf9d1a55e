/**
 * `jobs.purge`: deletes done jobs older than the retention period, a bounded batch per run;
 * a full batch enqueues the next run at once. Dead jobs stay until someone re-queues them.
 */
import { DAY_MS } from '@rapport/core';
import { queueRepository } from '@rapport/store';
import { z } from 'zod';
import { defineJob } from './definition.ts';

export const PURGE_BATCH = 5_000;
export const DEFAULT_RETENTION_MS = 7 * DAY_MS;

export const purgeDoneJobs = defineJob({
  name: 'jobs.purge',
  schema: z.object({ retentionMs: z.number().int().positive() }),
  maxAttempts: 3,
  async handler(ctx) {
    const before = new Date(Date.parse(ctx.now) - ctx.payload.retentionMs).toISOString();
    const queue = queueRepository({ db: ctx.tx, dialect: ctx.dialect });
    const purged = await queue.purgeDone(before, PURGE_BATCH);
    if (purged === PURGE_BATCH) await ctx.enqueue(purgeDoneJobs, ctx.payload);
    ctx.logger.info({ purged, before }, 'purged done jobs');
  },
});
