/**
 * The registry Rapport runs: the built-in jobs, every event core enqueues, and the features'
 * subscribers. A feature adds its work here, e.g.
 *   registry.on(interactionCreated, { name: 'engagement', handler: (ctx) => … });
 * `rapport serve` and `rapport worker` both run this registry.
 */
import { HOUR_MS, type TextAnalyzer } from '@rapport/core';
import { EVENTS } from './events.ts';
import { registerConversationJobs, type ConversationJobOptions } from './conversation.jobs.ts';
import { DEFAULT_RETENTION_MS, purgeDoneJobs } from './purge.job.ts';
import { JobRegistry } from './registry.ts';
import { registerFeedbackJobs } from './feedback.jobs.ts';
import { responseSubmit } from './response-intake.job.ts';
import { registerPulseJobs } from './pulse.jobs.ts';
import { registerClosedLoopJobs, type ClosedLoopJobOptions } from './closed-loop.jobs.ts';
import { retentionJob } from './retention.job.ts';
import { registerJourneyJobs } from './journey.jobs.ts';
import { defaultTextAnalyzer } from './text-analyzer.ts';

export interface RapportJobOptions {
  /** How long done jobs are kept (default 7 days). */
  retentionMs?: number | undefined;
  /** Survey conversations: the SMS and e-mail senders (the server's channel adapters). */
  conversations?: ConversationJobOptions | undefined;
  /** Rules, cases, praise, notifications and webhooks (the notification mailer). */
  closedLoop?: ClosedLoopJobOptions | undefined;
  /** Reads texts into signals (default: the trained model; null: read nothing). */
  analyzer?: TextAnalyzer | null | undefined;
}

export function createRapportRegistry(opts: RapportJobOptions = {}): JobRegistry {
  const registry = new JobRegistry();
  for (const event of EVENTS) registry.event(event);
  registerFeedbackJobs(registry);
  registry.define(responseSubmit);
  registerPulseJobs(registry);
  registry
    .define(purgeDoneJobs)
    .every(purgeDoneJobs, HOUR_MS, { retentionMs: opts.retentionMs ?? DEFAULT_RETENTION_MS });
  registerConversationJobs(registry, opts.conversations);
  registerClosedLoopJobs(registry, opts.closedLoop);
  registry.define(retentionJob).every(retentionJob, HOUR_MS, {});
  registerJourneyJobs(registry, {
    analyzer: opts.analyzer === undefined ? defaultTextAnalyzer : opts.analyzer,
  });
  return registry;
}
