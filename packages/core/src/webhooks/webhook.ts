/**
 * Outbound webhooks: endpoints subscribe to event types (`case.*`, `praise.*`,
 * `response.created`, `rule.matched`); each event is one delivery per endpoint, signed per
 * the Standard Webhooks specification and delivered by the job queue with retries.
 */
export const WEBHOOK_EVENT_TYPES = [
  'case.opened',
  'case.updated',
  'case.note_added',
  'case.escalated',
  'case.closed',
  'praise.created',
  'praise.passed_up',
  'response.created',
  'rule.matched',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export interface WebhookEndpoint {
  id: string;
  workspaceId: string;
  url: string;
  /** `whsec_` + base64 of the signing key; shown once, at creation. */
  secret: string;
  /** Event types or patterns (`case.*`, `*`). */
  events: string[];
  enabled: boolean;
  description: string | null;
  createdAt: string;
}

export const DELIVERY_STATUSES = ['pending', 'retrying', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One event to one endpoint: the delivery log. */
export interface WebhookDelivery {
  id: string;
  workspaceId: string;
  endpointId: string;
  /** The message id (`webhook-id`): the same on every attempt, for the receiver to dedupe. */
  eventId: string;
  eventType: WebhookEventType;
  /** The exact body sent: { type, timestamp, data }. */
  payload: WebhookPayload;
  status: DeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

export interface WebhookPayload {
  type: WebhookEventType;
  timestamp: string;
  data: Record<string, unknown>;
}

/** The job that posts one delivery (external effect, retried with backoff). */
export const WEBHOOK_DELIVER_JOB = 'webhook.deliver';

/** Whether an endpoint's subscription (`case.*`, `*`, `case.opened`) covers an event type. */
export function subscribes(patterns: readonly string[], type: string): boolean {
  return patterns.some(
    (p) => p === '*' || p === type || (p.endsWith('.*') && type.startsWith(p.slice(0, -1))),
  );
}

/** Patterns an endpoint may subscribe to. */
export function isEventPattern(p: string): boolean {
  if (p === '*') return true;
  if ((WEBHOOK_EVENT_TYPES as readonly string[]).includes(p)) return true;
  return p.endsWith('.*') && WEBHOOK_EVENT_TYPES.some((t) => t.startsWith(p.slice(0, -1)));
}
