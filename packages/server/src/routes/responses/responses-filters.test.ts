/**
 * GET /api/v1/responses takes the metrics API's filters, so a figure drills down to exactly
 * the responses behind it: the same n for the same metric, scope, scale, period and attribution.
 */
import { carrierStyleSurvey, transactionalCsatSurvey } from '@rapport/core';
import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi, type TestApi, type TestWorkspace } from '../../testing/harness.ts';

interface Page {
  items: Array<{ id: string; channel: string; answers: Array<{ questionId: string }> }>;
}
interface Metric {
  overall: Array<{ scale: string; figure: { n: number } }>;
}

describeEachDialect('responses API: the metrics filters', (db) => {
  let api: TestApi;
  let ws: TestWorkspace;
  let ana: string;
  let ben: string;
  let phone: string;
  beforeAll(async () => {
    api = await testApi(db().store);
    ws = await api.workspace('Drill');
    const post = <T>(url: string, body: unknown) => ws.json<T>('POST', url, body);
    phone = (await post<{ id: string }>('/api/v1/teams', { name: 'Phone' })).id;
    const chat = (await post<{ id: string }>('/api/v1/teams', { name: 'Chat' })).id;
    ana = (await post<{ id: string }>('/api/v1/employees', { name: 'Ana', teamId: phone })).id;
    ben = (await post<{ id: string }>('/api/v1/employees', { name: 'Ben', teamId: chat })).id;
    const customer = (await post<{ id: string }>('/api/v1/customers', { name: 'C' })).id;
    const csat = (
      await post<{ id: string }>('/api/v1/surveys', {
        definition: transactionalCsatSurvey({ id: 'x' }),
        status: 'live',
      })
    ).id;
    const carrier = (
      await post<{ id: string }>('/api/v1/surveys', {
        definition: carrierStyleSurvey({ id: 'y' }),
        status: 'live',
      })
    ).id;
    for (let i = 0; i < 6; i++) {
      const agent = i < 4 ? ana : ben;
      const call = (
        await post<{ id: string }>('/api/v1/interactions', {
          customerId: customer,
          channel: 'phone',
          stage: i % 2 ? 'support' : 'renewal',
          occurredAt: new Date(Date.now() - i * 3_600_000).toISOString(),
          employeeIds: [agent],
        })
      ).id;
      await post('/api/v1/responses', {
        surveyId: csat,
        channel: i < 3 ? 'sms' : 'email',
        interactionId: call,
        // The last one skips the CSAT question: it is not behind the CSAT figure.
        answers: [{ questionId: i === 5 ? 'ces' : 'csat', value: i === 5 ? 6 : 5 }],
      });
    }
    await post('/api/v1/responses', {
      surveyId: carrier,
      channel: 'sms',
      customerId: customer,
      answers: [{ questionId: 'agent_handling', value: 10 }],
    });
  });
  afterAll(() => api.close());

  const list = (q: string) => ws.json<Page>('GET', `/api/v1/responses?limit=100&${q}`);

  it('a metric on a scale lists the responses its figure counts', async () => {
    const figure = await ws.json<Metric>('GET', '/api/v1/metrics/csat?minN=1');
    const onFive = figure.overall.find((c) => c.scale === '1–5');
    const shown = await list('metric=csat&scope=transactional&scaleMin=1&scaleMax=5');
    expect(onFive?.figure.n).toBe(5);
    expect(shown.items).toHaveLength(5);
    expect((await list('metric=csat&scaleMin=1&scaleMax=10')).items).toHaveLength(1);
    expect((await list('metric=ces')).items).toHaveLength(1);
    expect((await list('metric=nps')).items).toHaveLength(0);
  });

  it('attribution and where the answer came from narrow the list like the metrics API', async () => {
    const team = await ws.json<Metric>('GET', `/api/v1/metrics/csat?minN=1&teamId=${phone}`);
    expect(team.overall[0]?.figure.n).toBe(4);
    expect((await list(`metric=csat&teamId=${phone}`)).items).toHaveLength(4);
    expect((await list(`metric=csat&agentId=${ben}`)).items).toHaveLength(1);
    expect((await list(`agentId=${ana}&channel=sms`)).items).toHaveLength(3);
    expect((await list('metric=csat&stage=renewal&scaleMax=5')).items).toHaveLength(3);
    expect((await list('metric=csat&scope=relationship')).items).toHaveLength(0);
  });

  it('refuses a filter outside its range', async () => {
    expect((await ws.call('GET', '/api/v1/responses?metric=enps')).statusCode).toBe(422);
    expect((await ws.call('GET', '/api/v1/responses?scaleMax=11')).statusCode).toBe(422);
  });
  it('refuses a period whose from is after its to, at from, rather than an empty page', async () => {
    const swapped = await ws.call(
      'GET',
      '/api/v1/responses?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z',
    );
    expect(swapped.statusCode).toBe(422);
    expect(swapped.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe('from');
    // The same instant written in two zones is not swapped.
    const zones = await ws.call(
      'GET',
      `/api/v1/responses?from=${encodeURIComponent('2026-01-01T10:00:00+10:00')}&to=2026-01-01T00:00:00Z`,
    );
    expect(zones.statusCode).toBe(200);
  });
});
