/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate requests, at
 * GET /api/openapi.json, with readable docs at /api/docs.
 */
import swagger, { type SwaggerTransform } from '@fastify/swagger';
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

/**
 * Answers any route may give that its own schema need not repeat, added to the document: a
 * route that reads a body may find it malformed (400), too large (413) or of a type it does
 * not take (415); a route with a token in its path limits misses (429). The fuzzer holds
 * every answer to the statuses documented here.
 */
const withCommonAnswers: SwaggerTransform = (input) => {
  const route = input.route;
  const methods = [route.method].flat();
  if (!input.schema.response) return jsonSchemaTransform(input);
  const response = { ...(input.schema.response as Record<string, unknown>) };
  const add = (status: number, what: string) => {
    if (!(status in response)) response[status] = problem.describe(what);
  };
  if (input.schema.params || input.schema.querystring || input.schema.body)
    add(422, 'Invalid field(s), named in errors[]');
  if (input.schema.querystring) add(400, 'Unknown query parameter, named in errors[]');
  if (methods.some((m) => m === 'POST' || m === 'PUT' || m === 'PATCH' || m === 'DELETE')) {
    add(400, 'Malformed request');
    add(413, 'Body too large');
    add(415, 'Unsupported media type');
  }
  if (input.url.includes(':token') || input.url.includes('{token}'))
    add(429, 'Too many unknown or expired links from this address');
  return jsonSchemaTransform({ ...input, schema: { ...input.schema, response } });
};

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
    transform: withCommonAnswers,
    transformObject: jsonSchemaTransformObject,
    hideUntagged: false,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
