/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate requests, at
 * GET /api/openapi.json, with readable docs at /api/docs.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { problem } from '@rapport/contracts';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** The problem responses every authenticated route may give, for the document. */
export const errorResponses = {
  400: problem.describe('Malformed request'),
  401: problem.describe('No or bad credentials'),
  403: problem.describe('The role may not do this'),
  404: problem.describe('No such resource in this workspace'),
  409: problem.describe('Conflict with the current state'),
  413: problem.describe('Body too large'),
  422: problem.describe('Invalid field(s), named in errors[]'),
} as const;

export const noContent = z.null().describe('Done; no content.');

export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Rapport API',
        version,
        description:
          'Customer experience management: customers, employees, interactions, surveys, responses, metrics, cases and praise. ' +
          'Authenticate with `Authorization: Bearer <API key>`. Errors are RFC 9457 problem+json. ' +
          'Creates accept an `Idempotency-Key` header.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      components: {
        securitySchemes: {
          apiKey: {
            type: 'http',
            scheme: 'bearer',
            description: 'A workspace API key: rk.<workspace>.<secret>',
          },
          session: { type: 'apiKey', in: 'cookie', name: 'rapport_session' },
        },
      },
      security: [{ apiKey: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
    hideUntagged: false,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
