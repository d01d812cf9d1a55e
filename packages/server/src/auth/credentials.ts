/**
 * The shapes of secrets. An API key is `rk.<workspaceId>.<secret>` and a session cookie
 * `<workspaceId>.<secret>`: the workspace travels with the secret, so every lookup is keyed by
 * workspace first. Only SHA-256 hashes of secrets are stored (the secrets carry ≥ 144 random
 * bits, so a fast hash is the right one; passwords use argon2id).
 */
import { sha256 } from '../lib/hash.ts';

export interface ParsedSecret {
  workspaceId: string;
  hash: string;
}

const WS = /^ws_[0-9A-HJKMNP-TV-Z]{26}$/;

export function apiKeyString(workspaceId: string, secret: string): string {
  return `rk.${workspaceId}.${secret}`;
}

export function parseApiKey(key: string): ParsedSecret | null {
  const parts = key.split('.');
  if (parts.length !== 3 || parts[0] !== 'rk' || !WS.test(parts[1] ?? '') || !parts[2]) return null;
  return { workspaceId: parts[1] as string, hash: sha256(key) };
}

export function sessionCookieValue(workspaceId: string, secret: string): string {
  return `${workspaceId}.${secret}`;
}

export function parseSessionCookie(value: string): ParsedSecret | null {
  const [ws, secret, extra] = value.split('.');
  if (extra !== undefined || !ws || !WS.test(ws) || !secret) return null;
  return { workspaceId: ws, hash: sha256(secret) };
}
