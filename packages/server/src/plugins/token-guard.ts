/**
 * Guessing survey and chat tokens: every route with a `:token` in its path counts, per client
 * address, the answers that say "no such token" (404) or "no longer valid" (410); an address
 * with too many such misses in the window is answered 429 with Retry-After on those routes
 * until the window has passed. The counters live in the database, shared by every instance.
 * Tokens carry ≥ 128 random bits, so this only stops noise and enumeration attempts early.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { DbRateLimiter } from '../lib/db-rate-limiter.ts';

export const TOKEN_MISS_LIMIT = 60;
export const TOKEN_MISS_WINDOW_MS = 10 * 60_000;

const guarded = (url: string | undefined) => Boolean(url && url.includes(':token'));

export function registerTokenGuard(app: FastifyInstance, deps: AppDeps): void {
  const limiter = new DbRateLimiter({
    store: deps.store,
    now: () => deps.clock.now().getTime(),
    max: TOKEN_MISS_LIMIT,
    windowMs: TOKEN_MISS_WINDOW_MS,
    message: 'Too many unknown or expired links from this address; wait before trying again.',
  });
  app.addHook('onRequest', async (req) => {
    if (guarded(req.routeOptions.url)) await limiter.check([`token-miss:${req.ip}`]);
  });
  app.addHook('onResponse', async (req, reply) => {
    if (!guarded(req.routeOptions.url)) return;
    if (reply.statusCode === 404 || reply.statusCode === 410)
      await limiter.record([`token-miss:${req.ip}`]).catch(() => undefined);
  });
}
