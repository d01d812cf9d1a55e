/**
 * Twilio's request signature, computed exactly as Twilio does: base64 HMAC-SHA1, keyed by the
 * account's auth token, over the full URL followed by every POST parameter's name and value,
 * sorted by name (a repeated parameter's distinct values sorted too). No timestamp is signed:
 * replays are caught by the MessageSid.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type FormParams = Record<string, string | string[] | undefined>;

function paramString(name: string, value: string | string[] | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value))
    return [...new Set(value)]
      .sort()
      .map((v) => name + v)
      .join('');
  return name + value;
}

export function twilioSignature(authToken: string, url: string, params: FormParams): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + paramString(key, params[key]), url);
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
}

/** The URL as given, and with (or without) its scheme's default port: Twilio signs either. */
function urlVariants(url: string): string[] {
  const m = /^(https?):\/\/([^/:?#]+)(?::(\d+))?(.*)$/is.exec(url);
  if (!m) return [url];
  const [, scheme = '', host = '', port, rest = ''] = m;
  const standard = scheme.toLowerCase() === 'https' ? '443' : '80';
  if (!port) return [url, `${scheme}://${host}:${standard}${rest}`];
  return port === standard ? [url, `${scheme}://${host}${rest}`] : [url];
}

/** Whether the X-Twilio-Signature header is the signature of this request (constant time). */
export function verifyTwilioSignature(
  authToken: string,
  url: string,
  params: FormParams,
  header: string | undefined,
): boolean {
  if (!header || authToken.length === 0) return false;
  const got = Buffer.from(header);
  return urlVariants(url).some((candidate) => {
    const want = Buffer.from(twilioSignature(authToken, candidate, params));
    return want.length === got.length && timingSafeEqual(want, got);
  });
}
