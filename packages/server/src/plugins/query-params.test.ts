import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi, type TestApi, type TestWorkspace } from '../testing/harness.ts';

interface Operation {
  parameters?: Array<{ in: string; name: string }>;
}
interface Problem {
  status: number;
  code: string;
  detail: string;
  errors: Array<{ field: string; message: string }>;
}

describeEachDialect('unknown query parameters', (db) => {
  let api: TestApi;
  let ws: TestWorkspace;
  let ops: Array<{ method: string; url: string; query: string[] }>;
  beforeAll(async () => {
    api = await testApi(db().store);
    ws = await api.workspace();
    const doc = (await api.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, Operation>>;
    }>();
    ops = Object.entries(doc.paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod).map(([method, op]) => ({
        method: method.toUpperCase(),
        url: path.replace(/\{\w+\}/g, 'x1'),
        query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      })),
    );
  });
  afterAll(() => api.close());

  it('refuses a misnamed filter instead of answering the whole workspace', async () => {
    const res = await ws.call('GET', '/api/v1/metrics/csat?employeeId=emp_1');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const p = res.json<Problem>();
    expect(p.code).toBe('unknown_parameter');
    expect(p.detail).toContain('"employeeId"');
    expect(p.detail).toContain('agentId');
    expect(p.errors).toEqual([
      { field: 'query.employeeId', message: expect.stringContaining('agentId') as string },
    ]);
  });

  it('names every unknown parameter and still takes the known ones', async () => {
    const res = await ws.call('GET', '/api/v1/customers?limit=5&sort=name&search=x');
    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>().errors.map((e) => e.field)).toEqual(['query.sort', 'query.search']);
    expect((await ws.call('GET', '/api/v1/customers?limit=5')).statusCode).toBe(200);
    expect((await ws.call('GET', '/api/v1/metrics/csat?agentId=emp_1')).statusCode).toBe(200);
  });

  it('refuses an unknown parameter on every route that declares its query', async () => {
    const withQuery = ops.filter((o) => o.query.length > 0);
    expect(withQuery.filter((o) => o.method === 'GET').length).toBeGreaterThan(20);
    const missed: string[] = [];
    for (const op of withQuery) {
      const res = await ws.call(
        op.method,
        `${op.url}?notAParameter=1`,
        op.method === 'GET' ? undefined : {},
      );
      const p = res.json<Problem>();
      if (res.statusCode !== 400 || p.errors[0]?.field !== 'query.notAParameter')
        missed.push(`${op.method} ${op.url} → ${res.statusCode}`);
    }
    expect(missed).toEqual([]);
  });

  it('accepts every parameter the OpenAPI document lists', async () => {
    const refused: string[] = [];
    for (const op of ops.filter((o) => o.query.length > 0)) {
      const qs = op.query.map((n) => `${n}=1`).join('&');
      const res = await ws.call(op.method, `${op.url}?${qs}`, op.method === 'GET' ? undefined : {});
      if (res.statusCode === 400) refused.push(`${op.method} ${op.url}: ${res.body}`);
    }
    expect(refused).toEqual([]);
  });

  it('accepts the query parameters of the examples in docs/', async () => {
    for (const url of [
      '/api/v1/linkage?period=2026-Q3&outcome=csat&lag=0&weighted=false',
      '/api/v1/cases?unassigned=true',
      '/api/v1/responses?customerId=cus_1',
      '/api/v1/pulse/comments?period=2026-Q3&kind=employee',
      '/api/v1/cases/metrics?from=2026-01-01&to=2026-02-01&groupBy=team',
      '/api/v1/praise?employeeId=emp_1&teamId=team_1&customerId=cus_1',
      '/api/v1/praise/counts?employeeId=emp_1',
    ]) {
      const res = await ws.call('GET', url);
      expect(res.statusCode, `${url}: ${res.body}`).not.toBe(400);
    }
  });
});
