import { createHash } from 'node:crypto';

/** SHA-256 in hex: how every token and key is stored (only its hash, never the secret). */
export function sha256Hex(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
