import { authorize, DomainError, recordAudit, type ApiKey, type User } from '@rapport/core';
import {
  apiKey,
  apiKeyCreated,
  apiKeyInput,
  idParam,
  loginInput,
  me,
  problem,
} from '@rapport/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createApiKey, revokeApiKey, startSession } from '../../auth/auth.service.ts';
import { parseSessionCookie } from '../../auth/credentials.ts';
import { verifyNobody, verifyPassword } from '../../auth/passwords.ts';
import { clearSessionCookies, setSessionCookies } from '../../auth/session-cookies.ts';
import { userCtx } from '../../auth/users.service.ts';
import { depsFor, type AppDeps } from '../../deps.ts';
import { DbRateLimiter } from '../../lib/db-rate-limiter.ts';
import { idempotentWrite, readWith } from '../../lib/idempotent.ts';
import { SESSION_COOKIE } from '../../plugins/auth.ts';
import { errorResponses, noContent } from '../../plugins/openapi.ts';

const presentKey = ({ workspaceId: _w, keyHash: _h, ...rest }: ApiKey) => rest;

export const LOGIN_WINDOW_MS = 15 * 60_000;

export function authRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const auth = { preHandler: app.authenticate };
  const secure = deps.settings.publicUrl.startsWith('https://');
  // Failed sign-ins per e-mail and per client address, counted in the database so that every
  // instance shares them.
  const limiter = new DbRateLimiter({
    store: deps.store,
    now: () => deps.clock.now().getTime(),
    max: deps.settings.loginRateLimit,
    windowMs: LOGIN_WINDOW_MS,
    message: 'Too many failed sign-ins; wait before trying again.',
  });

  const auditLogin = (user: User, outcome: 'ok' | 'failed' | 'denied', reason?: string) =>
    deps.store
      .write((rr) =>
        recordAudit(depsFor(deps, rr), userCtx(user), {
          action: 'auth.login',
          targetType: 'user',
          targetId: user.id,
          outcome,
          ...(reason ? { detail: { reason } } : {}),
        }),
      )
      .catch(() => undefined);

  r.post('/api/v1/auth/login', {
    schema: {
      tags: ['auth'],
      summary: 'Sign in to the web app',
      description:
        'Failed sign-ins are limited per e-mail and per client address (429 with Retry-After). ' +
        'When the e-mail and password open accounts in several workspaces and no workspaceId is ' +
        'given, the answer is 409 naming them in errors[0].choices; send one as workspaceId.',
      security: [],
      body: loginInput,
      response: { 200: me, 429: problem.describe('Too many failed sign-ins'), ...errorResponses },
    },
    handler: async (req, reply) => {
      const { email, password, workspaceId } = req.body;
      const keys = [`login:e:${email.trim().toLowerCase()}`, `login:ip:${req.ip}`];
      // One person may have an account in several workspaces (each scoped query asks one).
      const accounts = await deps.store.read(async (rr) => {
        const named = workspaceId ? await rr.workspaces.get(workspaceId) : undefined;
        const spaces = workspaceId ? (named ? [named] : []) : await rr.workspaces.list();
        const found: Array<{ user: User; workspaceName: string }> = [];
        for (const ws of spaces) {
          const u = await rr.users.findByEmail(ws.id, email);
          if (u) found.push({ user: u, workspaceName: ws.name });
        }
        return found;
      });
      try {
        await limiter.check(keys);
      } catch (e) {
        for (const a of accounts) await auditLogin(a.user, 'denied', 'rate_limited');
        throw e;
      }
      // A missing user costs the same hash verification as a wrong password.
      const open = accounts.filter((a) => !a.user.disabledAt);
      if (!open.length) await verifyNobody(password);
      const matches: typeof open = [];
      for (const a of open)
        if (await verifyPassword(a.user.passwordHash, password)) matches.push(a);
      const [match, ...more] = matches;
      if (!match) {
        await limiter.record(keys);
        for (const a of accounts)
          await auditLogin(a.user, 'failed', a.user.disabledAt ? 'disabled' : 'password');
        throw new DomainError('unauthenticated', 'Wrong e-mail or password.');
      }
      if (more.length) {
        await limiter.clear(keys.slice(0, 1));
        const message = `This e-mail and password open ${matches.length} workspaces: choose one.`;
        throw new DomainError('conflict', message, {
          issues: [
            {
              field: 'workspaceId',
              message,
              choices: matches.map((a) => ({ value: a.user.workspaceId, label: a.workspaceName })),
            },
          ],
        });
      }
      const user = match.user;
      await limiter.clear(keys.slice(0, 1));
      const session = await deps.store.write(async (rr) => {
        const d = depsFor(deps, rr);
        const s = await startSession(d, user, deps.settings.sessionTtlHours);
        await recordAudit(d, userCtx(user), {
          action: 'auth.login',
          targetType: 'user',
          targetId: user.id,
        });
        return s;
      });
      setSessionCookies(reply, session, secure);
      return {
        userId: user.id,
        name: user.name,
        email: user.email,
        role: user.role,
        employeeId: user.employeeId,
        workspaceId: user.workspaceId,
        workspaceName: match.workspaceName,
        csrfToken: session.csrfToken,
      };
    },
  });

  r.post('/api/v1/auth/logout', {
    schema: {
      tags: ['auth'],
      summary: 'Sign out (revokes the session)',
      security: [],
      response: { 204: noContent },
    },
    handler: async (req, reply) => {
      const parsed = parseSessionCookie(req.cookies[SESSION_COOKIE] ?? '');
      if (parsed) {
        await deps.store.write(async (rr) => {
          const s = await rr.sessions.get(parsed.workspaceId, parsed.hash);
          if (!s || s.revokedAt) return;
          await rr.sessions.revoke(parsed.workspaceId, parsed.hash, deps.clock.now().toISOString());
          const u = await rr.users.get(s.workspaceId, s.userId);
          if (u)
            await recordAudit(depsFor(deps, rr), userCtx(u), {
              action: 'auth.logout',
              targetType: 'user',
              targetId: u.id,
            });
        });
      }
      clearSessionCookies(reply, secure);
      return reply.code(204).send(null);
    },
  });

  r.get('/api/v1/me', {
    ...auth,
    schema: { tags: ['auth'], summary: 'Who am I', response: { 200: me, ...errorResponses } },
    handler: async (req) => {
      const { actor } = req.ctx;
      return readWith(deps, async (d) => {
        const ws = await d.r.workspaces.get(req.ctx.workspaceId);
        const user =
          actor.kind === 'user' ? await d.r.users.get(req.ctx.workspaceId, actor.id) : undefined;
        return {
          userId: user?.id ?? null,
          name: user?.name ?? `API key ${actor.id}`,
          email: user?.email ?? null,
          role: actor.role,
          employeeId: actor.employeeId,
          workspaceId: req.ctx.workspaceId,
          workspaceName: ws?.name ?? '',
        };
      });
    },
  });

  const keyTags = ['api keys'];
  r.get('/api/v1/keys', {
    ...auth,
    schema: {
      tags: keyTags,
      summary: 'List API keys (never their secrets)',
      response: { 200: z.object({ items: z.array(apiKey) }), ...errorResponses },
    },
    handler: async (req) => {
      authorize(req.ctx, 'keys:manage');
      return {
        items: (await deps.store.read((rr) => rr.apiKeys.list(req.ctx.workspaceId))).map(
          presentKey,
        ),
      };
    },
  });
  r.post('/api/v1/keys', {
    ...auth,
    schema: {
      tags: keyTags,
      summary: 'Create an API key; its secret is shown once',
      description:
        'With an Idempotency-Key, a retry creates no second key; since the secret is never stored, the retry is answered 409 naming the key created.',
      body: apiKeyInput,
      response: { 201: apiKeyCreated, ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(
        deps,
        req,
        reply,
        201,
        async (d) => {
          const created = await createApiKey(d, req.ctx, req.body);
          return { ...presentKey(created.key), key: created.secret };
        },
        { shownOnce: (body) => body.id },
      ),
  });
  r.delete('/api/v1/keys/:id', {
    ...auth,
    schema: {
      tags: keyTags,
      summary: 'Revoke an API key',
      params: idParam,
      response: { 204: noContent, ...errorResponses },
    },
    handler: async (req, reply) => {
      await deps.store.write((rr) => revokeApiKey(depsFor(deps, rr), req.ctx, req.params.id));
      app.forgetApiKeys();
      return reply.code(204).send(null);
    },
  });
}
