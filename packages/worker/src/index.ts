// @rapport/worker — durable jobs kept in the database: the registry, the queue, the scheduler.
export * from './backoff.ts';
export * from './definition.ts';
export * from './registry.ts';
export * from './events.ts';
export * from './jobs.ts';
export * from './logger.ts';
export * from './purge.job.ts';
export * from './runner.ts';
export * from './scheduler.ts';
export * from './worker.ts';
export * from './conversation.jobs.ts';
export * from './closed-loop.jobs.ts';
export * from './notify-email.job.ts';
export * from './webhook-deliver.job.ts';
export * from './journey.jobs.ts';
export * from './text-analyzer.ts';
export * from './retention.job.ts';
