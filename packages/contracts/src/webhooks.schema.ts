import { z } from 'zod';
import { pageQuery } from './common.schema.ts';

export const webhookEventPattern = z
  .string()
  .max(64)
  .describe(
    'An event type (case.opened, case.updated, case.note_added, case.escalated, case.closed, praise.created, ' +
      'praise.passed_up, response.created, rule.matched) or a pattern: case.*, praise.*, *.',
  );

export const webhookInput = z.object({
  url: z
    .string()
    .max(2_000)
    .describe('An http(s) URL that receives POSTs signed per Standard Webhooks.'),
  events: z.array(webhookEventPattern).min(1).max(20),
  enabled: z.boolean().optional(),
  description: z.string().max(500).nullable().optional(),
});

export const webhookPatch = webhookInput.partial();

export const webhookEndpoint = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(z.string()),
  enabled: z.boolean(),
  description: z.string().nullable(),
  createdAt: z.string(),
});
export type WebhookEndpointDto = z.infer<typeof webhookEndpoint>;

export const webhookCreated = webhookEndpoint.extend({
  secret: z
    .string()
    .describe(
      'The signing secret (whsec_…): shown once, now. Verify with any Standard Webhooks library.',
    ),
});

export const webhookDelivery = z.object({
  id: z.string(),
  endpointId: z.string(),
  eventId: z.string().describe('The webhook-id header: the same on every attempt.'),
  eventType: z.string(),
  payload: z.object({
    type: z.string(),
    timestamp: z.string(),
    data: z.record(z.string(), z.unknown()),
  }),
  status: z.enum(['pending', 'retrying', 'delivered', 'failed']),
  attempts: z.number().int(),
  responseStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
});

export const webhookDeliveryQuery = pageQuery;
