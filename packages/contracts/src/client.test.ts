// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiError, createClient, isApiError, type RouteName } from './client.ts';

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

function fakeFetch(respond: (req: Sent) => Response | Promise<Response>) {
  const sent: Sent[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const req: Sent = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: { ...(init?.headers as Record<string, string>) },
      body: typeof init?.body === 'string' ? init.body : undefined,
    };
    sent.push(req);
    return respond(req);
  };
  return { fetch, sent };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

/** jsdom's document (the package's types have no DOM lib). */
const doc = () => (globalThis as unknown as { document: { cookie: string } }).document;

afterEach(() => {
  doc().cookie = 'rapport_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

describe('the API client: errors', () => {
  test('a problem+json answer becomes an ApiError with status, detail and field errors', async () => {
    const problem = {
      type: '/problems/validation',
      title: 'The request is not valid',
      status: 422,
      detail: 'name: Too small',
      code: 'validation',
      errors: [
        { field: 'name', message: 'Too small' },
        { field: 'role', message: 'Invalid option' },
        { nonsense: true },
      ],
    };
    const { fetch } = fakeFetch(() =>
      json(422, problem, { 'content-type': 'application/problem+json' }),
    );
    const err = await createClient({ fetch })
      .keys.create({ name: '' })
      .catch((e: unknown) => e);
    expect(isApiError(err)).toBe(true);
    const e = err as ApiError;
    expect(e).toBeInstanceOf(Error);
    expect(e.status).toBe(422);
    expect(e.code).toBe('validation');
    expect(e.title).toBe('The request is not valid');
    expect(e.detail).toBe('name: Too small');
    expect(e.message).toBe('name: Too small');
    expect(e.errors).toEqual([
      { field: 'name', message: 'Too small' },
      { field: 'role', message: 'Invalid option' },
    ]);
    expect(e.fieldError('name')).toBe('Too small');
    expect(e.fieldError('email')).toBeUndefined();
  });

  test('Retry-After of a 429 is kept', async () => {
    const { fetch } = fakeFetch(() =>
      json(
        429,
        { status: 429, code: 'rate_limited', title: 'Too many', detail: 'Slow down.' },
        { 'retry-after': '120' },
      ),
    );
    const e = (await createClient({ fetch })
      .auth.login({ email: 'a@b.example', password: 'x' })
      .catch((x: unknown) => x)) as ApiError;
    expect(e.status).toBe(429);
    expect(e.retryAfterSeconds).toBe(120);
  });

  test('an answer that is not a problem (a proxy page) still gives a typed error', async () => {
    const { fetch } = fakeFetch(
      () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    const e = (await createClient({ fetch })
      .customers.list()
      .catch((x: unknown) => x)) as ApiError;
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(502);
    expect(e.code).toBe('http_error');
    expect(e.detail).toMatch(/server failed/i);
    expect(e.errors).toEqual([]);
  });

  test('a network failure becomes status 0, and onError hears of every failure with its route', async () => {
    const heard: Array<[number, RouteName]> = [];
    const client = createClient({
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      onError: (e, route) => heard.push([e.status, route]),
    });
    const e = (await client.auth.me().catch((x: unknown) => x)) as ApiError;
    expect(e.status).toBe(0);
    expect(e.code).toBe('network');
    expect(e.detail).toMatch(/could not reach the server/i);
    expect(heard).toEqual([[0, 'me']]);

    const { fetch } = fakeFetch(() =>
      json(401, { status: 401, code: 'unauthenticated', title: 'x', detail: 'Sign in.' }),
    );
    await createClient({ fetch, onError: (er, route) => heard.push([er.status, route]) })
      .teams.list()
      .catch(() => undefined);
    expect(heard).toEqual([
      [0, 'me'],
      [401, 'listTeams'],
    ]);
  });

  test('an aborted call rejects with the abort, not an ApiError', async () => {
    const ctl = new AbortController();
    const fetch: typeof globalThis.fetch = (_i, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      );
    const onError = vi.fn();
    const pending = createClient({ fetch, onError }).customers.get('c1', { signal: ctl.signal });
    ctl.abort();
    const e = await pending.catch((x: unknown) => x);
    expect(isApiError(e)).toBe(false);
    expect((e as DOMException).name).toBe('AbortError');
    expect(onError).not.toHaveBeenCalled();
  });
});

describe('the API client: requests', () => {
  test('writes carry the CSRF cookie as X-CSRF-Token; reads do not', async () => {
    doc().cookie = 'rapport_csrf=tok%2Ben; path=/';
    const { fetch, sent } = fakeFetch((req) =>
      req.method === 'DELETE' ? new Response(null, { status: 204 }) : json(200, { items: [] }),
    );
    const client = createClient({ fetch });
    await client.keys.list();
    expect(await client.keys.revoke('key_1')).toBeUndefined();
    expect(sent[0]?.headers['x-csrf-token']).toBeUndefined();
    expect(sent[1]?.method).toBe('DELETE');
    expect(sent[1]?.headers['x-csrf-token']).toBe('tok+en');
  });

  test('queries leave out empty values; path parameters are encoded; bodies are JSON', async () => {
    const { fetch, sent } = fakeFetch(() => json(200, { items: [], nextCursor: null }));
    const client = createClient({ fetch, baseUrl: 'http://api.example/', apiKey: 'rk.ws.secret' });
    await client.interactions.list({ channel: 'chat', stage: undefined, limit: 25, cursor: '' });
    await client.customers.update('a/b c', { name: 'Zoë' }, { idempotencyKey: 'k1' });
    expect(sent[0]?.url).toBe('http://api.example/api/v1/interactions?channel=chat&limit=25');
    expect(sent[0]?.headers.authorization).toBe('Bearer rk.ws.secret');
    expect(sent[1]?.url).toBe('http://api.example/api/v1/customers/a%2Fb%20c');
    expect(sent[1]?.method).toBe('PATCH');
    expect(sent[1]?.headers['content-type']).toBe('application/json');
    expect(sent[1]?.headers['idempotency-key']).toBe('k1');
    expect(JSON.parse(sent[1]?.body ?? '')).toEqual({ name: 'Zoë' });
  });

  test('a response accepted for later asks for it with Prefer: respond-async', async () => {
    const accepted = { submissionId: 'job_1', responseId: 'rsp_1', status: 'queued' };
    const { fetch, sent } = fakeFetch(() => json(202, accepted));
    const client = createClient({ fetch });
    const body = { surveyId: 'srv_1', answers: [{ questionId: 'csat', value: 2 }] };
    expect(await client.responses.accept(body, { idempotencyKey: 'k2' })).toEqual(accepted);
    expect(sent[0]?.method).toBe('POST');
    expect(sent[0]?.url).toBe('/api/v1/responses');
    expect(sent[0]?.headers.prefer).toBe('respond-async');
    expect(sent[0]?.headers['idempotency-key']).toBe('k2');
    expect(JSON.parse(sent[0]?.body ?? '')).toEqual(body);
    await client.responses.create(body);
    expect(sent[1]?.headers.prefer).toBeUndefined();
  });

  test('bulk ingest sends NDJSON as it is', async () => {
    const { fetch, sent } = fakeFetch(() =>
      json(200, { accepted: 0, duplicates: 0, rejected: 0, results: [] }),
    );
    await createClient({ fetch }).interactions.bulk('{"a":1}\n{"b":2}\n');
    expect(sent[0]?.headers['content-type']).toBe('application/x-ndjson');
    expect(sent[0]?.body).toBe('{"a":1}\n{"b":2}\n');
  });

  test('a missing path parameter is refused before any request', async () => {
    const { fetch, sent } = fakeFetch(() => json(200, {}));
    await expect(createClient({ fetch }).customers.get('')).rejects.toThrow(
      /Missing path parameter id/,
    );
    expect(sent).toEqual([]);
  });
});
