/** Creating workspaces, keys, users and sessions: the secret-handling part of identity. */
import {
  authorize,
  DEFAULT_SETTINGS,
  installDefaultRules,
  notFound,
  recordAudit,
  type ApiKey,
  type Ctx,
  type Deps,
  type Role,
  type User,
  type Workspace,
} from '@rapport/core';
import { sha256 } from '../lib/hash.ts';
import { apiKeyString, sessionCookieValue } from './credentials.ts';
import { checkPasswordPolicy, hashPassword } from './passwords.ts';
import { insertUser } from './users.service.ts';

export interface CreatedKey {
  key: ApiKey;
  secret: string;
}

export async function createApiKey(
  d: Deps,
  ctx: Ctx,
  input: { name: string; role: Role },
): Promise<CreatedKey> {
  authorize(ctx, 'keys:manage');
  const secret = apiKeyString(ctx.workspaceId, d.ids.secret());
  const key: ApiKey = {
    id: d.ids.id('key'),
    workspaceId: ctx.workspaceId,
    name: input.name,
    role: input.role,
    prefix: secret.slice(0, 12) + '…' + secret.slice(-4),
    keyHash: sha256(secret),
    createdAt: d.clock.now().toISOString(),
    lastUsedAt: null,
    revokedAt: null,
  };
  await d.r.apiKeys.insert(key);
  await recordAudit(d, ctx, {
    action: 'key.create',
    targetType: 'api_key',
    targetId: key.id,
    detail: { role: key.role },
  });
  return { key, secret };
}

export async function revokeApiKey(d: Deps, ctx: Ctx, id: string): Promise<void> {
  authorize(ctx, 'keys:manage');
  if (!(await d.r.apiKeys.revoke(ctx.workspaceId, id, d.clock.now().toISOString())))
    throw notFound('API key', id);
  await recordAudit(d, ctx, { action: 'key.revoke', targetType: 'api_key', targetId: id });
}

/** A new workspace with default settings and the default closed-loop rules (no keys yet). */
export async function createWorkspace(d: Deps, name: string): Promise<Workspace> {
  const w: Workspace = {
    id: d.ids.id('ws'),
    name,
    settings: structuredClone(DEFAULT_SETTINGS),
    createdAt: d.clock.now().toISOString(),
  };
  await d.r.workspaces.insert(w);
  await installDefaultRules(d, w.id);
  return w;
}

/** Creates a user after checking the password policy (hashes inside: the demo's path). */
export async function createUser(
  d: Deps,
  ctx: Ctx,
  input: { email: string; name: string; role: Role; password: string; employeeId?: string | null },
): Promise<User> {
  authorize(ctx, 'users:manage');
  checkPasswordPolicy(input.password, 'password', input);
  const { password, ...rest } = input;
  return insertUser(d, ctx, { ...rest, passwordHash: await hashPassword(password) });
}

export interface NewSession {
  cookie: string;
  csrfToken: string;
  expiresAt: string;
}

export async function startSession(d: Deps, user: User, ttlHours: number): Promise<NewSession> {
  const secret = d.ids.secret();
  const csrfToken = d.ids.secret();
  const now = d.clock.now();
  const expiresAt = new Date(now.getTime() + ttlHours * 3_600_000).toISOString();
  await d.r.sessions.insert({
    id: sha256(secret),
    workspaceId: user.workspaceId,
    userId: user.id,
    csrfHash: sha256(csrfToken),
    createdAt: now.toISOString(),
    expiresAt,
    revokedAt: null,
  });
  return { cookie: sessionCookieValue(user.workspaceId, secret), csrfToken, expiresAt };
}
