/**
 * The multi-instance test's client: JSON over real HTTP through the balancer, with an API key
 * or a browser's session cookie and CSRF token, noting which backend answered. And a poll with
 * a deadline for what the workers do in the background.
 */
import { BACKEND_HEADER } from './round-robin-proxy.ts';

export interface Answer<T = unknown> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
  /** Index of the backend that answered, -1 when the balancer itself did. */
  backend: number;
}

export interface Credentials {
  apiKey?: string;
  cookie?: string;
  csrf?: string;
}

export class HttpClient {
  constructor(
    readonly base: string,
    readonly auth: Credentials = {},
  ) {}

  as(auth: Credentials): HttpClient {
    return new HttpClient(this.base, auth);
  }

  async call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer<T>> {
    const h: Record<string, string> = { ...headers };
    if (this.auth.apiKey) h.authorization = `Bearer ${this.auth.apiKey}`;
    if (this.auth.cookie) h.cookie = this.auth.cookie;
    if (this.auth.csrf && method !== 'GET') h['x-csrf-token'] = this.auth.csrf;
    let payload: string | undefined;
    if (typeof body === 'string') payload = body;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      h['content-type'] = 'application/json';
    }
    const res = await fetch(this.base + path, {
      method,
      headers: h,
      ...(payload === undefined ? {} : { body: payload }),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await res.text();
    let parsed: unknown = text;
    if (/json/.test(res.headers.get('content-type') ?? '') && text) parsed = JSON.parse(text);
    return {
      status: res.status,
      body: parsed as T,
      text,
      headers: res.headers,
      backend: Number(res.headers.get(BACKEND_HEADER) ?? -1),
    };
  }

  /** The body of a 2xx answer; anything else throws with the answer. */
  async json<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<T> {
    const a = await this.call<T>(method, path, body, headers);
    if (a.status >= 300) throw new Error(`${method} ${path} → ${a.status}: ${a.text}`);
    return a.body;
  }

  async id(path: string, body: unknown): Promise<string> {
    return (await this.json<{ id: string }>('POST', path, body)).id;
  }
}

/** Polls `probe` until it returns a value other than undefined, or throws at the deadline. */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  deadlineMs = 20_000,
  everyMs = 100,
): Promise<T> {
  const until = Date.now() + deadlineMs;
  for (let i = 0; i < 10_000; i++) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > until) break;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out after ${deadlineMs} ms waiting for ${what}`);
}
