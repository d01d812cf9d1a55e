import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';

/** Liveness (the process answers) and readiness (the database answers too). */
export function healthRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const status = z.object({
    status: z.enum(['ok', 'unavailable']),
    database: z.string().optional(),
    detail: z.string().optional(),
  });
  r.get(
    '/healthz',
    { schema: { tags: ['health'], summary: 'Liveness', response: { 200: status } } },
    async () => ({ status: 'ok' as const }),
  );
  r.get('/readyz', {
    schema: {
      tags: ['health'],
      summary: 'Readiness: the database answers',
      response: { 200: status, 503: status },
    },
    handler: async (_req, reply) => {
      try {
        await deps.store.ping();
        return { status: 'ok' as const, database: deps.store.dialect };
      } catch (e) {
        return reply.code(503).send({
          status: 'unavailable' as const,
          database: deps.store.dialect,
          detail: (e as Error).message,
        });
      }
    },
  });
}
