import {
  createCustomer,
  deleteCustomer,
  getCustomer,
  listCustomers,
  updateCustomer,
  type Customer,
} from '@rapport/core';
import { customer, customerInput, customerListQuery, idParam, pageOf } from '@rapport/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';
import { idempotentWrite, readWith } from '../../lib/idempotent.ts';
import { errorResponses, noContent } from '../../plugins/openapi.ts';

export function presentCustomer(c: Customer) {
  const { workspaceId: _ws, ...rest } = c;
  return rest;
}

export function customerRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['customers'];
  const auth = { preHandler: app.authenticate };

  r.post('/api/v1/customers', {
    ...auth,
    schema: {
      tags,
      summary: 'Create a customer',
      body: customerInput,
      response: { 201: customer, ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(deps, req, reply, 201, async (d) =>
        presentCustomer(await createCustomer(d, req.ctx, req.body)),
      ),
  });

  r.get('/api/v1/customers', {
    ...auth,
    schema: {
      tags,
      summary: 'List customers (newest first)',
      querystring: customerListQuery,
      response: { 200: pageOf(customer), ...errorResponses },
    },
    handler: async (req) => {
      const { limit, cursor, ...filter } = req.query;
      const page = await readWith(deps, (d) =>
        listCustomers(d, req.ctx, filter, { limit, cursor }),
      );
      return { items: page.items.map(presentCustomer), nextCursor: page.nextCursor };
    },
  });

  r.get('/api/v1/customers/:id', {
    ...auth,
    schema: {
      tags,
      summary: 'Get a customer',
      params: idParam,
      response: { 200: customer, ...errorResponses },
    },
    handler: async (req) =>
      presentCustomer(await readWith(deps, (d) => getCustomer(d, req.ctx, req.params.id))),
  });

  r.patch('/api/v1/customers/:id', {
    ...auth,
    schema: {
      tags,
      summary: 'Update a customer',
      params: idParam,
      body: customerInput,
      response: { 200: customer, ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(deps, req, reply, 200, async (d) =>
        presentCustomer(await updateCustomer(d, req.ctx, req.params.id, req.body)),
      ),
  });

  r.delete('/api/v1/customers/:id', {
    ...auth,
    schema: {
      tags,
      summary: 'Delete a customer',
      params: idParam,
      response: { 204: noContent, ...errorResponses },
    },
    handler: async (req, reply) => {
      await deps.store.write((rr) =>
        deleteCustomer({ r: rr, clock: deps.clock, ids: deps.ids }, req.ctx, req.params.id),
      );
      return reply.code(204).send(null);
    },
  });
}
