/** The real API client over a scripted fetch: handlers keyed "METHOD /path" answer requests. */
import { createClient, type ApiClient } from '@rapport/contracts';

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}
type Handler = (req: FakeRequest) => Response | Promise<Response>;

export const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export const problem = (status: number, detail: string, code = 'error') =>
  new Response(JSON.stringify({ type: `/problems/${code}`, title: code, status, detail, code }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

export function fakeApi(handlers: Record<string, Handler>): {
  client: ApiClient;
  fetch: typeof globalThis.fetch;
  requests: FakeRequest[];
} {
  const requests: FakeRequest[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(String(input), 'http://rapport.test');
    const req: FakeRequest = {
      method: init?.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    requests.push(req);
    const handler = handlers[`${req.method} ${req.path}`];
    return handler
      ? handler(req)
      : problem(404, `No route ${req.method} ${req.path}.`, 'not_found');
  };
  return { client: createClient({ fetch }), fetch, requests };
}
