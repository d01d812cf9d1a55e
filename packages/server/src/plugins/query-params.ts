/**
 * Unknown query parameters are refused, not ignored: `?employeeId=` on a route that filters by
 * `agentId` would otherwise answer the unfiltered figure while the caller believes it filtered.
 * Every route that declares a query schema (a zod object in @rapport/contracts) accepts exactly
 * the parameters of that schema; any other answers 400 problem+json naming the parameter and
 * listing the accepted ones. Checked here once for all routes, before the schema validates.
 */
import { DomainError } from '@rapport/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

const accepted = new WeakMap<object, readonly string[] | null>();

/** The parameter names a query schema declares, or null when it is not an object schema. */
export function queryParameterNames(schema: unknown): readonly string[] | null {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodPipe) return queryParameterNames(schema.in);
  return null;
}

function namesOf(schema: object): readonly string[] | null {
  let names = accepted.get(schema);
  if (names === undefined) {
    names = queryParameterNames(schema);
    accepted.set(schema, names);
  }
  return names;
}

export function registerQueryParameterCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const schema: unknown = req.routeOptions.schema?.querystring;
    if (!schema || typeof schema !== 'object') return;
    const names = namesOf(schema);
    if (!names) return;
    const query = req.query;
    if (!query || typeof query !== 'object') return;
    const unknown = Object.keys(query).filter((k) => !names.includes(k));
    if (!unknown.length) return;
    const list = names.length ? names.join(', ') : 'none';
    const issues = unknown.map((k) => ({
      field: `query.${k}`,
      message: `unknown parameter; this route accepts: ${list}`,
    }));
    const what =
      unknown.length === 1
        ? `Unknown query parameter "${unknown[0]}"`
        : `Unknown query parameters ${unknown.map((k) => `"${k}"`).join(', ')}`;
    throw new DomainError('unknown_parameter', `${what}; this route accepts: ${list}.`, {
      field: `query.${unknown[0]}`,
      issues,
    });
  });
}
