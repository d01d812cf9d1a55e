/**
 * Refusals are security events: every authenticated request answered 403 (the role may not do
 * this, or a cookie-authenticated change without its CSRF token) leaves an audit entry naming
 * the actor, the route and the reason, in a transaction of its own.
 */
import { recordAudit } from '@rapport/core';
import type { FastifyInstance } from 'fastify';
import { depsFor, type AppDeps } from '../deps.ts';

export function registerDenialAudit(app: FastifyInstance, deps: AppDeps): void {
  app.addHook('onResponse', async (req, reply) => {
    if (reply.statusCode !== 403 || !req.ctx) return;
    const ctx = req.ctx;
    await deps.store
      .write((r) =>
        recordAudit(depsFor(deps, r), ctx, {
          action: 'access.denied',
          targetType: 'route',
          targetId: null,
          outcome: 'denied',
          detail: { method: req.method, route: req.routeOptions.url ?? null, via: req.authVia },
        }),
      )
      .catch(() => undefined);
  });
}
