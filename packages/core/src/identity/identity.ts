import type { Role } from '../auth/actor.ts';

/** A workspace API key. Only a hash of the secret is stored; the secret is shown once. */
export interface ApiKey {
  id: string;
  workspaceId: string;
  name: string;
  role: Role;
  /** First characters of the key, shown in lists so a person can tell keys apart. */
  prefix: string;
  keyHash: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** A person who signs in to the web app. */
export interface User {
  id: string;
  workspaceId: string;
  email: string;
  name: string;
  role: Role;
  /** argon2id hash. */
  passwordHash: string;
  employeeId: string | null;
  disabledAt: string | null;
  passwordChangedAt: string;
  createdAt: string;
}

export interface Session {
  /** sha-256 of the session secret; the secret itself lives only in the browser's cookie. */
  id: string;
  workspaceId: string;
  userId: string;
  csrfHash: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}
