import {
  createRule,
  deleteRule,
  dryRunRule,
  getRule,
  listRules,
  updateRule,
  type Rule,
} from '@rapport/core';
import {
  dryRunResult,
  idParam,
  rule,
  ruleInput,
  ruleListQuery,
  rulePatch,
} from '@rapport/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';
import { idempotentWrite, readWith } from '../../lib/idempotent.ts';
import { errorResponses, noContent } from '../../plugins/openapi.ts';

export const presentRule = ({ workspaceId: _ws, ...rest }: Rule) => rest;

/** Rules: CRUD, validated in full, and a dry run over the last 30 days. */
export function ruleRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const auth = { preHandler: app.authenticate };
  const tags = ['rules'];

  r.post('/api/v1/rules', {
    ...auth,
    schema: {
      tags,
      summary: 'Create a rule',
      body: ruleInput,
      response: { 201: rule, ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(deps, req, reply, 201, async (d) =>
        presentRule(await createRule(d, req.ctx, req.body)),
      ),
  });

  r.get('/api/v1/rules', {
    ...auth,
    schema: {
      tags,
      summary: 'List the rules (the defaults of a new workspace included)',
      querystring: ruleListQuery,
      response: { 200: z.object({ items: z.array(rule) }), ...errorResponses },
    },
    handler: async (req) => {
      const { trigger, enabled } = req.query;
      const rules = await readWith(deps, (d) =>
        listRules(d, req.ctx, {
          ...(trigger ? { trigger } : {}),
          ...(enabled ? { enabled: enabled === 'true' } : {}),
        }),
      );
      return { items: rules.map(presentRule) };
    },
  });

  r.post('/api/v1/rules/dry-run', {
    ...auth,
    schema: {
      tags,
      summary: 'What a rule would have matched over the last 30 days (nothing is done)',
      body: ruleInput,
      response: { 200: dryRunResult, ...errorResponses },
    },
    handler: (req) => readWith(deps, (d) => dryRunRule(d, req.ctx, req.body)),
  });

  r.get('/api/v1/rules/:id', {
    ...auth,
    schema: {
      tags,
      summary: 'Get a rule',
      params: idParam,
      response: { 200: rule, ...errorResponses },
    },
    handler: async (req) =>
      presentRule(await readWith(deps, (d) => getRule(d, req.ctx, req.params.id))),
  });

  r.post('/api/v1/rules/:id/dry-run', {
    ...auth,
    schema: {
      tags,
      summary: 'What a stored rule would have matched over the last 30 days',
      params: idParam,
      response: { 200: dryRunResult, ...errorResponses },
    },
    handler: (req) =>
      readWith(deps, async (d) => dryRunRule(d, req.ctx, await getRule(d, req.ctx, req.params.id))),
  });

  r.patch('/api/v1/rules/:id', {
    ...auth,
    schema: {
      tags,
      summary: 'Change a rule (validated in full)',
      params: idParam,
      body: rulePatch,
      response: { 200: rule, ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(deps, req, reply, 200, async (d) =>
        presentRule(await updateRule(d, req.ctx, req.params.id, req.body)),
      ),
  });

  r.delete('/api/v1/rules/:id', {
    ...auth,
    schema: {
      tags,
      summary: 'Delete a rule',
      params: idParam,
      response: { 204: noContent, ...errorResponses },
    },
    handler: async (req, reply) => {
      await deps.store.write((rr) =>
        deleteRule({ r: rr, clock: deps.clock, ids: deps.ids }, req.ctx, req.params.id),
      );
      return reply.code(204).send(null);
    },
  });
}
