import {
  authorize,
  createEmployee,
  createTeam,
  deleteEmployee,
  getEmployee,
  listEmployees,
  notFound,
  updateEmployee,
  updateTeam,
  type Employee,
  type Team,
} from '@rapport/core';
import {
  employee,
  employeeInput,
  employeeListQuery,
  employeePatch,
  idParam,
  pageOf,
  team,
  teamInput,
  teamPatch,
} from '@rapport/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';
import { idempotentWrite, readWith } from '../../lib/idempotent.ts';
import { errorResponses, noContent } from '../../plugins/openapi.ts';

export const presentEmployee = ({ workspaceId: _ws, ...rest }: Employee) => rest;
export const presentTeam = ({ workspaceId: _ws, ...rest }: Team) => rest;

export function employeeRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const auth = { preHandler: app.authenticate };
  const tags = ['employees'];

  r.post('/api/v1/employees', {
    ...auth,
    schema: {
      tags,
      summary: 'Create an employee',
      body: employeeInput,
      response: { 201: employee, ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(deps, req, reply, 201, async (d) =>
        presentEmployee(await createEmployee(d, req.ctx, req.body)),
      ),
  });
  r.get('/api/v1/employees', {
    ...auth,
    schema: {
      tags,
      summary: 'List employees',
      querystring: employeeListQuery,
      response: { 200: pageOf(employee), ...errorResponses },
    },
    handler: async (req) => {
      const { limit, cursor, ...filter } = req.query;
      const page = await readWith(deps, (d) =>
        listEmployees(d, req.ctx, filter, { limit, cursor }),
      );
      return { items: page.items.map(presentEmployee), nextCursor: page.nextCursor };
    },
  });
  r.get('/api/v1/employees/:id', {
    ...auth,
    schema: {
      tags,
      summary: 'Get an employee',
      params: idParam,
      response: { 200: employee, ...errorResponses },
    },
    handler: async (req) =>
      presentEmployee(await readWith(deps, (d) => getEmployee(d, req.ctx, req.params.id))),
  });
  r.patch('/api/v1/employees/:id', {
    ...auth,
    schema: {
      tags,
      summary: 'Update an employee (e.g. their manager)',
      params: idParam,
      body: employeePatch,
      response: { 200: employee, ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(deps, req, reply, 200, async (d) =>
        presentEmployee(await updateEmployee(d, req.ctx, req.params.id, req.body)),
      ),
  });
  r.delete('/api/v1/employees/:id', {
    ...auth,
    schema: {
      tags,
      summary: 'Delete an employee who manages no one',
      params: idParam,
      response: { 204: noContent, ...errorResponses },
    },
    handler: async (req, reply) => {
      await deps.store.write((rr) =>
        deleteEmployee({ r: rr, clock: deps.clock, ids: deps.ids }, req.ctx, req.params.id),
      );
      return reply.code(204).send(null);
    },
  });

  const teamTags = ['teams'];
  r.post('/api/v1/teams', {
    ...auth,
    schema: {
      tags: teamTags,
      summary: 'Create a team',
      body: teamInput,
      response: { 201: team, ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(deps, req, reply, 201, async (d) =>
        presentTeam(await createTeam(d, req.ctx, req.body)),
      ),
  });
  r.get('/api/v1/teams', {
    ...auth,
    schema: {
      tags: teamTags,
      summary: 'List teams',
      response: { 200: z.object({ items: z.array(team) }), ...errorResponses },
    },
    handler: async (req) => {
      authorize(req.ctx, 'employees:read');
      const teams = await deps.store.read((rr) => rr.teams.list(req.ctx.workspaceId));
      return { items: teams.map(presentTeam) };
    },
  });
  r.get('/api/v1/teams/:id', {
    ...auth,
    schema: {
      tags: teamTags,
      summary: 'Get a team',
      params: idParam,
      response: { 200: team, ...errorResponses },
    },
    handler: async (req) => {
      authorize(req.ctx, 'employees:read');
      const t = await deps.store.read((rr) => rr.teams.get(req.ctx.workspaceId, req.params.id));
      if (!t) throw notFound('team', req.params.id);
      return presentTeam(t);
    },
  });
  r.patch('/api/v1/teams/:id', {
    ...auth,
    schema: {
      tags: teamTags,
      summary: 'Update a team',
      params: idParam,
      body: teamPatch,
      response: { 200: team, ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(deps, req, reply, 200, async (d) =>
        presentTeam(await updateTeam(d, req.ctx, req.params.id, req.body)),
      ),
  });
}
