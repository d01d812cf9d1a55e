/**
 * Structured JSON logs (pino), one object a line with an ISO time, for `rapport serve` and
 * `rapport worker`. Every line a request writes carries its `reqId` — the caller's
 * `X-Request-Id` when it is a sane one, else a fresh id — and the id goes back in the
 * response's `X-Request-Id`. One line per request when it has been answered (method, redacted
 * URL, route pattern, status, duration, client address); never a header, a cookie or a body,
 * and never a credential that a URL carries (see redact.ts).
 */
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import pino, { type Logger, type LoggerOptions } from 'pino';
import { redactUrl } from './redact.ts';

export const REQUEST_ID_HEADER = 'x-request-id';
const SANE_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/** The caller's request id when it is one a log can hold safely, else a fresh one. */
export function requestIdFrom(header: unknown, fresh: () => string): string {
  const value = Array.isArray(header) ? (header[0] as unknown) : header;
  return typeof value === 'string' && SANE_ID.test(value) ? value : fresh();
}

function requestView(req: FastifyRequest) {
  const route = req.routeOptions?.url;
  return {
    method: req.method,
    url: redactUrl(req.url, route),
    ...(route ? { route } : {}),
    remoteAddress: req.ip,
  };
}

/** The JSON logger; fields that might hold a secret are censored even if someone logs them. */
export function createJsonLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: LoggerOptions = {
    level,
    base: { service: 'rapport' },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: {
      req: requestView,
      res: (reply: FastifyReply) => ({ statusCode: reply.statusCode }),
      err: pino.stdSerializers.err,
    },
    redact: {
      paths: [
        'headers.authorization',
        'headers.cookie',
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.password',
        '*.authToken',
        '*.apiKey',
        '*.secret',
        'password',
        'authToken',
        'apiKey',
        'secret',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * Fastify's request lines, replaced: nothing when a request comes in, one line when it has
 * been answered (or the client went away), none for "route not found" (the answered line
 * says 404). An error a handler threw is logged by plugins/errors.ts on the same child logger.
 */
const QUIET = new Set(['warn', 'error', 'fatal', 'silent']);

export class RequestLog extends LogController {
  override incomingRequest(): void {}

  override routeNotFound(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    req: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const status = reply.statusCode;
    const failed = Boolean(error) || status >= 500;
    // Nothing to build when the line would be dropped (info lines under LOG_LEVEL=warn).
    if (!failed && QUIET.has(req.log.level)) return;
    const line = {
      ...requestView(req),
      statusCode: status,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
      ...(error ? { err: error } : {}),
    };
    if (failed) req.log.error(line, 'request answered');
    else req.log.info(line, 'request answered');
  }
}
