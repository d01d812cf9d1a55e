/**
 * What never reaches a log line: the credentials some URLs carry. Survey and chat links
 * (`/s/<token>`, `/api/v1/chat/<token>/messages`), one-click unsubscribe links and any query
 * parameter named like a secret are logged as `[redacted]`. When the route is known, every path
 * parameter it names `token`, `key` or `secret` is redacted; for an unknown route (a 404), the
 * segments after the token-bearing prefixes, and any segment long enough to be a token, are.
 */
export const REDACTED = '[redacted]';

const SECRET_PARAMS = new Set(['token', 'key', 'secret']);
const SECRET_QUERY = /token|key|secret|passw|signature|^sig$|^code$|auth|session|csrf/i;
/** Prefixes after which the next path segment is a credential, for routes not matched. */
const AFTER = ['s', 'p', 'chat', 'unsubscribe', 'pulse'];
/** A segment this long is treated as a token on an unmatched route (ids are at most 30). */
const TOKEN_LENGTH = 32;

function redactPath(path: string, pattern: string | undefined): string {
  const segs = path.split('/');
  const pat = pattern?.split('/');
  if (pat && pat.length === segs.length) {
    return segs
      .map((s, i) => {
        const p = pat[i] ?? '';
        return p.startsWith(':') && SECRET_PARAMS.has(p.slice(1)) ? REDACTED : s;
      })
      .join('/');
  }
  return segs
    .map((s, i) =>
      s.length >= TOKEN_LENGTH || (i > 0 && AFTER.includes(segs[i - 1] ?? '') && s !== 'p')
        ? REDACTED
        : s,
    )
    .join('/');
}

function redactQuery(query: string): string {
  return query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      return eq >= 0 && SECRET_QUERY.test(decodeURIComponentSafe(name))
        ? `${name}=${REDACTED}`
        : pair;
    })
    .join('&');
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The URL as it may be logged: credentials in the path and the query replaced. */
export function redactUrl(url: string, routePattern?: string): string {
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  const query = q < 0 ? undefined : url.slice(q + 1);
  const safePath = redactPath(path, routePattern);
  return query === undefined ? safePath : `${safePath}?${redactQuery(query)}`;
}
