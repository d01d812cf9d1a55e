/**
 * Posts one webhook request, connecting only to an address the SSRF guard allows (unless
 * WEBHOOK_ALLOW_PRIVATE_TARGETS): a literal host is judged as written, a name by every address
 * it resolves to *at connection time*, inside the socket's own lookup — so a name that
 * resolved to a public address when the endpoint was saved and to 127.0.0.1 now (DNS
 * rebinding) is refused, and the address checked is the address connected to.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIpLiteral, refusedAddress, refusedResolution } from '@rapport/core';

/** The target is not allowed: the delivery fails for good, it is not retried. */
export class RefusedTarget extends Error {
  override name = 'RefusedTarget';
}

const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, found: LookupAddress[]) => {
    if (err) return callback(err, '', 0);
    const why = refusedResolution(
      hostname,
      found.map((a) => a.address),
    );
    if (why) return callback(new RefusedTarget(why), '', 0);
    if (options.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, found);
    const first = found[0];
    if (!first) return callback(new Error(`${hostname} resolves to nothing`), '', 0);
    return callback(null, first.address, first.family);
  });
};

export interface WebhookPost {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  allowPrivate: boolean;
}

/** Sends the request and answers the HTTP status; redirects are not followed. */
export function postWebhook(p: WebhookPost): Promise<number> {
  const url = new URL(p.url);
  if (!p.allowPrivate && isIpLiteral(url.hostname)) {
    const why = refusedAddress(url.hostname);
    if (why) return Promise.reject(new RefusedTarget(`${url.hostname} is ${why}`));
  }
  const options: RequestOptions = {
    method: 'POST',
    headers: { ...p.headers, 'content-length': String(Buffer.byteLength(p.body)) },
    signal: AbortSignal.timeout(p.timeoutMs),
    ...(p.allowPrivate ? {} : { lookup: guardedLookup }),
  };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, options, (res) => {
      res.resume();
      res.on('error', () => undefined);
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(p.body);
  });
}
