/**
 * Standard Webhooks signing (https://www.standardwebhooks.com): the signature is the base64
 * HMAC-SHA256, keyed with the secret's bytes (`whsec_` + base64), over `id.timestamp.body`,
 * sent as `webhook-signature: v1,<signature>` beside `webhook-id` and `webhook-timestamp`
 * (seconds). Receivers reject timestamps more than 5 minutes off.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { invalid } from '../errors/domain-error.ts';
import type { WebhookDelivery } from './webhook.ts';

export const SECRET_PREFIX = 'whsec_';
export const TOLERANCE_SECONDS = 5 * 60;

function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** A signing secret from random URL-safe base64 (`ids.secret()`): `whsec_` + standard base64. */
export function webhookSecret(randomUrlSafe: string): string {
  const b64 = randomUrlSafe.replace(/-/g, '+').replace(/_/g, '/');
  const padded = b64 + '='.repeat((4 - (b64.length % 4)) % 4);
  return SECRET_PREFIX + bytesToBase64(base64ToBytes(padded));
}

function keyOf(secret: string): Uint8Array {
  const b64 = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  try {
    return base64ToBytes(b64);
  } catch {
    throw invalid('secret', 'A webhook secret is whsec_ followed by base64.');
  }
}

/** The `webhook-signature` header value for one message. */
export function signWebhook(
  secret: string,
  id: string,
  timestampSec: number,
  body: string,
): string {
  const mac = createHmac('sha256', keyOf(secret))
    .update(`${id}.${timestampSec}.${body}`)
    .digest('base64');
  return `v1,${mac}`;
}

/** Checks a signature header (space-separated `v1,<sig>` entries) and the timestamp window. */
export function verifyWebhook(
  secret: string,
  headers: { id: string; timestamp: string; signature: string },
  body: string,
  nowSec: number,
): boolean {
  const ts = Number(headers.timestamp);
  if (!Number.isInteger(ts) || Math.abs(nowSec - ts) > TOLERANCE_SECONDS) return false;
  const expected = signWebhook(secret, headers.id, ts, body).slice(3);
  return headers.signature.split(' ').some((entry) => {
    const [version, sig] = entry.split(',');
    if (version !== 'v1' || !sig) return false;
    const a = new TextEncoder().encode(sig);
    const b = new TextEncoder().encode(expected);
    return a.length === b.length && timingSafeEqual(a, b);
  });
}

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** The HTTP request of one delivery attempt at `now`. */
export function webhookRequest(
  d: Pick<WebhookDelivery, 'eventId' | 'payload'>,
  endpoint: { url: string; secret: string },
  now: Date,
): WebhookRequest {
  const body = JSON.stringify(d.payload);
  const ts = Math.floor(now.getTime() / 1000);
  return {
    url: endpoint.url,
    body,
    headers: {
      'content-type': 'application/json',
      'user-agent': 'Rapport-Webhooks/1',
      'webhook-id': d.eventId,
      'webhook-timestamp': String(ts),
      'webhook-signature': signWebhook(endpoint.secret, d.eventId, ts, body),
    },
  };
}
