/**
 * `webhook.deliver`: posts one delivery, signed per Standard Webhooks, and keeps the delivery
 * log. Each attempt is recorded as it happens (attempts, HTTP status, error); a failure is
 * thrown so the queue retries with backoff, and the ordering key keeps later events of the
 * same case behind it — a receiver that was down gets them later, in order. The `webhook-id`
 * is the event id on every attempt: receivers drop duplicates by it (at least once). A target
 * that is or resolves to a private address (webhook-post.ts) fails the delivery at once, with
 * the reason, and is not retried.
 */
import {
  WEBHOOK_DELIVER_JOB,
  WEBHOOK_MAX_ATTEMPTS,
  webhookRequest,
  type WebhookDelivery,
} from '@rapport/core';
import { z } from 'zod';
import { defineJob, type EffectContext } from './definition.ts';
import { postWebhook, RefusedTarget } from './webhook-post.ts';

const payload = z.object({ deliveryId: z.string().min(1) });
type Ctx = EffectContext<z.infer<typeof payload>>;

export const WEBHOOK_TIMEOUT_MS = 10_000;
export const WEBHOOK_BACKOFF = { baseMs: 5_000, factor: 3, maxMs: 2 * 3_600_000 };

type Result = { kind: 'sent'; status: number } | { kind: 'skipped' };

async function record(ctx: Ctx, d: WebhookDelivery, patch: Partial<WebhookDelivery>) {
  await ctx.store.write((r) => r.webhooks.updateDelivery({ ...d, ...patch }));
}

async function deliver(ctx: Ctx): Promise<Result> {
  const ws = ctx.workspaceId;
  const d = await ctx.store.read((r) => r.webhooks.getDelivery(ws, ctx.payload.deliveryId));
  if (!d || d.status === 'delivered') return { kind: 'skipped' };
  const endpoint = await ctx.store.read((r) => r.webhooks.getEndpoint(ws, d.endpointId));
  if (!endpoint?.enabled) {
    await record(ctx, d, {
      status: 'failed',
      lastError: endpoint ? 'endpoint disabled' : 'endpoint deleted',
    });
    return { kind: 'skipped' };
  }
  const req = webhookRequest(d, endpoint, ctx.clock.now());
  const attempts = ctx.job.attempts;
  const last = attempts >= (ctx.job.maxAttempts || WEBHOOK_MAX_ATTEMPTS);
  let status: number | null = null;
  let error: string;
  try {
    status = await postWebhook({
      url: req.url,
      headers: req.headers,
      body: req.body,
      timeoutMs: WEBHOOK_TIMEOUT_MS,
      allowPrivate: ctx.settings.webhookAllowPrivateTargets,
    });
    if (status >= 200 && status < 300) return { kind: 'sent', status };
    error = `HTTP ${status}`;
  } catch (e) {
    if (e instanceof RefusedTarget) {
      // Not a passing failure: retrying would ask the same question of the same DNS.
      await record(ctx, d, { status: 'failed', attempts, lastError: `refused: ${e.message}` });
      ctx.logger.warn({ deliveryId: d.id, reason: e.message }, 'webhook target refused');
      return { kind: 'skipped' };
    }
    error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
  await record(ctx, d, {
    status: last ? 'failed' : 'retrying',
    attempts,
    responseStatus: status,
    lastError: error,
  });
  throw new Error(`Webhook ${d.id} to ${endpoint.url}: ${error}`);
}

export const webhookDeliverJob = defineJob({
  name: WEBHOOK_DELIVER_JOB,
  schema: payload,
  maxAttempts: WEBHOOK_MAX_ATTEMPTS,
  backoff: WEBHOOK_BACKOFF,
  effect: deliver,
  async handler(ctx, result) {
    if (result.kind !== 'sent') return;
    const d = await ctx.r.webhooks.getDelivery(ctx.workspaceId, ctx.payload.deliveryId);
    if (!d) return;
    await ctx.r.webhooks.updateDelivery({
      ...d,
      status: 'delivered',
      attempts: ctx.job.attempts,
      responseStatus: result.status,
      lastError: null,
      deliveredAt: ctx.now,
    });
  },
});
