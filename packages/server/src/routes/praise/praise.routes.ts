import {
  createPraise,
  getPraise,
  passPraiseUp,
  praiseCounts as countPraise,
  praiseFeed,
  publicPraise,
} from '@rapport/core';
import {
  idParam,
  pageOf,
  praise,
  praiseCounts,
  praiseCountsQuery,
  praiseFeedQuery,
  praiseInput,
  praisePass,
} from '@rapport/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';
import { idempotentWrite, readWith } from '../../lib/idempotent.ts';
import { errorResponses } from '../../plugins/openapi.ts';

/** Praise: log a compliment, pass it up the chain, the recognition feed and counts. */
export function praiseRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const auth = { preHandler: app.authenticate };
  const tags = ['praise'];

  r.post('/api/v1/praise', {
    ...auth,
    schema: {
      tags,
      summary: 'Log praise for colleagues, or record a "Contact Us" thank-you',
      description:
        'Delivered to each employee praised and to their manager. Without employeeIds, the employees named in ' +
        'the text (or by their job among those who served the customer) are praised.',
      body: praiseInput,
      response: { 201: praise, ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(deps, req, reply, 201, async (d) =>
        publicPraise(await createPraise(d, req.ctx, req.body)),
      ),
  });

  r.get('/api/v1/praise', {
    ...auth,
    schema: {
      tags,
      summary: 'The recognition feed: praise about a person, a team or of a customer, newest first',
      querystring: praiseFeedQuery,
      response: { 200: pageOf(praise), ...errorResponses },
    },
    handler: async (req) => {
      const { limit, cursor, ...filter } = req.query;
      const page = await readWith(deps, (d) => praiseFeed(d, req.ctx, filter, { limit, cursor }));
      return { items: page.items.map(publicPraise), nextCursor: page.nextCursor };
    },
  });

  r.get('/api/v1/praise/counts', {
    ...auth,
    schema: {
      tags,
      summary: "An employee's praise received, passed up, and received as a manager",
      querystring: praiseCountsQuery,
      response: { 200: praiseCounts, ...errorResponses },
    },
    handler: async (req) => ({
      employeeId: req.query.employeeId,
      ...(await readWith(deps, (d) => countPraise(d, req.ctx, req.query.employeeId))),
    }),
  });

  r.get('/api/v1/praise/:id', {
    ...auth,
    schema: {
      tags,
      summary: 'Get praise with every step of its way up',
      params: idParam,
      response: { 200: praise, ...errorResponses },
    },
    handler: async (req) =>
      publicPraise(await readWith(deps, (d) => getPraise(d, req.ctx, req.params.id))),
  });

  r.post('/api/v1/praise/:id/pass', {
    ...auth,
    schema: {
      tags,
      summary: 'Pass praise on to your own manager, with a note',
      params: idParam,
      body: praisePass,
      response: { 200: praise, ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(deps, req, reply, 200, async (d) =>
        publicPraise(await passPraiseUp(d, req.ctx, req.params.id, req.body)),
      ),
  });
}
