/**
 * Outbound SMS through Twilio's REST API: POST {api}/2010-04-01/Accounts/{sid}/Messages.json,
 * HTTP basic auth (account SID and auth token), a form body of To, From and Body. A refusal
 * (4xx: a bad number, an opted-out recipient) is permanent; a 429 or 5xx is retried by the job.
 */
import { DomainError, type OutboundSms, type SentMessage } from '@rapport/core';

export interface TwilioRestOptions {
  /** Base URL, e.g. https://api.twilio.com (settings.twilioApiUrl). */
  apiUrl: string;
  timeoutMs?: number | undefined;
}

interface TwilioError {
  code?: number;
  message?: string;
}

export function twilioSmsSender(opts: TwilioRestOptions) {
  const base = opts.apiUrl.replace(/\/+$/, '');
  return async function sendSms(m: OutboundSms): Promise<SentMessage> {
    const { accountSid, authToken, fromNumber } = m.account;
    const url = `${base}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`;
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
        'i-twilio-idempotency-token': m.idempotencyKey,
      },
      body: new URLSearchParams({ To: m.to, From: fromNumber, Body: m.body }).toString(),
      signal: AbortSignal.timeout(opts.timeoutMs ?? 15_000),
    });
    const text = await res.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    if (res.ok) {
      const sid = (json as { sid?: unknown } | null)?.sid;
      if (typeof sid !== 'string') throw new Error(`Twilio answered ${res.status} without a sid.`);
      return { providerId: sid };
    }
    const err = (json ?? {}) as TwilioError;
    const detail = `Twilio refused the SMS (HTTP ${res.status}${err.code ? `, code ${err.code}` : ''}): ${err.message ?? text.slice(0, 200)}`;
    if (res.status === 429 || res.status >= 500) throw new Error(detail);
    throw new DomainError('validation', detail);
  };
}
