/**
 * Privacy and accountability: a customer's data exported as JSON or erased everywhere, the
 * retention policy for raw text, and the audit log (admins).
 */
import {
  eraseCustomer,
  exportCustomer,
  getRetention,
  listAudit,
  setRetention,
} from '@rapport/core';
import {
  auditEntry,
  auditQuery,
  customerExport,
  erasureReport,
  idParam,
  pageOf,
  retention,
  retentionInput,
} from '@rapport/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { depsFor, type AppDeps } from '../../deps.ts';
import { idempotentWrite, readWith } from '../../lib/idempotent.ts';
import { errorResponses } from '../../plugins/openapi.ts';

export function privacyRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const auth = { preHandler: app.authenticate };
  const tags = ['privacy'];

  r.get('/api/v1/customers/:id/export', {
    ...auth,
    schema: {
      tags,
      summary: "Export everything about one customer as JSON (a data subject's access request)",
      description: 'Admins only; the export is recorded in the audit log.',
      params: idParam,
      response: { 200: customerExport, ...errorResponses },
    },
    handler: async (req, reply) => {
      // A write: the export leaves an audit entry in the transaction that reads the data.
      const out = await deps.store.write((rr) =>
        exportCustomer(depsFor(deps, rr), req.ctx, req.params.id),
      );
      reply.header('Cache-Control', 'no-store');
      reply.header('Content-Disposition', `attachment; filename="customer-${req.params.id}.json"`);
      return { ...out, customer: { ...out.customer } };
    },
  });

  r.post('/api/v1/customers/:id/erase', {
    ...auth,
    schema: {
      tags,
      summary: 'Erase one customer everywhere (right to erasure)',
      description:
        'Deletes the customer, their interactions and transcripts, survey invitations, responses and answers, signals, cases, praise, tasks, engagement history, queued jobs and stored replies that mention them. Aggregates (metric roll-ups) stay. Admins only; recorded in the audit log.',
      params: idParam,
      response: { 200: erasureReport, ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(deps, req, reply, 200, (d) => eraseCustomer(d, req.ctx, req.params.id)),
  });

  r.get('/api/v1/settings/retention', {
    ...auth,
    schema: {
      tags,
      summary: 'How long raw text (comments, transcripts, notes) is kept',
      response: { 200: retention, ...errorResponses },
    },
    handler: (req) => readWith(deps, (d) => getRetention(d, req.ctx)),
  });

  r.put('/api/v1/settings/retention', {
    ...auth,
    schema: {
      tags,
      summary: 'Set how long raw text is kept (a daily job removes older text)',
      body: retentionInput,
      response: { 200: retention, ...errorResponses },
    },
    handler: (req) => deps.store.write((rr) => setRetention(depsFor(deps, rr), req.ctx, req.body)),
  });

  r.get('/api/v1/audit', {
    ...auth,
    schema: {
      tags,
      summary: 'The audit log: who did what, to what, with what outcome (admins), newest first',
      querystring: auditQuery,
      response: { 200: pageOf(auditEntry), ...errorResponses },
    },
    handler: async (req) => {
      const { limit, cursor, ...filter } = req.query;
      const page = await readWith(deps, (d) => listAudit(d, req.ctx, filter, { limit, cursor }));
      return {
        items: page.items.map(({ workspaceId: _w, ...e }) => e),
        nextCursor: page.nextCursor,
      };
    },
  });
}
