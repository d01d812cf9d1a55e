// Outbound webhooks: endpoints, Standard Webhooks signatures, the transactional outbox.
export * from './webhook.ts';
export * from './webhook-signature.ts';
export * from './webhook.service.ts';
export * from './webhook-target.ts';
