/**
 * Where a reply comes from and goes to. Phone numbers and e-mail addresses are compared in a
 * normal form; an e-mail conversation has a reply address `reply+<workspace>.<key>@<domain>`
 * whose key is derived from the survey token at send time (one-way, so it opens replies only).
 */
import { createHash } from 'node:crypto';

/** A phone number as digits with a leading + when it had one: "+1 (234) 901-3030" → "+12349013030". */
export function normalizePhone(phone: string): string {
  const t = phone.trim();
  const digits = t.replace(/[^\d]/g, '');
  return t.startsWith('+') || t.startsWith('00') ? `+${digits.replace(/^00/, '')}` : digits;
}

/** An e-mail address in lower case, without display name or angle brackets. */
export function normalizeEmail(address: string): string {
  const m = /<([^>]*)>/.exec(address);
  return (m?.[1] ?? address).trim().toLowerCase();
}

/** The address key of an invitation's address on its channel. */
export function addressKey(channel: string, address: string): string {
  return channel === 'email' ? normalizeEmail(address) : normalizePhone(address);
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

function base32(bytes: Uint8Array, chars: number): string {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5 && out.length < chars) {
      bits -= 5;
      out += BASE32[(acc >> bits) & 31];
    }
    acc &= (1 << bits) - 1;
  }
  return out;
}

/** 26 lower-case base32 characters (130 bits) derived from the token: the reply key. */
export function replyKeyFromToken(token: string): string {
  return base32(createHash('sha256').update(`reply:${token}`).digest(), 26);
}

export const REPLY_KEY_PATTERN = /^[a-z2-7]{26}$/;

/** `reply+ws_….key@domain` — the workspace travels with the key (the SMTP listener is shared). */
export function replyAddress(workspaceId: string, replyKey: string, domain: string): string {
  return `reply+${workspaceId.toLowerCase()}.${replyKey}@${domain}`;
}

/** The workspace and reply key an address carries, or null. Case-insensitive. */
export function parseReplyAddress(
  address: string,
): { workspaceId: string; replyKey: string } | null {
  const m = /^reply\+(ws_[0-9a-z]{26})\.([a-z2-7]{26})@[^@\s]+$/.exec(normalizeEmail(address));
  if (!m?.[1] || !m[2]) return null;
  return { workspaceId: `ws_${m[1].slice(3).toUpperCase()}`, replyKey: m[2] };
}

/** The Message-ID of the n-th e-mail of a conversation; replies quote it in In-Reply-To. */
export function conversationMessageId(
  workspaceId: string,
  replyKey: string,
  n: number,
  domain: string,
): string {
  return `<rapport.${workspaceId.toLowerCase()}.${replyKey}.${n}@${domain}>`;
}

/** The workspace and reply key of a Message-ID this module made, or null. */
export function parseConversationMessageId(
  messageId: string,
): { workspaceId: string; replyKey: string } | null {
  const m = /<?rapport\.(ws_[0-9a-z]{26})\.([a-z2-7]{26})\.\d+@[^>\s]+>?/.exec(
    messageId.trim().toLowerCase(),
  );
  if (!m?.[1] || !m[2]) return null;
  return { workspaceId: `ws_${m[1].slice(3).toUpperCase()}`, replyKey: m[2] };
}
