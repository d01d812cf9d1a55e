/**
 * The closed loop in the background: rules run on every new signal, low score and interaction
 * (a response's rules ran at ingest); `response.created` goes out to webhooks; SLA timers escalate cases; e-mail
 * notifications and webhook deliveries leave with retries.
 */
import {
  CASE_SLA_CHECK_JOB,
  checkSla,
  emitWebhook,
  rulesOnInteraction,
  rulesOnLowScore,
  rulesOnResponse,
  rulesOnSignal,
  type Deps,
  type RuleMatch,
} from '@rapport/core';
import { z } from 'zod';
import { defineJob, type JobContext } from './definition.ts';
import { interactionCreated, responseCreated, signalCreated, surveyLowScore } from './events.ts';
import { notifyEmailJob, type NotificationMailer } from './notify-email.job.ts';
import type { JobRegistry } from './registry.ts';
import { webhookDeliverJob } from './webhook-deliver.job.ts';

const deps = <P>(ctx: JobContext<P>): Deps => ({ r: ctx.r, clock: ctx.clock, ids: ctx.ids });

function logMatches<P>(ctx: JobContext<P>, matches: RuleMatch[]): void {
  if (matches.length)
    ctx.logger.info(
      { job: ctx.job.id, rules: matches.map((m) => ({ rule: m.ruleId, actions: m.actions })) },
      'rules matched',
    );
}

/** At a case's due time: escalate it if it is still active and still due then. */
export const caseSlaCheckJob = defineJob({
  name: CASE_SLA_CHECK_JOB,
  schema: z.object({ caseId: z.string().min(1), dueAt: z.string().min(1) }),
  async handler(ctx) {
    const r = await checkSla(deps(ctx), ctx.workspaceId, ctx.payload.caseId, ctx.payload.dueAt);
    if (r.outcome === 'escalated')
      ctx.logger.info(
        { case: ctx.payload.caseId, level: r.case?.escalationLevel },
        'case SLA breached: escalated',
      );
  },
});

/**
 * Response rules run at ingest now (core's `rulesOnNewResponse`); this job only finishes the
 * `response.created:rules` jobs an older version queued before an upgrade. Nothing enqueues it.
 */
export const legacyResponseRulesJob = defineJob({
  name: `${responseCreated.name}:rules`,
  schema: responseCreated.schema,
  handler: async (ctx) =>
    logMatches(ctx, await rulesOnResponse(deps(ctx), ctx.workspaceId, ctx.payload.responseId)),
});

export interface ClosedLoopJobOptions {
  /** How notification e-mails leave (default: SMTP from the settings, or the log). */
  mailer?: NotificationMailer | undefined;
}

export function registerClosedLoopJobs(
  registry: JobRegistry,
  opts: ClosedLoopJobOptions = {},
): JobRegistry {
  return registry
    .define(legacyResponseRulesJob)
    .on(responseCreated, {
      name: 'webhooks',
      handler: async (ctx) => {
        const r = await ctx.r.responses.get(ctx.workspaceId, ctx.payload.responseId);
        // Pulse answers are anonymous: they never leave as single responses.
        if (!r || r.surveyKind === 'employee' || r.surveyKind === 'leadership') return;
        const { workspaceId: _ws, ...response } = r;
        await emitWebhook(deps(ctx), ctx.workspaceId, 'response.created', { response }, r.id);
      },
    })
    .on(signalCreated, {
      name: 'rules',
      handler: async (ctx) =>
        logMatches(ctx, await rulesOnSignal(deps(ctx), ctx.workspaceId, ctx.payload.signalId)),
    })
    .on(interactionCreated, {
      name: 'rules',
      handler: async (ctx) =>
        logMatches(
          ctx,
          await rulesOnInteraction(deps(ctx), ctx.workspaceId, ctx.payload.interactionId),
        ),
    })
    .on(surveyLowScore, {
      name: 'rules',
      handler: async (ctx) =>
        logMatches(ctx, await rulesOnLowScore(deps(ctx), ctx.workspaceId, ctx.payload)),
    })
    .define(caseSlaCheckJob)
    .define(notifyEmailJob(opts.mailer))
    .define(webhookDeliverJob);
}
