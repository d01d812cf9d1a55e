import {
  addNote,
  assignCases,
  caseMetrics,
  closeCase,
  createCase,
  getCase,
  listAssignees,
  listCases,
  updateCase,
} from '@rapport/core';
import {
  caseAssign,
  caseAssignees,
  caseClose,
  caseDetail,
  caseDto,
  caseInput,
  caseListQuery,
  caseMetrics as caseMetricsSchema,
  caseMetricsQuery,
  caseNote,
  casePatch,
  idParam,
  pageOf,
} from '@rapport/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';
import { idempotentWrite, readWith } from '../../lib/idempotent.ts';
import { errorResponses } from '../../plugins/openapi.ts';
import { presentCase, presentCases, presentEvent } from './case.presenter.ts';

/** Cases: the closed loop's follow-ups, their history, assignment, notes, closing, metrics. */
export function caseRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const auth = { preHandler: app.authenticate };
  const tags = ['cases'];

  r.post('/api/v1/cases', {
    ...auth,
    schema: {
      tags,
      summary: 'Open a case by hand (rules open most cases by themselves)',
      body: caseInput,
      response: { 201: caseDto, ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(deps, req, reply, 201, async (d) =>
        presentCase(d, req.ctx.workspaceId, await createCase(d, req.ctx, req.body)),
      ),
  });

  r.get('/api/v1/cases', {
    ...auth,
    schema: {
      tags,
      summary: 'List cases, newest first, by owner, team, customer, status, priority or SLA state',
      querystring: caseListQuery,
      response: { 200: pageOf(caseDto), ...errorResponses },
    },
    handler: async (req) => {
      const { limit, cursor, ...filter } = req.query;
      return readWith(deps, async (d) => {
        const page = await listCases(d, req.ctx, filter, { limit, cursor });
        return {
          items: await presentCases(d, req.ctx.workspaceId, page.items),
          nextCursor: page.nextCursor,
        };
      });
    },
  });

  r.get('/api/v1/cases/metrics', {
    ...auth,
    schema: {
      tags,
      summary: 'Time to first action, time to close, SLA kept %, recovery rate — per team or owner',
      querystring: caseMetricsQuery,
      response: { 200: caseMetricsSchema, ...errorResponses },
    },
    handler: (req) => readWith(deps, (d) => caseMetrics(d, req.ctx, req.query)),
  });

  r.get('/api/v1/cases/assignees', {
    ...auth,
    schema: {
      tags,
      summary: 'To whom the caller may assign a case or a task, and whether to nobody',
      response: { 200: caseAssignees, ...errorResponses },
    },
    handler: (req) => readWith(deps, (d) => listAssignees(d, req.ctx)),
  });

  r.post('/api/v1/cases/assign', {
    ...auth,
    schema: {
      tags,
      summary: 'Assign many cases to one owner',
      body: caseAssign,
      response: { 200: z.object({ items: z.array(caseDto) }), ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(deps, req, reply, 200, async (d) => ({
        items: await presentCases(
          d,
          req.ctx.workspaceId,
          await assignCases(d, req.ctx, req.body.ids, req.body.ownerId),
        ),
      })),
  });

  r.get('/api/v1/cases/:id', {
    ...auth,
    schema: {
      tags,
      summary: 'Get a case with its evidence and history',
      params: idParam,
      response: { 200: caseDetail, ...errorResponses },
    },
    handler: (req) =>
      readWith(deps, async (d) => {
        const { case: c, history } = await getCase(d, req.ctx, req.params.id);
        return {
          ...(await presentCase(d, req.ctx.workspaceId, c)),
          history: history.map(presentEvent),
        };
      }),
  });

  r.patch('/api/v1/cases/:id', {
    ...auth,
    schema: {
      tags,
      summary:
        'Move a case along (open → in_progress → waiting_on_customer → resolved), reassign it, change its priority',
      params: idParam,
      body: casePatch,
      response: { 200: caseDto, ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(deps, req, reply, 200, async (d) =>
        presentCase(d, req.ctx.workspaceId, await updateCase(d, req.ctx, req.params.id, req.body)),
      ),
  });

  r.post('/api/v1/cases/:id/notes', {
    ...auth,
    schema: {
      tags,
      summary: 'Add a note to a case',
      params: idParam,
      body: caseNote,
      response: { 201: caseDto, ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(deps, req, reply, 201, async (d) =>
        presentCase(
          d,
          req.ctx.workspaceId,
          await addNote(d, req.ctx, req.params.id, req.body.text),
        ),
      ),
  });

  r.post('/api/v1/cases/:id/close', {
    ...auth,
    schema: {
      tags,
      summary: 'Close a case with its outcome and root cause (optionally re-survey the customer)',
      params: idParam,
      body: caseClose,
      response: { 200: caseDto, ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(deps, req, reply, 200, async (d) =>
        presentCase(d, req.ctx.workspaceId, await closeCase(d, req.ctx, req.params.id, req.body)),
      ),
  });
}
