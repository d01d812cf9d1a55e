import { carrierStyleSurvey, relationshipNpsSurvey, transactionalCsatSurvey } from '@rapport/core';
import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApi, type TestApi, type TestWorkspace } from '../../testing/harness.ts';

interface Cell {
  group: Record<string, string | null>;
  scale: string;
  figure: {
    status: string;
    value: number | null;
    n: number;
    interval: { low: number; high: number } | null;
    parts: Record<string, unknown>;
  };
}
interface Result {
  overall: Cell[];
  cells: Cell[];
  previous: {
    comparisons: Array<{ comparison: { significant: boolean | null; difference: number | null } }>;
  } | null;
}

describeEachDialect('metrics API', (db) => {
  let api: TestApi;
  let ws: TestWorkspace;
  let jessica: string;
  let owner: string;
  let customer: string;
  let call: string;
  let carrier: string;
  beforeAll(async () => {
    api = await testApi(db().store);
    ws = await api.workspace('Carrier');
    const phone = (await ws.json<{ id: string }>('POST', '/api/v1/teams', { name: 'Phone' })).id;
    const retention = (
      await ws.json<{ id: string }>('POST', '/api/v1/teams', { name: 'Retention' })
    ).id;
    jessica = (
      await ws.json<{ id: string }>('POST', '/api/v1/employees', {
        name: 'Jessica C',
        teamId: phone,
      })
    ).id;
    owner = (
      await ws.json<{ id: string }>('POST', '/api/v1/employees', {
        name: 'Account Owner',
        teamId: retention,
      })
    ).id;
    customer = (
      await ws.json<{ id: string }>('POST', '/api/v1/customers', {
        name: 'Michael',
        relationshipOwnerId: owner,
      })
    ).id;
    call = (
      await ws.json<{ id: string }>('POST', '/api/v1/interactions', {
        customerId: customer,
        channel: 'phone',
        stage: 'support',
        occurredAt: new Date().toISOString(),
        employeeIds: [jessica],
        note: 'Unexpected roaming charges; part waived.',
      })
    ).id;
    carrier = (
      await ws.json<{ id: string }>('POST', '/api/v1/surveys', {
        definition: carrierStyleSurvey({ id: 'c' }),
        status: 'live',
      })
    ).id;
  });
  afterAll(() => api.close());

  it('story 2: the agent gets a perfect satisfaction score and no NPS; the company gets one detractor', async () => {
    const res = await ws.call('POST', '/api/v1/responses', {
      surveyId: carrier,
      channel: 'sms',
      interactionId: call,
      answers: [
        { questionId: 'recommend', value: 1 },
        { questionId: 'agent_handling', value: 10 },
        { questionId: 'agent_timeliness', value: 10 },
      ],
    });
    expect(res.statusCode).toBe(201);
    const scopes = res.json<{
      answers: Array<{
        questionId: string;
        scope: string;
        agentId: string | null;
        ownerId: string | null;
      }>;
    }>().answers;
    expect(scopes.find((a) => a.questionId === 'recommend')).toMatchObject({
      scope: 'relationship',
      agentId: null,
      ownerId: owner,
    });
    expect(scopes.find((a) => a.questionId === 'agent_handling')).toMatchObject({
      scope: 'transactional',
      agentId: jessica,
    });

    const csat = await ws.json<Result>('GET', `/api/v1/metrics/csat?groupBy=agent&minN=1`);
    const hers = csat.cells.find((c) => c.group.agent === jessica);
    expect(hers?.scale).toBe('1–10');
    expect(hers?.figure).toMatchObject({ status: 'ok', value: 100, n: 2 });

    const nps = await ws.json<Result>('GET', '/api/v1/metrics/nps?minN=1');
    expect(nps.overall).toHaveLength(1);
    expect(nps.overall[0]?.scale).toBe('1–10');
    expect(nps.overall[0]?.figure).toMatchObject({ status: 'ok', value: -100, n: 1 });
    expect(nps.overall[0]?.figure.parts).toMatchObject({ detractors: 1 });

    const perAgent = await ws.call('GET', '/api/v1/metrics/nps?groupBy=agent');
    expect(perAgent.statusCode).toBe(422);
    expect(perAgent.json<{ errors: Array<{ field: string }>; detail: string }>()).toMatchObject({
      errors: [{ field: 'groupBy' }],
    });
    expect(perAgent.json<{ detail: string }>().detail).toMatch(/never reported per agent/);
    const byOwner = await ws.json<Result>('GET', '/api/v1/metrics/nps?groupBy=owner&minN=1');
    expect(byOwner.cells.map((c) => c.group.owner)).toEqual([owner]);
    const agentFilter = await ws.call('GET', `/api/v1/metrics/nps?agentId=${jessica}`);
    expect(agentFilter.statusCode).toBe(422);
  });

  it('says "too few" rather than showing a number under the minimum n', async () => {
    const nps = await ws.json<Result>('GET', '/api/v1/metrics/nps');
    expect(nps.overall[0]?.figure).toMatchObject({
      status: 'too_few',
      value: null,
      n: 1,
      interval: null,
    });
  });

  it('never pools NPS asked on 0–10 with NPS asked on 1–10', async () => {
    const rel = (
      await ws.json<{ id: string }>('POST', '/api/v1/surveys', {
        definition: relationshipNpsSurvey({ id: 'r' }),
        status: 'live',
      })
    ).id;
    for (const v of [10, 9, 3]) {
      await ws.json('POST', '/api/v1/responses', {
        surveyId: rel,
        customerId: customer,
        answers: [
          { questionId: 'nps', value: v },
          ...(v <= 6 ? [{ questionId: 'why_low', value: 'price' }] : []),
        ],
      });
    }
    const nps = await ws.json<Result>('GET', '/api/v1/metrics/nps?minN=1');
    expect(nps.overall.map((c) => c.scale).sort()).toEqual(['0–10', '1–10']);
    const zeroTen = nps.overall.find((c) => c.scale === '0–10');
    expect(zeroTen?.figure).toMatchObject({ n: 3 });
    expect(zeroTen?.figure.value).toBeCloseTo(33.3, 1);
  });

  describe('grouping, periods and comparisons', () => {
    let t: string;
    beforeAll(async () => {
      t = (
        await ws.json<{ id: string }>('POST', '/api/v1/surveys', {
          definition: transactionalCsatSurvey({ id: 't' }),
          status: 'live',
        })
      ).id;
      const now = Date.now();
      const submit = (value: number, daysAgo: number) =>
        ws.json('POST', '/api/v1/responses', {
          surveyId: t,
          interactionId: call,
          submittedAt: new Date(now - daysAgo * 86_400_000).toISOString(),
          answers: [{ questionId: 'csat', value }],
        });
      for (let k = 0; k < 30; k++) await submit(k % 3 === 0 ? 2 : 3, 40 + (k % 10)); // before: few top box
      for (let k = 0; k < 30; k++) await submit(k % 5 === 0 ? 3 : 5, 1 + (k % 10)); // after: mostly top box
    });

    it('groups by month and channel and compares with the previous period', async () => {
      const today = new Date();
      const to = new Date(
        Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1),
      )
        .toISOString()
        .slice(0, 10);
      const from = new Date(Date.parse(to) - 30 * 86_400_000).toISOString().slice(0, 10);
      const r = await ws.json<Result>(
        'GET',
        `/api/v1/metrics/csat?surveyId=${t}&from=${from}&to=${to}&groupBy=month,channel&compare=true`,
      );
      expect(r.overall[0]?.figure.n).toBe(30);
      expect(r.overall[0]?.figure.value).toBe(80);
      expect(
        r.cells.every((c) => typeof c.group.month === 'string' && c.group.channel === 'web'),
      ).toBe(true);
      expect(r.cells.reduce((s, c) => s + c.figure.n, 0)).toBe(30);
      const cmp = r.previous?.comparisons[0]?.comparison;
      expect(cmp?.difference).toBe(80);
      expect(cmp?.significant).toBe(true);
    });

    it('refuses bad parameters with the field named', async () => {
      const bad = async (q: string, field: string) => {
        const res = await ws.call('GET', `/api/v1/metrics/csat?${q}`);
        expect(res.statusCode, q).toBe(422);
        expect(res.json<{ errors: Array<{ field: string }> }>().errors[0]?.field, q).toBe(field);
      };
      await bad('groupBy=planet', 'query.groupBy');
      await bad('groupBy=owner', 'groupBy');
      await bad('groupBy=channel,stage,team', 'groupBy');
      await bad('from=2026-13-45', 'from');
      await bad('from=May', 'query.from');
      await bad('from=2026-05-01&to=2026-04-01', 'from');
      expect((await ws.call('GET', '/api/v1/metrics/happiness')).statusCode).toBe(422);
    });
  });
});
