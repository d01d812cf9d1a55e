import {
  createEndpoint,
  deleteEndpoint,
  getEndpoint,
  listDeliveries,
  listEndpoints,
  rotateSecret,
  updateEndpoint,
  type WebhookDelivery,
  type WebhookEndpoint,
} from '@rapport/core';
import {
  idParam,
  pageOf,
  webhookCreated,
  webhookDelivery,
  webhookDeliveryQuery,
  webhookEndpoint,
  webhookInput,
  webhookPatch,
} from '@rapport/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';
import { idempotentWrite, readWith } from '../../lib/idempotent.ts';
import { webhookTargetPolicy } from '../../lib/webhook-target.ts';
import { errorResponses, noContent } from '../../plugins/openapi.ts';

/** An endpoint as shown after creation: never its secret. */
export const presentEndpoint = ({ workspaceId: _ws, secret: _s, ...rest }: WebhookEndpoint) => rest;
const presentDelivery = ({ workspaceId: _ws, ...rest }: WebhookDelivery) => rest;

/** Outbound webhook endpoints (the secret is shown once) and their delivery log. */
export function webhookRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const auth = { preHandler: app.authenticate };
  const tags = ['webhooks'];

  r.post('/api/v1/webhooks', {
    ...auth,
    schema: {
      tags,
      summary: 'Add a webhook endpoint; its signing secret is in this answer only',
      body: webhookInput,
      response: { 201: webhookCreated, ...errorResponses },
    },
    handler: async (req, reply) => {
      const target = await webhookTargetPolicy(deps.settings, req.body.url);
      return idempotentWrite(
        deps,
        req,
        reply,
        201,
        async (d) => {
          const e = await createEndpoint(d, req.ctx, req.body, target);
          return { ...presentEndpoint(e), secret: e.secret };
        },
        // The secret is shown once: a retry is told which endpoint it created, not the secret.
        { shownOnce: (b) => b.id },
      );
    },
  });

  r.get('/api/v1/webhooks', {
    ...auth,
    schema: {
      tags,
      summary: 'List webhook endpoints',
      response: { 200: z.object({ items: z.array(webhookEndpoint) }), ...errorResponses },
    },
    handler: async (req) => ({
      items: (await readWith(deps, (d) => listEndpoints(d, req.ctx))).map(presentEndpoint),
    }),
  });

  r.get('/api/v1/webhooks/:id', {
    ...auth,
    schema: {
      tags,
      summary: 'Get a webhook endpoint',
      params: idParam,
      response: { 200: webhookEndpoint, ...errorResponses },
    },
    handler: async (req) =>
      presentEndpoint(await readWith(deps, (d) => getEndpoint(d, req.ctx, req.params.id))),
  });

  r.patch('/api/v1/webhooks/:id', {
    ...auth,
    schema: {
      tags,
      summary: 'Change a webhook endpoint (URL, events, enabled)',
      params: idParam,
      body: webhookPatch,
      response: { 200: webhookEndpoint, ...errorResponses },
    },
    handler: async (req, reply) => {
      const target = await webhookTargetPolicy(deps.settings, req.body.url);
      return idempotentWrite(deps, req, reply, 200, async (d) =>
        presentEndpoint(await updateEndpoint(d, req.ctx, req.params.id, req.body, target)),
      );
    },
  });

  r.post('/api/v1/webhooks/:id/rotate-secret', {
    ...auth,
    schema: {
      tags,
      summary: 'Replace the signing secret; the new one is in this answer only',
      params: idParam,
      response: { 200: webhookCreated, ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(
        deps,
        req,
        reply,
        200,
        async (d) => {
          const e = await rotateSecret(d, req.ctx, req.params.id);
          return { ...presentEndpoint(e), secret: e.secret };
        },
        { shownOnce: (b) => b.id },
      ),
  });

  r.delete('/api/v1/webhooks/:id', {
    ...auth,
    schema: {
      tags,
      summary: 'Delete a webhook endpoint',
      params: idParam,
      response: { 204: noContent, ...errorResponses },
    },
    handler: async (req, reply) => {
      await deps.store.write((rr) =>
        deleteEndpoint({ r: rr, clock: deps.clock, ids: deps.ids }, req.ctx, req.params.id),
      );
      return reply.code(204).send(null);
    },
  });

  r.get('/api/v1/webhooks/:id/deliveries', {
    ...auth,
    schema: {
      tags,
      summary: 'The delivery log of an endpoint, newest first',
      params: idParam,
      querystring: webhookDeliveryQuery,
      response: { 200: pageOf(webhookDelivery), ...errorResponses },
    },
    handler: async (req) => {
      const page = await readWith(deps, (d) =>
        listDeliveries(d, req.ctx, req.params.id, req.query),
      );
      return { items: page.items.map(presentDelivery), nextCursor: page.nextCursor };
    },
  });
}
