/**
 * What every answer must be, whatever was asked: never a 5xx; an error is an RFC 9457
 * problem+json whose status matches the HTTP status, with a status the operation documents;
 * a success has a documented status and a body that fits its documented schema.
 */
import { problem } from '@rapport/contracts';
import type { LightMyRequestResponse } from 'fastify';
import type { Operation } from './openapi-ops.ts';
import { violations } from './schema-check.ts';

export function checkResponse(op: Operation, res: LightMyRequestResponse): string | null {
  const status = res.statusCode;
  if (status >= 500) return `${status} server error: ${res.body.slice(0, 300)}`;
  const type = String(res.headers['content-type'] ?? '');
  if (!op.responses.has(status)) return `undocumented status ${status}: ${res.body.slice(0, 200)}`;
  if (status >= 400) {
    if (!type.startsWith('application/problem+json'))
      return `error ${status} as ${type || 'no type'}`;
    let body: unknown;
    try {
      body = JSON.parse(res.body);
    } catch {
      return `error ${status} body is not JSON`;
    }
    const parsed = problem.safeParse(body);
    if (!parsed.success)
      return `error ${status} is not a problem: ${parsed.error.message.slice(0, 200)}`;
    if (parsed.data.status !== status)
      return `problem.status ${parsed.data.status} ≠ HTTP ${status}`;
    return null;
  }
  const schema = op.responses.get(status);
  if (!schema || status === 204 || !type.includes('json')) return null;
  let body: unknown;
  try {
    body = JSON.parse(res.body);
  } catch {
    return `${status} body is not the JSON its type says`;
  }
  const broken = violations(schema, body);
  return broken.length ? `${status} breaks its schema: ${broken.slice(0, 3).join('; ')}` : null;
}
