/**
 * Feedback programs in the background: transactional surveys triggered by interactions, and
 * relationship surveys sent on their schedule, per workspace.
 */
import {
  MINUTE_MS,
  runSurveySchedules,
  systemCtx,
  triggerSurveysForInteraction,
} from '@rapport/core';
import { z } from 'zod';
import { defineJob, type JobContext } from './definition.ts';
import { interactionCreated } from './events.ts';
import type { JobRegistry } from './registry.ts';

const deps = <P>(ctx: JobContext<P>) => ({ r: ctx.r, clock: ctx.clock, ids: ctx.ids });

/** One workspace's due schedule invitations, a batch per run; a full batch runs again at once. */
export const surveySchedulesForWorkspace = defineJob({
  name: 'surveys.schedule.workspace',
  schema: z.object({}),
  maxAttempts: 3,
  async handler(ctx) {
    const { invited, more } = await runSurveySchedules(deps(ctx), systemCtx(ctx.workspaceId));
    if (more)
      await ctx.enqueue(
        surveySchedulesForWorkspace,
        {},
        { dedupeKey: `surveys.schedule:${ctx.workspaceId}:more` },
      );
    if (invited.length)
      ctx.logger.info({ invited: invited.length }, 'scheduled survey invitations');
  },
});

/** The recurring system job: fans out to every workspace. */
export const surveySchedules = defineJob({
  name: 'surveys.schedule',
  schema: z.object({}),
  maxAttempts: 3,
  async handler(ctx) {
    for (const ws of await ctx.r.workspaces.list()) {
      await ctx.enqueue(
        surveySchedulesForWorkspace,
        {},
        { workspaceId: ws.id, dedupeKey: `surveys.schedule:${ws.id}` },
      );
    }
  },
});

export function registerFeedbackJobs(registry: JobRegistry): JobRegistry {
  return registry
    .on(interactionCreated, {
      name: 'survey-triggers',
      handler: async (ctx) => {
        await triggerSurveysForInteraction(
          deps(ctx),
          systemCtx(ctx.workspaceId),
          ctx.payload.interactionId,
        );
      },
    })
    .define(surveySchedulesForWorkspace)
    .define(surveySchedules)
    .every(surveySchedules, 15 * MINUTE_MS, {});
}
