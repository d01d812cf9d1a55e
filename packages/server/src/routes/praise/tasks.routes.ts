import { assignTask, completeTask, getTask, listTasks, type Task } from '@rapport/core';
import { idParam, pageOf, task, taskComplete, taskListQuery, taskPatch } from '@rapport/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';
import { idempotentWrite, readWith } from '../../lib/idempotent.ts';
import { errorResponses } from '../../plugins/openapi.ts';

export const presentTask = ({ workspaceId: _ws, ...rest }: Task) => rest;

/** Follow-up tasks: "thank the customer personally" after praise, and their completion. */
export function taskRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const auth = { preHandler: app.authenticate };
  const tags = ['tasks'];

  r.get('/api/v1/tasks', {
    ...auth,
    schema: {
      tags,
      summary: 'List follow-up tasks, newest first',
      querystring: taskListQuery,
      response: { 200: pageOf(task), ...errorResponses },
    },
    handler: async (req) => {
      const { limit, cursor, ...filter } = req.query;
      const page = await readWith(deps, (d) => listTasks(d, req.ctx, filter, { limit, cursor }));
      return { items: page.items.map(presentTask), nextCursor: page.nextCursor };
    },
  });

  r.get('/api/v1/tasks/:id', {
    ...auth,
    schema: {
      tags,
      summary: 'Get a task',
      params: idParam,
      response: { 200: task, ...errorResponses },
    },
    handler: async (req) =>
      presentTask(await readWith(deps, (d) => getTask(d, req.ctx, req.params.id))),
  });

  r.patch('/api/v1/tasks/:id', {
    ...auth,
    schema: {
      tags,
      summary: 'Reassign a task',
      params: idParam,
      body: taskPatch,
      response: { 200: task, ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(deps, req, reply, 200, async (d) =>
        req.body.assigneeId === undefined
          ? presentTask(await getTask(d, req.ctx, req.params.id))
          : presentTask(await assignTask(d, req.ctx, req.params.id, req.body.assigneeId)),
      ),
  });

  r.post('/api/v1/tasks/:id/complete', {
    ...auth,
    schema: {
      tags,
      summary: "Complete a task; a follow-up is recorded on the customer's history",
      params: idParam,
      body: taskComplete,
      response: { 200: task, ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(deps, req, reply, 200, async (d) =>
        presentTask(await completeTask(d, req.ctx, req.params.id, req.body)),
      ),
  });
}
