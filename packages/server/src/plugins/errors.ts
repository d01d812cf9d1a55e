/**
 * The one place where errors become HTTP: every failure leaves as an RFC 9457 problem+json
 * naming the field at fault. Domain codes map to statuses here and nowhere else.
 */
import { DomainError, type ErrorCode, type FieldIssue } from '@rapport/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const STATUS: Record<ErrorCode, number> = {
  validation: 422,
  not_found: 404,
  conflict: 409,
  unauthenticated: 401,
  forbidden: 403,
  idempotency_mismatch: 422,
  rate_limited: 429,
  payload_too_large: 413,
  gone: 410,
  unavailable: 503,
  unknown_parameter: 400,
};

const TITLE: Record<string, string> = {
  validation: 'The request is not valid',
  not_found: 'Not found',
  conflict: 'Conflict',
  unauthenticated: 'Authentication required',
  forbidden: 'Not allowed',
  idempotency_mismatch: 'Idempotency-Key reused with a different request',
  rate_limited: 'Too many requests',
  payload_too_large: 'Request body too large',
  gone: 'No longer available',
  unavailable: 'Service unavailable',
  unknown_parameter: 'Unknown query parameter',
  malformed: 'Malformed request',
  unsupported_media_type: 'Unsupported media type',
  internal: 'Internal error',
};

export function sendProblem(
  reply: FastifyReply,
  req: FastifyRequest,
  status: number,
  code: string,
  detail: string,
  errors: FieldIssue[] = [],
): FastifyReply {
  return reply
    .code(status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: `/problems/${code}`,
      title: TITLE[code] ?? 'Error',
      status,
      detail,
      code,
      instance: req.url.split('?')[0],
      ...(errors.length ? { errors } : {}),
    });
}

interface ValidationItem {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: Array<string | number>; message?: string } };
}

function fieldOf(context: string | undefined, item: ValidationItem): string {
  const path = item.params?.issue?.path ?? (item.instancePath ?? '').split('/').filter(Boolean);
  const dotted = path.reduce<string>(
    (acc, p) =>
      typeof p === 'number' || /^\d+$/.test(String(p))
        ? `${acc}[${p}]`
        : acc
          ? `${acc}.${String(p)}`
          : String(p),
    '',
  );
  const prefix =
    context === 'querystring'
      ? 'query'
      : context === 'params'
        ? 'path'
        : context === 'headers'
          ? 'header'
          : '';
  if (!prefix) return dotted || 'body';
  return dotted ? `${prefix}.${dotted}` : prefix;
}

/**
 * Errors Fastify raises before routing (a URL it cannot decode, a path parameter longer than
 * it keeps), as problems too: passed to Fastify as its `frameworkErrors` option.
 */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    void sendProblem(reply, req, 422, 'validation', 'A path parameter is far longer than any id.', [
      { field: 'path', message: 'too long' },
    ]);
    return;
  }
  void sendProblem(reply, req, 400, 'malformed', 'The URL could not be decoded.', [
    { field: 'path', message: 'not a valid URL' },
  ]);
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError & { validationContext?: string }, req, reply) => {
    if (err instanceof DomainError) {
      if (err.retryAfterSeconds) reply.header('Retry-After', String(err.retryAfterSeconds));
      return sendProblem(reply, req, STATUS[err.code], err.code, err.message, err.issues);
    }
    if (err.validation) {
      const issues = (err.validation as ValidationItem[]).map((v) => ({
        field: fieldOf(err.validationContext, v),
        message: v.params?.issue?.message ?? v.message ?? 'invalid',
      }));
      const first = issues[0];
      const detail = first
        ? `${first.field}: ${first.message}`
        : 'The request does not match the schema.';
      return sendProblem(reply, req, 422, 'validation', detail, issues);
    }
    switch (err.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(
          reply,
          req,
          413,
          'payload_too_large',
          'The request body is larger than this server accepts.',
          [{ field: 'body', message: 'too large' }],
        );
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(
          reply,
          req,
          415,
          'unsupported_media_type',
          `Content-Type ${String(req.headers['content-type'])} is not accepted here; send application/json.`,
        );
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendProblem(
          reply,
          req,
          400,
          'malformed',
          'The body is empty but Content-Type says JSON.',
          [{ field: 'body', message: 'empty' }],
        );
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return sendProblem(
          reply,
          req,
          400,
          'malformed',
          `The body is not valid JSON: ${err.message}`,
          [{ field: 'body', message: 'malformed JSON' }],
        );
      default:
        break;
    }
    if (err instanceof SyntaxError || err.statusCode === 400) {
      return sendProblem(
        reply,
        req,
        400,
        'malformed',
        `The request could not be read: ${err.message}`,
        [{ field: 'body', message: err.message }],
      );
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return sendProblem(reply, req, err.statusCode, 'malformed', err.message);
    }
    req.log.error({ err }, 'unhandled error');
    return sendProblem(
      reply,
      req,
      500,
      'internal',
      `Something went wrong on our side (request ${req.id}); it has been logged.`,
    );
  });

  app.setNotFoundHandler((req, reply) =>
    sendProblem(reply, req, 404, 'not_found', `No route ${req.method} ${req.url.split('?')[0]}.`),
  );
}
