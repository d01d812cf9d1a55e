/**
 * The journey in the background: every new interaction and customer-survey response moves the
 * customer's engagement (recomputed from that touchpoint on), and has its texts read (note,
 * each message with its speaker, comment) into signals — each announced by `signal.created` —
 * after which the engagement is recomputed with the emotions read.
 * Also re-analysis after a model update, and rescoring a workspace after its engagement
 * parameters change.
 */
import {
  ENGAGEMENT_RECOMPUTE_JOB,
  ENGAGEMENT_RESCORE_JOB,
  analyzeArrivedInteraction,
  analyzeArrivedResponse,
  interactionEngagement,
  recomputeEngagement,
  reanalyzeSources,
  rescorePage,
  responseEngagement,
  type Deps,
  type TextAnalyzer,
} from '@rapport/core';
import { z } from 'zod';
import { defineJob, type JobContext } from './definition.ts';
import { interactionCreated, responseCreated } from './events.ts';
import type { JobRegistry } from './registry.ts';

const deps = <P>(ctx: JobContext<P>): Deps => ({ r: ctx.r, clock: ctx.clock, ids: ctx.ids });

/** Recomputes one customer's score from a time on (null: from the first touchpoint). */
export const engagementRecomputeJob = defineJob({
  name: ENGAGEMENT_RECOMPUTE_JOB,
  schema: z.object({ customerId: z.string().min(1), from: z.string().nullable() }),
  async handler(ctx) {
    await recomputeEngagement(deps(ctx), ctx.workspaceId, ctx.payload.customerId, ctx.payload.from);
  },
});

/** One page of customers to rescore; enqueues the next page. */
export const engagementRescoreJob = defineJob({
  name: ENGAGEMENT_RESCORE_JOB,
  schema: z.object({ cursor: z.string().nullable() }),
  async handler(ctx) {
    const next = await rescorePage(deps(ctx), ctx.workspaceId, ctx.payload.cursor);
    if (next) await ctx.enqueue(engagementRescoreJob, { cursor: next });
  },
});

export const SIGNALS_REANALYZE_JOB = 'signals.reanalyze';
/** Sources per re-analysis job: a few hundred texts, well under a second with the model. */
export const REANALYZE_BATCH = 100;

export const reanalyzeSchema = z.object({
  kind: z.enum(['interaction', 'response']),
  ids: z.array(z.string().min(1)).min(1).max(1000),
  /** Read again even texts whose signals come from the current model. */
  all: z.boolean(),
});

/** Reads a batch of stored texts again with the current model (see `rapport signals reanalyze`). */
export function signalsReanalyzeJob(analyzer: TextAnalyzer) {
  return defineJob({
    name: SIGNALS_REANALYZE_JOB,
    schema: reanalyzeSchema,
    async handler(ctx) {
      const { kind, ids, all } = ctx.payload;
      const report = await reanalyzeSources(deps(ctx), analyzer, ctx.workspaceId, kind, ids, all);
      ctx.logger.info({ job: ctx.job.id, ...report }, 're-analysed texts');
    },
  });
}

export interface JourneyJobOptions {
  /** The text analyzer; null reads no text (engagement still moves). */
  analyzer: TextAnalyzer | null;
}

export function registerJourneyJobs(registry: JobRegistry, opts: JourneyJobOptions): JobRegistry {
  const { analyzer } = opts;
  registry
    .on(interactionCreated, {
      name: 'engagement',
      handler: (ctx) =>
        interactionEngagement(deps(ctx), ctx.workspaceId, ctx.payload.interactionId),
    })
    .on(responseCreated, {
      name: 'engagement',
      handler: (ctx) => responseEngagement(deps(ctx), ctx.workspaceId, ctx.payload.responseId),
    })
    .define(engagementRecomputeJob)
    .define(engagementRescoreJob);
  if (!analyzer) return registry;
  registry
    .on(interactionCreated, {
      name: 'signals',
      handler: async (ctx) => {
        await analyzeArrivedInteraction(
          deps(ctx),
          analyzer,
          ctx.workspaceId,
          ctx.payload.interactionId,
        );
      },
    })
    .on(responseCreated, {
      name: 'signals',
      handler: async (ctx) => {
        await analyzeArrivedResponse(deps(ctx), analyzer, ctx.workspaceId, ctx.payload.responseId);
      },
    })
    .define(signalsReanalyzeJob(analyzer));
  return registry;
}
