import {
  authorize,
  createInteraction,
  deleteInteraction,
  getInteraction,
  listInteractions,
  updateInteraction,
  type Interaction,
} from '@rapport/core';
import {
  bulkResult,
  idParam,
  interaction,
  interactionInput,
  interactionListQuery,
  interactionPatch,
  pageOf,
} from '@rapport/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';
import { idempotencyKeyOf, idempotentWrite, readWith } from '../../lib/idempotent.ts';
import { errorResponses, noContent } from '../../plugins/openapi.ts';
import { ingestNdjson } from './bulk.ts';

export const presentInteraction = ({ workspaceId: _ws, ...rest }: Interaction) => ({
  ...rest,
  messageCount: rest.messageCount ?? rest.messages.length,
});

export function interactionRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const auth = { preHandler: app.authenticate };
  const tags = ['interactions'];

  r.post('/api/v1/interactions', {
    ...auth,
    schema: {
      tags,
      summary: 'Record an interaction (a touchpoint), optionally with its transcript',
      body: interactionInput,
      response: { 201: interaction, ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(deps, req, reply, 201, async (d) =>
        presentInteraction(await createInteraction(d, req.ctx, req.body)),
      ),
  });

  r.post('/api/v1/interactions/bulk', {
    ...auth,
    bodyLimit: deps.settings.bodyLimit * 64,
    schema: {
      tags,
      summary: 'Bulk ingest of interactions as NDJSON (Content-Type: application/x-ndjson)',
      description:
        'One interaction object per line, as for POST /api/v1/interactions. Each line is accepted or rejected on its own. With an Idempotency-Key, a retry replays each line created before (same id) and runs only the others.',
      body: z.string().describe('NDJSON: one interaction per line'),
      response: { 200: bulkResult, ...errorResponses },
    },
    handler: async (req) => {
      authorize(req.ctx, 'interactions:write');
      return ingestNdjson(deps, req.ctx, req.body, idempotencyKeyOf(req));
    },
  });

  r.get('/api/v1/interactions', {
    ...auth,
    schema: {
      tags,
      summary: 'List interactions, newest first (transcripts omitted)',
      querystring: interactionListQuery,
      response: { 200: pageOf(interaction), ...errorResponses },
    },
    handler: async (req) => {
      const { limit, cursor, ...filter } = req.query;
      const page = await readWith(deps, (d) =>
        listInteractions(d, req.ctx, filter, { limit, cursor }),
      );
      return { items: page.items.map(presentInteraction), nextCursor: page.nextCursor };
    },
  });

  r.get('/api/v1/interactions/:id', {
    ...auth,
    schema: {
      tags,
      summary: 'Get an interaction with its transcript',
      params: idParam,
      response: { 200: interaction, ...errorResponses },
    },
    handler: async (req) =>
      presentInteraction(await readWith(deps, (d) => getInteraction(d, req.ctx, req.params.id))),
  });

  r.patch('/api/v1/interactions/:id', {
    ...auth,
    schema: {
      tags,
      summary: 'Update an interaction',
      params: idParam,
      body: interactionPatch,
      response: { 200: interaction, ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(deps, req, reply, 200, async (d) =>
        presentInteraction(await updateInteraction(d, req.ctx, req.params.id, req.body)),
      ),
  });

  r.delete('/api/v1/interactions/:id', {
    ...auth,
    schema: {
      tags,
      summary: 'Delete an interaction',
      params: idParam,
      response: { 204: noContent, ...errorResponses },
    },
    handler: async (req, reply) => {
      await deps.store.write((rr) =>
        deleteInteraction({ r: rr, clock: deps.clock, ids: deps.ids }, req.ctx, req.params.id),
      );
      return reply.code(204).send(null);
    },
  });
}
