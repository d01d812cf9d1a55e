/**
 * `privacy.retention`, hourly: for each workspace with a retention policy, removes one batch
 * of raw text (comments, transcripts, notes) older than the policy allows and audits it; a
 * run that hit its batch limit enqueues the next at once. It also drops rate-limit counters
 * (client addresses, e-mails) a day after their window began, and stored Idempotency-Key
 * replies (which hold what was created) after seven days: a retry is replayed for a week.
 */
import { applyRetention, DAY_MS, systemCtx } from '@rapport/core';
import { z } from 'zod';
import { defineJob } from './definition.ts';

export const RATE_COUNTER_KEEP_MS = DAY_MS;
export const IDEMPOTENCY_KEEP_MS = 7 * DAY_MS;

export const retentionJob = defineJob({
  name: 'privacy.retention',
  schema: z.object({}),
  maxAttempts: 3,
  async handler(ctx) {
    const d = { r: ctx.r, ids: ctx.ids, clock: { now: () => new Date(ctx.now) } };
    let more = false;
    for (const p of await ctx.r.privacy.retentionWorkspaces()) {
      const run = await applyRetention(d, systemCtx(p.workspaceId), p.rawTextDays);
      more ||= run.more;
      if (Object.keys(run.removed).length)
        ctx.logger.info({ workspaceId: p.workspaceId, ...run }, 'retention removed raw text');
    }
    const before = new Date(Date.parse(ctx.now) - RATE_COUNTER_KEEP_MS).toISOString();
    await ctx.r.rateLimits.purgeBefore(before);
    await ctx.r.idempotency.purgeBefore(
      new Date(Date.parse(ctx.now) - IDEMPOTENCY_KEEP_MS).toISOString(),
    );
    if (more) await ctx.enqueue(retentionJob, {});
  },
});
