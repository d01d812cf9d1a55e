import type { FastifyInstance } from 'fastify';

/**
 * Headers on every response: no MIME sniffing, no framing, no referrer leaks, and a strict
 * Content-Security-Policy (no inline script anywhere in Rapport's own pages).
 */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('X-Request-Id', req.id);
    if (!reply.hasHeader('Content-Security-Policy') && !req.url.startsWith('/api/docs')) {
      reply.header('Content-Security-Policy', CSP);
    }
    return payload;
  });
}
