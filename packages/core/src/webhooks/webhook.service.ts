/**
 * Webhook endpoints (CRUD; the secret is shown once, at creation) and the outbox: an event
 * becomes one delivery row and one `webhook.deliver` job per subscribed endpoint, written in
 * the transaction of the change — never lost, never sent for a change that rolled back.
 * Deliveries of one resource (a case) to one endpoint share an ordering key, so a receiver
 * that was down gets them later in order.
 */
import { authorize, type Ctx } from '../auth/actor.ts';
import type { Deps } from '../common/deps.ts';
import { invalid, notFound } from '../errors/domain-error.ts';
import {
  isEventPattern,
  subscribes,
  WEBHOOK_DELIVER_JOB,
  type WebhookDelivery,
  type WebhookEndpoint,
  type WebhookEventType,
} from './webhook.ts';
import { webhookSecret } from './webhook-signature.ts';
import { refusedWebhookUrl, type WebhookTargetPolicy } from './webhook-target.ts';

export interface EndpointInput {
  url: string;
  events: string[];
  enabled?: boolean | undefined;
  description?: string | null | undefined;
}

/** Attempts before a delivery is given up (about two days with the backoff below). */
export const WEBHOOK_MAX_ATTEMPTS = 12;

/** Refuses a URL whose host is or resolves to a private address (webhook-target.ts). */
async function checkTarget(url: string | undefined, policy: WebhookTargetPolicy): Promise<void> {
  if (url === undefined) return;
  const why = await refusedWebhookUrl(url, policy);
  if (why)
    throw invalid(
      'url',
      `Webhooks go to public addresses only: ${why}. (An installation that means to deliver inside its own network sets WEBHOOK_ALLOW_PRIVATE_TARGETS.)`,
    );
}

function checkInput(input: Partial<EndpointInput>): void {
  if (input.url !== undefined) {
    let u: URL;
    try {
      u = new URL(input.url);
    } catch {
      throw invalid('url', 'Expected an absolute http(s) URL.');
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
      throw invalid('url', 'Expected an http(s) URL.');
    if (u.username || u.password) throw invalid('url', 'Put no credentials in the URL.');
  }
  if (input.events !== undefined) {
    if (!input.events.length) throw invalid('events', 'Subscribe to at least one event type.');
    input.events.forEach((e, i) => {
      if (!isEventPattern(e))
        throw invalid(`events[${i}]`, `Unknown event type "${e}" (e.g. case.*, praise.created).`);
    });
  }
}

export async function createEndpoint(
  d: Deps,
  ctx: Ctx,
  input: EndpointInput,
  target: WebhookTargetPolicy,
): Promise<WebhookEndpoint> {
  authorize(ctx, 'settings:write');
  checkInput(input);
  await checkTarget(input.url, target);
  const e: WebhookEndpoint = {
    id: d.ids.id('whk'),
    workspaceId: ctx.workspaceId,
    url: input.url,
    secret: webhookSecret(d.ids.secret()),
    events: [...new Set(input.events)],
    enabled: input.enabled ?? true,
    description: input.description ?? null,
    createdAt: d.clock.now().toISOString(),
  };
  await d.r.webhooks.insertEndpoint(e);
  return e;
}

export async function getEndpoint(d: Deps, ctx: Ctx, id: string): Promise<WebhookEndpoint> {
  authorize(ctx, 'settings:read');
  const e = await d.r.webhooks.getEndpoint(ctx.workspaceId, id);
  if (!e) throw notFound('webhook endpoint', id);
  return e;
}

export async function listEndpoints(d: Deps, ctx: Ctx): Promise<WebhookEndpoint[]> {
  authorize(ctx, 'settings:read');
  return d.r.webhooks.listEndpoints(ctx.workspaceId);
}

export async function updateEndpoint(
  d: Deps,
  ctx: Ctx,
  id: string,
  patch: Partial<EndpointInput>,
  target: WebhookTargetPolicy,
): Promise<WebhookEndpoint> {
  authorize(ctx, 'settings:write');
  const e = await getEndpoint(d, ctx, id);
  checkInput(patch);
  await checkTarget(patch.url, target);
  const next: WebhookEndpoint = {
    ...e,
    url: patch.url ?? e.url,
    events: patch.events ? [...new Set(patch.events)] : e.events,
    enabled: patch.enabled ?? e.enabled,
    description: patch.description === undefined ? e.description : patch.description,
  };
  await d.r.webhooks.updateEndpoint(next);
  return next;
}

/** A new secret; the old one stops working at once. */
export async function rotateSecret(d: Deps, ctx: Ctx, id: string): Promise<WebhookEndpoint> {
  authorize(ctx, 'settings:write');
  const e = await getEndpoint(d, ctx, id);
  const next = { ...e, secret: webhookSecret(d.ids.secret()) };
  await d.r.webhooks.updateEndpoint(next);
  return next;
}

export async function deleteEndpoint(d: Deps, ctx: Ctx, id: string): Promise<void> {
  authorize(ctx, 'settings:write');
  if (!(await d.r.webhooks.deleteEndpoint(ctx.workspaceId, id)))
    throw notFound('webhook endpoint', id);
}

/**
 * Records an event for every enabled endpoint subscribed to its type, in the caller's
 * transaction. `resource` (e.g. the case id) orders deliveries to each endpoint.
 */
export async function emitWebhook(
  d: Deps,
  ws: string,
  type: WebhookEventType,
  /** The event's data, or a function that builds it (called only if an endpoint takes it). */
  data: Record<string, unknown> | (() => Promise<Record<string, unknown>>),
  resource: string,
): Promise<WebhookDelivery[]> {
  const endpoints = (await d.r.webhooks.listEndpoints(ws)).filter(
    (e) => e.enabled && subscribes(e.events, type),
  );
  if (!endpoints.length) return [];
  const body = typeof data === 'function' ? await data() : data;
  const now = d.clock.now().toISOString();
  const eventId = d.ids.id('evt');
  const payload = { type, timestamp: now, data: JSON.parse(JSON.stringify(body)) as typeof body };
  const out: WebhookDelivery[] = [];
  for (const e of endpoints) {
    const delivery: WebhookDelivery = {
      id: d.ids.id('dlv'),
      workspaceId: ws,
      endpointId: e.id,
      eventId,
      eventType: type,
      payload,
      status: 'pending',
      attempts: 0,
      responseStatus: null,
      lastError: null,
      createdAt: now,
      deliveredAt: null,
    };
    await d.r.webhooks.insertDelivery(delivery);
    await d.r.jobs.enqueue(
      ws,
      {
        name: WEBHOOK_DELIVER_JOB,
        payload: { deliveryId: delivery.id },
        orderingKey: `webhook:${e.id}:${resource}`,
        maxAttempts: WEBHOOK_MAX_ATTEMPTS,
      },
      d.ids.id('job'),
      now,
    );
    out.push(delivery);
  }
  return out;
}

export async function listDeliveries(
  d: Deps,
  ctx: Ctx,
  endpointId: string,
  page: { limit: number; cursor?: string | undefined },
) {
  await getEndpoint(d, ctx, endpointId);
  return d.r.webhooks.listDeliveries(ctx.workspaceId, endpointId, page);
}
