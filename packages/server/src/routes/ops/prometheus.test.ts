import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi, type TestApi, type TestWorkspace } from '../../testing/harness.ts';

describeEachDialect('GET /metrics', (db) => {
  let api: TestApi;
  let ws: TestWorkspace;
  beforeAll(async () => {
    api = await testApi(db().store, { env: { METRICS_TOKEN: 'scrape-token-0123456789' } });
    ws = await api.workspace();
  });
  afterAll(() => api.close());

  it('exposes request rate and latency by route pattern, and the queue', async () => {
    const c = await ws.json<{ id: string }>('POST', '/api/v1/customers', { name: 'x' });
    await ws.call('GET', `/api/v1/customers/${c.id}`);
    await ws.call('GET', '/api/v1/customers/cus_nope');
    const res = await api.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer scrape-token-0123456789' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0.0.4/);
    const text = res.body;
    expect(text).toContain(
      'rapport_http_requests_total{method="GET",route="/api/v1/customers/:id",status="200"} 1',
    );
    expect(text).toContain(
      'rapport_http_requests_total{method="GET",route="/api/v1/customers/:id",status="404"} 1',
    );
    expect(text).not.toContain(c.id);
    expect(text).toMatch(
      /rapport_http_request_duration_seconds_bucket\{method="POST",route="\/api\/v1\/customers",le="\+Inf"\} 1/,
    );
    expect(text).toMatch(/rapport_jobs\{state="queued"\} \d+/);
    expect(text).toMatch(/rapport_cases_past_sla \d+/);
  });

  it('refuses a scraper without the token', async () => {
    const res = await api.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer wrong-token-000000000' },
    });
    expect(res.statusCode).toBe(401);
  });
});
