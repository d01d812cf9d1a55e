import { authorize, DomainError, type ApiKey } from '@rapport/core';
import { apiKey, apiKeyCreated, apiKeyInput, idParam, loginInput, me } from '@rapport/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createApiKey, revokeApiKey, startSession } from '../../auth/auth.service.ts';
import { parseSessionCookie } from '../../auth/credentials.ts';
import { verifyPassword } from '../../auth/passwords.ts';
import { depsFor, type AppDeps } from '../../deps.ts';
import { readWith } from '../../lib/idempotent.ts';
import { LoginLimiter } from '../../lib/login-limiter.ts';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../plugins/auth.ts';
import { errorResponses, noContent } from '../../plugins/openapi.ts';

const presentKey = ({ workspaceId: _w, keyHash: _h, ...rest }: ApiKey) => rest;

export function authRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const auth = { preHandler: app.authenticate };
  const secure = deps.settings.publicUrl.startsWith('https://');
  const limiter = new LoginLimiter(deps.settings.loginRateLimit, 15 * 60_000, () =>
    deps.clock.now().getTime(),
  );

  r.post('/api/v1/auth/login', {
    schema: {
      tags: ['auth'],
      summary: 'Sign in to the web app',
      security: [],
      body: loginInput,
      response: { 200: me, ...errorResponses },
    },
    handler: async (req, reply) => {
      const { email, password, workspaceId } = req.body;
      limiter.check([`e:${email.toLowerCase()}`, `ip:${req.ip}`]);
      const user = await deps.store.read(async (rr) => {
        const spaces = workspaceId ? [workspaceId] : (await rr.workspaces.list()).map((w) => w.id);
        for (const ws of spaces) {
          const u = await rr.users.findByEmail(ws, email);
          if (u) return u;
        }
        return undefined;
      });
      const ok = user && !user.disabledAt && (await verifyPassword(user.passwordHash, password));
      if (!user || !ok) {
        limiter.fail([`e:${email.toLowerCase()}`, `ip:${req.ip}`]);
        throw new DomainError('unauthenticated', 'Wrong e-mail or password.');
      }
      limiter.succeed([`e:${email.toLowerCase()}`]);
      const session = await deps.store.write((rr) =>
        startSession(depsFor(deps, rr), user, deps.settings.sessionTtlHours),
      );
      const ws = await deps.store.read((rr) => rr.workspaces.get(user.workspaceId));
      const expires = new Date(session.expiresAt);
      reply.setCookie(SESSION_COOKIE, session.cookie, {
        path: '/',
        httpOnly: true,
        secure,
        sameSite: 'strict',
        expires,
      });
      reply.setCookie(CSRF_COOKIE, session.csrfToken, {
        path: '/',
        httpOnly: false,
        secure,
        sameSite: 'strict',
        expires,
      });
      return {
        userId: user.id,
        name: user.name,
        email: user.email,
        role: user.role,
        employeeId: user.employeeId,
        workspaceId: user.workspaceId,
        workspaceName: ws?.name ?? '',
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
        await deps.store.write((rr) =>
          rr.sessions.revoke(parsed.workspaceId, parsed.hash, deps.clock.now().toISOString()),
        );
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
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
      body: apiKeyInput,
      response: { 201: apiKeyCreated, ...errorResponses },
    },
    handler: async (req, reply) => {
      const created = await deps.store.write((rr) =>
        createApiKey(depsFor(deps, rr), req.ctx, req.body),
      );
      reply.code(201);
      return { ...presentKey(created.key), key: created.secret };
    },
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
      return reply.code(204).send(null);
    },
  });
}
