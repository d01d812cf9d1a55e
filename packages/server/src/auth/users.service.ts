/**
 * Managing the people who sign in: create, change, disable, reset and change one's own
 * password. Every change that weakens an existing sign-in — disabling, a new password, a new
 * role — ends the user's sessions at once; each leaves an audit entry. Hashing (argon2id, tens
 * of milliseconds) happens before the write transaction, never inside it.
 */
import {
  authorize,
  DomainError,
  forbidden,
  invalid,
  notFound,
  recordAudit,
  type Ctx,
  type Deps,
  type Role,
  type User,
} from '@rapport/core';

export const presentUser = ({ workspaceId: _w, passwordHash: _h, ...rest }: User) => rest;

/** The context of a signed-in user (sign-in and sign-out record their own audit entries). */
export const userCtx = (u: User): Ctx => ({
  workspaceId: u.workspaceId,
  actor: {
    kind: 'user',
    id: u.id,
    role: u.role,
    workspaceId: u.workspaceId,
    employeeId: u.employeeId,
  },
});

export interface UserChange {
  name?: string | undefined;
  role?: Role | undefined;
  employeeId?: string | null | undefined;
  disabled?: boolean | undefined;
  /** A new argon2id hash (the route hashed the new password). */
  passwordHash?: string | undefined;
}

async function checkEmployee(d: Deps, ctx: Ctx, id: string | null | undefined): Promise<void> {
  if (id && !(await d.r.employees.get(ctx.workspaceId, id)))
    throw invalid('employeeId', `No employee ${id} in this workspace.`);
}

export async function listUsers(d: Deps, ctx: Ctx): Promise<User[]> {
  authorize(ctx, 'users:manage');
  return d.r.users.list(ctx.workspaceId);
}

export async function getUser(d: Deps, ctx: Ctx, id: string): Promise<User> {
  authorize(ctx, 'users:manage');
  const u = await d.r.users.get(ctx.workspaceId, id);
  if (!u) throw notFound('user', id);
  return u;
}

export async function insertUser(
  d: Deps,
  ctx: Ctx,
  input: {
    email: string;
    name: string;
    role: Role;
    passwordHash: string;
    employeeId?: string | null;
  },
): Promise<User> {
  authorize(ctx, 'users:manage');
  await checkEmployee(d, ctx, input.employeeId);
  if (await d.r.users.findByEmail(ctx.workspaceId, input.email)) {
    throw new DomainError('conflict', `A user with e-mail ${input.email} exists already.`, {
      field: 'email',
    });
  }
  const now = d.clock.now().toISOString();
  const user: User = {
    id: d.ids.id('usr'),
    workspaceId: ctx.workspaceId,
    email: input.email.toLowerCase(),
    name: input.name,
    role: input.role,
    passwordHash: input.passwordHash,
    employeeId: input.employeeId ?? null,
    disabledAt: null,
    passwordChangedAt: now,
    createdAt: now,
  };
  await d.r.users.insert(user);
  await recordAudit(d, ctx, {
    action: 'user.create',
    targetType: 'user',
    targetId: user.id,
    detail: { role: user.role },
  });
  return user;
}

/** The workspace must keep one enabled admin, or nobody could manage it any more. */
async function keepAnAdmin(d: Deps, ctx: Ctx, target: User, next: User): Promise<void> {
  const losesAdmin =
    target.role === 'admin' && !target.disabledAt && (next.role !== 'admin' || next.disabledAt);
  if (!losesAdmin) return;
  const admins = (await d.r.users.list(ctx.workspaceId)).filter(
    (u) => u.role === 'admin' && !u.disabledAt && u.id !== target.id,
  );
  if (!admins.length)
    throw new DomainError('conflict', 'This is the last enabled admin; make another admin first.');
}

export async function updateUser(d: Deps, ctx: Ctx, id: string, change: UserChange): Promise<User> {
  const current = await getUser(d, ctx, id);
  if (change.employeeId !== undefined) await checkEmployee(d, ctx, change.employeeId);
  const now = d.clock.now().toISOString();
  const next: User = { ...current };
  if (change.name !== undefined) next.name = change.name;
  if (change.role !== undefined) next.role = change.role;
  if (change.employeeId !== undefined) next.employeeId = change.employeeId;
  if (change.disabled !== undefined)
    next.disabledAt = change.disabled ? (current.disabledAt ?? now) : null;
  if (change.passwordHash !== undefined) {
    next.passwordHash = change.passwordHash;
    next.passwordChangedAt = now;
  }
  await keepAnAdmin(d, ctx, current, next);
  await d.r.users.update(next);
  const endsSessions =
    (next.disabledAt && !current.disabledAt) ||
    change.passwordHash !== undefined ||
    next.role !== current.role;
  const ended = endsSessions ? await d.r.sessions.revokeAllForUser(ctx.workspaceId, id, now) : 0;
  const changed = (['name', 'role', 'employeeId', 'disabledAt'] as const).filter(
    (k) => next[k] !== current[k],
  );
  await recordAudit(d, ctx, {
    action:
      next.disabledAt && !current.disabledAt
        ? 'user.disable'
        : !next.disabledAt && current.disabledAt
          ? 'user.enable'
          : 'user.update',
    targetType: 'user',
    targetId: id,
    detail: {
      changed: change.passwordHash !== undefined ? [...changed, 'password'] : changed,
      sessionsEnded: ended,
    },
  });
  return next;
}

/** The signed-in user's own password; the caller has verified the current one. */
export async function setOwnPassword(d: Deps, ctx: Ctx, passwordHash: string): Promise<User> {
  if (ctx.actor.kind !== 'user')
    throw forbidden('Only a signed-in user has a password to change; API keys do not.');
  const current = await d.r.users.get(ctx.workspaceId, ctx.actor.id);
  if (!current || current.disabledAt) throw new DomainError('unauthenticated', 'Sign in again.');
  const now = d.clock.now().toISOString();
  const next: User = { ...current, passwordHash, passwordChangedAt: now };
  await d.r.users.update(next);
  const ended = await d.r.sessions.revokeAllForUser(ctx.workspaceId, current.id, now);
  await recordAudit(d, ctx, {
    action: 'auth.password_change',
    targetType: 'user',
    targetId: current.id,
    detail: { sessionsEnded: ended },
  });
  return next;
}
