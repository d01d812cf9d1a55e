/**
 * Users (admins manage them) and one's own password. Passwords are checked against the policy
 * and hashed before the write transaction; a wrong current password counts against a limit.
 */
import { authorize, DomainError, invalid, recordAudit } from '@rapport/core';
import {
  idParam,
  me,
  pageOf,
  passwordChange,
  problem,
  user,
  userInput,
  userPatch,
} from '@rapport/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { startSession } from '../../auth/auth.service.ts';
import { checkPasswordPolicy, hashPassword, verifyPassword } from '../../auth/passwords.ts';
import { setSessionCookies } from '../../auth/session-cookies.ts';
import {
  getUser,
  insertUser,
  listUsers,
  presentUser,
  setOwnPassword,
  updateUser,
} from '../../auth/users.service.ts';
import { depsFor, type AppDeps } from '../../deps.ts';
import { DbRateLimiter } from '../../lib/db-rate-limiter.ts';
import { idempotentWrite, readWith } from '../../lib/idempotent.ts';
import { errorResponses } from '../../plugins/openapi.ts';

export function userRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const auth = { preHandler: app.authenticate };
  const tags = ['users'];
  const secure = deps.settings.publicUrl.startsWith('https://');
  const wrongPasswords = new DbRateLimiter({
    store: deps.store,
    now: () => deps.clock.now().getTime(),
    max: deps.settings.loginRateLimit,
    windowMs: 15 * 60_000,
    message: 'Too many wrong current passwords; wait before trying again.',
  });

  r.get('/api/v1/users', {
    ...auth,
    schema: {
      tags,
      summary: 'List the users who sign in (admins)',
      response: { 200: pageOf(user), ...errorResponses },
    },
    handler: async (req) => ({
      items: (await readWith(deps, (d) => listUsers(d, req.ctx))).map(presentUser),
      nextCursor: null,
    }),
  });

  r.post('/api/v1/users', {
    ...auth,
    schema: {
      tags,
      summary: 'Create a user (admins)',
      body: userInput,
      response: { 201: user, ...errorResponses },
    },
    handler: async (req, reply) => {
      const { password, ...rest } = req.body;
      authorize(req.ctx, 'users:manage');
      checkPasswordPolicy(password, 'password', rest);
      const passwordHash = await hashPassword(password);
      return idempotentWrite(deps, req, reply, 201, async (d) =>
        presentUser(await insertUser(d, req.ctx, { ...rest, passwordHash })),
      );
    },
  });

  r.get('/api/v1/users/:id', {
    ...auth,
    schema: {
      tags,
      summary: 'Get a user (admins)',
      params: idParam,
      response: { 200: user, ...errorResponses },
    },
    handler: async (req) =>
      presentUser(await readWith(deps, (d) => getUser(d, req.ctx, req.params.id))),
  });

  r.patch('/api/v1/users/:id', {
    ...auth,
    schema: {
      tags,
      summary: 'Change, disable, enable or reset the password of a user (admins)',
      description:
        "Disabling, a new password or a new role ends the user's sessions at once. The last enabled admin cannot be disabled or demoted.",
      params: idParam,
      body: userPatch,
      response: { 200: user, ...errorResponses },
    },
    handler: async (req, reply) => {
      const { password, ...change } = req.body;
      let passwordHash: string | undefined;
      if (password !== undefined) {
        const target = await readWith(deps, (d) => getUser(d, req.ctx, req.params.id));
        checkPasswordPolicy(password, 'password', target);
        passwordHash = await hashPassword(password);
      }
      return idempotentWrite(deps, req, reply, 200, async (d) =>
        presentUser(await updateUser(d, req.ctx, req.params.id, { ...change, passwordHash })),
      );
    },
  });

  r.post('/api/v1/me/password', {
    ...auth,
    schema: {
      tags,
      summary: 'Change your own password (signed-in users)',
      description:
        'Ends every session of the user, including other browsers, and starts a new one here (new cookies).',
      body: passwordChange,
      response: {
        200: me,
        429: problem.describe('Too many wrong current passwords'),
        ...errorResponses,
      },
    },
    handler: async (req, reply) => {
      const { actor, workspaceId } = req.ctx;
      if (actor.kind !== 'user')
        throw new DomainError('forbidden', 'API keys have no password; sign in as a user.');
      const key = [`password:${actor.id}`];
      await wrongPasswords.check(key, workspaceId);
      const current = await deps.store.read((rr) => rr.users.get(workspaceId, actor.id));
      if (!current) throw new DomainError('unauthenticated', 'Sign in again.');
      const { currentPassword, newPassword } = req.body;
      if (!(await verifyPassword(current.passwordHash, currentPassword))) {
        await wrongPasswords.record(key, workspaceId);
        await deps.store.write((rr) =>
          recordAudit(depsFor(deps, rr), req.ctx, {
            action: 'auth.password_change',
            targetType: 'user',
            targetId: actor.id,
            outcome: 'failed',
            detail: { reason: 'wrong current password' },
          }),
        );
        throw invalid('currentPassword', 'The current password is not right.');
      }
      checkPasswordPolicy(newPassword, 'newPassword', current);
      if (newPassword === currentPassword)
        throw invalid('newPassword', 'The new password must differ from the current one.');
      const passwordHash = await hashPassword(newPassword);
      const { updated, session } = await deps.store.write(async (rr) => {
        const d = depsFor(deps, rr);
        const u = await setOwnPassword(d, req.ctx, passwordHash);
        return { updated: u, session: await startSession(d, u, deps.settings.sessionTtlHours) };
      });
      await wrongPasswords.clear(key, workspaceId);
      setSessionCookies(reply, session, secure);
      const ws = await deps.store.read((rr) => rr.workspaces.get(workspaceId));
      return {
        userId: updated.id,
        name: updated.name,
        email: updated.email,
        role: updated.role,
        employeeId: updated.employeeId,
        workspaceId,
        workspaceName: ws?.name ?? '',
        csrfToken: session.csrfToken,
      };
    },
  });
}
