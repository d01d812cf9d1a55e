// @rapport/contracts — the public API's schemas, shared by server, web and CLI.
export * from './common.schema.ts';
export * from './customers.schema.ts';
export * from './employees.schema.ts';
export * from './interactions.schema.ts';
export * from './auth.schema.ts';
export * from './client.ts';
export * from './feedback.schema.ts';
export * from './metrics.schema.ts';
export * from './channels.schema.ts';
export * from './chain.schema.ts';
export * from './rules.schema.ts';
export * from './cases.schema.ts';
export * from './praise.schema.ts';
export * from './webhooks.schema.ts';
export * from './security.schema.ts';
export * from './journey.schema.ts';
