/**
 * Pulses in the background, per workspace: scheduled employee and leadership waves, and the sweep
 * that makes used or lapsed pulse invitations forget what could tie them to an answer.
 */
import { HOUR_MS, runDuePulses, sweepPulseInvitations, systemCtx } from '@rapport/core';
import { z } from 'zod';
import { defineJob, type JobContext } from './definition.ts';
import type { JobRegistry } from './registry.ts';

const deps = <P>(ctx: JobContext<P>) => ({ r: ctx.r, clock: ctx.clock, ids: ctx.ids });

/** One workspace: the waves that are due, then the sweep. */
export const pulsesForWorkspace = defineJob({
  name: 'pulse.schedule.workspace',
  schema: z.object({}),
  maxAttempts: 3,
  async handler(ctx) {
    const c = systemCtx(ctx.workspaceId);
    const waves = await runDuePulses(deps(ctx), c);
    const forgotten = await sweepPulseInvitations(deps(ctx), c);
    if (waves.length || forgotten) ctx.logger.info({ waves, forgotten }, 'pulses');
  },
});

/** The recurring system job: fans out to every workspace. */
export const pulses = defineJob({
  name: 'pulse.schedule',
  schema: z.object({}),
  maxAttempts: 3,
  async handler(ctx) {
    for (const ws of await ctx.r.workspaces.list())
      await ctx.enqueue(
        pulsesForWorkspace,
        {},
        { workspaceId: ws.id, dedupeKey: `pulse.schedule:${ws.id}` },
      );
  },
});

export function registerPulseJobs(registry: JobRegistry): JobRegistry {
  return registry.define(pulsesForWorkspace).define(pulses).every(pulses, HOUR_MS, {});
}
