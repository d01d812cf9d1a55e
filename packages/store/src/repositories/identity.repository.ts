import type { Insertable, Selectable } from 'kysely';
import type { ApiKey, ApiKeyRepo, Role, Session, SessionRepo, User, UserRepo } from '@rapport/core';
import type { ApiKeysTable, SessionsTable, UsersTable } from '../schema.ts';
import type { RepoContext } from './db.ts';

const toKey = (r: Selectable<ApiKeysTable>): ApiKey => ({
  id: r.id,
  workspaceId: r.workspace_id,
  name: r.name,
  role: r.role as Role,
  prefix: r.prefix,
  keyHash: r.key_hash,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

export function apiKeyRepository({ db }: RepoContext): ApiKeyRepo {
  return {
    async findByHash(ws, keyHash) {
      const r = await db
        .selectFrom('api_keys')
        .selectAll()
        .where('workspace_id', '=', ws)
        .where('key_hash', '=', keyHash)
        .executeTakeFirst();
      return r && toKey(r);
    },
    async list(ws) {
      const rows = await db
        .selectFrom('api_keys')
        .selectAll()
        .where('workspace_id', '=', ws)
        .orderBy('id')
        .execute();
      return rows.map(toKey);
    },
    async insert(k) {
      await db
        .insertInto('api_keys')
        .values({
          workspace_id: k.workspaceId,
          id: k.id,
          name: k.name,
          role: k.role,
          prefix: k.prefix,
          key_hash: k.keyHash,
          created_at: k.createdAt,
          last_used_at: k.lastUsedAt,
          revoked_at: k.revokedAt,
        })
        .execute();
    },
    async revoke(ws, id, at) {
      const r = await db
        .updateTable('api_keys')
        .set({ revoked_at: at })
        .where('workspace_id', '=', ws)
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    async touch(ws, id, at) {
      await db
        .updateTable('api_keys')
        .set({ last_used_at: at })
        .where('workspace_id', '=', ws)
        .where('id', '=', id)
        .execute();
    },
  };
}

const toUser = (r: Selectable<UsersTable>): User => ({
  id: r.id,
  workspaceId: r.workspace_id,
  email: r.email,
  name: r.name,
  role: r.role as Role,
  passwordHash: r.password_hash,
  employeeId: r.employee_id,
  disabledAt: r.disabled_at,
  passwordChangedAt: r.password_changed_at,
  createdAt: r.created_at,
});

const userRow = (u: User): Insertable<UsersTable> => ({
  workspace_id: u.workspaceId,
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  password_hash: u.passwordHash,
  employee_id: u.employeeId,
  disabled_at: u.disabledAt,
  password_changed_at: u.passwordChangedAt,
  created_at: u.createdAt,
});

export function userRepository({ db }: RepoContext): UserRepo {
  return {
    async get(ws, id) {
      const r = await db
        .selectFrom('users')
        .selectAll()
        .where('workspace_id', '=', ws)
        .where('id', '=', id)
        .executeTakeFirst();
      return r && toUser(r);
    },
    async findByEmail(ws, email) {
      const r = await db
        .selectFrom('users')
        .selectAll()
        .where('workspace_id', '=', ws)
        .where('email', '=', email.toLowerCase())
        .executeTakeFirst();
      return r && toUser(r);
    },
    async list(ws) {
      const rows = await db
        .selectFrom('users')
        .selectAll()
        .where('workspace_id', '=', ws)
        .orderBy('email')
        .execute();
      return rows.map(toUser);
    },
    async insert(u) {
      await db
        .insertInto('users')
        .values(userRow({ ...u, email: u.email.toLowerCase() }))
        .execute();
    },
    async update(u) {
      const { workspace_id, id, ...rest } = userRow({ ...u, email: u.email.toLowerCase() });
      await db
        .updateTable('users')
        .set(rest)
        .where('workspace_id', '=', workspace_id)
        .where('id', '=', id)
        .execute();
    },
  };
}

const toSession = (r: Selectable<SessionsTable>): Session => ({
  id: r.id,
  workspaceId: r.workspace_id,
  userId: r.user_id,
  csrfHash: r.csrf_hash,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  revokedAt: r.revoked_at,
});

export function sessionRepository({ db }: RepoContext): SessionRepo {
  return {
    async get(ws, id) {
      const r = await db
        .selectFrom('sessions')
        .selectAll()
        .where('workspace_id', '=', ws)
        .where('id', '=', id)
        .executeTakeFirst();
      return r && toSession(r);
    },
    async insert(s) {
      await db
        .insertInto('sessions')
        .values({
          workspace_id: s.workspaceId,
          id: s.id,
          user_id: s.userId,
          csrf_hash: s.csrfHash,
          created_at: s.createdAt,
          expires_at: s.expiresAt,
          revoked_at: s.revokedAt,
        })
        .execute();
    },
    async revoke(ws, id, at) {
      await db
        .updateTable('sessions')
        .set({ revoked_at: at })
        .where('workspace_id', '=', ws)
        .where('id', '=', id)
        .execute();
    },
    async revokeAllForUser(ws, userId, at) {
      const r = await db
        .updateTable('sessions')
        .set({ revoked_at: at })
        .where('workspace_id', '=', ws)
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
  };
}
