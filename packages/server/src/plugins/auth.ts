/**
 * Authentication: an API key (`Authorization: Bearer rk.…`) or a web session cookie. Either
 * way the request gets a `ctx` (workspace + actor) that every service call is scoped by.
 * Cookie-authenticated writes must also carry the CSRF token (double submit: the
 * `rapport_csrf` cookie value sent back in `X-CSRF-Token`).
 */
import { DomainError, type Actor, type Ctx } from '@rapport/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { parseApiKey, parseSessionCookie } from '../auth/credentials.ts';
import { safeEqual, sha256 } from '../lib/hash.ts';

export const SESSION_COOKIE = 'rapport_session';
export const CSRF_COOKIE = 'rapport_csrf';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: Ctx;
    authVia: 'api_key' | 'session' | null;
  }
  interface FastifyInstance {
    authenticate: (req: FastifyRequest) => Promise<void>;
    /** Drops this instance's cache of API-key lookups (after a revocation). */
    forgetApiKeys: () => void;
  }
}

const KEY_CACHE_MS = 5_000;
const TOUCH_EVERY_MS = 60_000;
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

const unauthenticated = (msg: string) => new DomainError('unauthenticated', msg);

export function registerAuth(app: FastifyInstance, deps: AppDeps): void {
  // A short-lived cache of key lookups: a revoked key stops working at once on the instance
  // that revoked it, and within KEY_CACHE_MS on the others.
  const keyCache = new Map<string, { actor: Actor; until: number; touched: number }>();

  async function byApiKey(token: string): Promise<Actor> {
    const parsed = parseApiKey(token);
    if (!parsed) throw unauthenticated('The API key is not in the form rk.<workspace>.<secret>.');
    const now = deps.clock.now().getTime();
    const hit = keyCache.get(parsed.hash);
    if (hit && hit.until > now) return hit.actor;
    const key = await deps.store.read((r) => r.apiKeys.findByHash(parsed.workspaceId, parsed.hash));
    if (!key || key.revokedAt) throw unauthenticated('Unknown or revoked API key.');
    const actor: Actor = {
      kind: 'api_key',
      id: key.id,
      role: key.role,
      workspaceId: key.workspaceId,
      employeeId: null,
    };
    const touched = hit?.touched ?? 0;
    keyCache.set(parsed.hash, {
      actor,
      until: now + KEY_CACHE_MS,
      touched: now - touched > TOUCH_EVERY_MS ? now : touched,
    });
    if (now - touched > TOUCH_EVERY_MS) {
      deps.store
        .write((r) => r.apiKeys.touch(key.workspaceId, key.id, new Date(now).toISOString()))
        .catch(() => undefined);
    }
    return actor;
  }

  async function bySession(req: FastifyRequest, cookie: string): Promise<Actor> {
    const parsed = parseSessionCookie(cookie);
    if (!parsed) throw unauthenticated('The session cookie is malformed; sign in again.');
    const now = deps.clock.now().toISOString();
    const found = await deps.store.read(async (r) => {
      const s = await r.sessions.get(parsed.workspaceId, parsed.hash);
      const u = s ? await r.users.get(s.workspaceId, s.userId) : undefined;
      return { s, u };
    });
    const { s, u } = found;
    if (
      !s ||
      !u ||
      s.revokedAt ||
      s.expiresAt <= now ||
      u.disabledAt ||
      u.passwordChangedAt > s.createdAt
    ) {
      throw unauthenticated('Your session has ended; sign in again.');
    }
    const actor: Actor = {
      kind: 'user',
      id: u.id,
      role: u.role,
      workspaceId: u.workspaceId,
      employeeId: u.employeeId,
    };
    if (!SAFE.has(req.method)) {
      const header = req.headers['x-csrf-token'];
      if (typeof header !== 'string' || !safeEqual(sha256(header), s.csrfHash)) {
        // Known actor, refused change: the denial is audited (plugins/denial-audit.ts).
        req.ctx = { workspaceId: actor.workspaceId, actor };
        req.authVia = 'session';
        throw new DomainError(
          'forbidden',
          'Missing or wrong X-CSRF-Token header for a cookie-authenticated change.',
          {
            field: 'header.x-csrf-token',
          },
        );
      }
    }
    return actor;
  }

  app.decorate('forgetApiKeys', () => keyCache.clear());
  app.decorateRequest('ctx', null as unknown as Ctx);
  app.decorateRequest('authVia', null);
  app.decorate('authenticate', async (req: FastifyRequest) => {
    const header = req.headers.authorization;
    let actor: Actor;
    if (header) {
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      if (!m?.[1]) throw unauthenticated('Authorization must be "Bearer <API key>".');
      actor = await byApiKey(m[1]);
      req.authVia = 'api_key';
    } else {
      const cookie = req.cookies[SESSION_COOKIE];
      if (!cookie)
        throw unauthenticated('Send an API key as "Authorization: Bearer <key>", or sign in.');
      actor = await bySession(req, cookie);
      req.authVia = 'session';
    }
    req.ctx = { workspaceId: actor.workspaceId, actor };
  });
}
