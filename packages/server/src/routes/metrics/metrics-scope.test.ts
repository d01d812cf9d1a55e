/**
 * An agent's figures are their own (issue 11): a signed-in agent's CSAT counts the answers
 * about the interactions they handled, whatever they ask for; another agent's figures and the
 * company's NPS are refused. Analysts and API keys (of any role) see the workspace's.
 */
import { transactionalCsatSurvey } from '@rapport/core';
import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { orgWorld, type OrgWorld } from '../../testing/org-world.ts';

interface Result {
  overall: Array<{ figure: { n: number } }>;
  cells: Array<{ group: Record<string, string | null>; figure: { n: number } }>;
}
interface Problem {
  errors?: Array<{ field: string }>;
}

describeEachDialect('metrics scope by role', (db) => {
  let w: OrgWorld;

  beforeAll(async () => {
    w = await orgWorld(db().store);
    const survey = (
      await w.ws.json<{ id: string }>('POST', '/api/v1/surveys', {
        definition: transactionalCsatSurvey({ id: 't' }),
        status: 'live',
      })
    ).id;
    for (const [agent, scores] of [
      ['ann', [5, 5]],
      ['ben', [1, 2, 1]],
    ] as const) {
      const call = (
        await w.ws.json<{ id: string }>('POST', '/api/v1/interactions', {
          customerId: w.customer,
          channel: 'phone',
          stage: 'support',
          occurredAt: '2026-01-05T08:00:00.000Z',
          employeeIds: [w.e[agent]],
        })
      ).id;
      for (const value of scores)
        await w.ws.json('POST', '/api/v1/responses', {
          surveyId: survey,
          interactionId: call,
          answers: [{ questionId: 'csat', value }],
        });
    }
  }, 60_000);
  afterAll(() => w.close());

  const n = (r: Result) => r.overall.reduce((s, c) => s + c.figure.n, 0);

  it('gives a signed-in agent their own figures only', async () => {
    const own = await w.as.ann.call('GET', '/api/v1/metrics/csat');
    expect(own.statusCode).toBe(200);
    expect(n(own.json<Result>())).toBe(2);
    const byAgent = (
      await w.as.ann.call('GET', '/api/v1/metrics/csat?groupBy=agent')
    ).json<Result>();
    expect(byAgent.cells.map((c) => c.group.agent)).toEqual([w.e.ann]);
    expect(n((await w.as.ben.call('GET', '/api/v1/metrics/csat')).json<Result>())).toBe(3);

    const other = await w.as.ann.call('GET', `/api/v1/metrics/csat?agentId=${w.e.ben}`);
    expect([other.statusCode, other.json<Problem>().errors?.[0]?.field]).toEqual([422, 'agentId']);
    const nps = await w.as.ann.call('GET', '/api/v1/metrics/nps');
    expect([nps.statusCode, nps.json<Problem>().errors?.[0]?.field]).toEqual([422, 'metric']);
    expect((await w.as.unlinked.call('GET', '/api/v1/metrics/csat')).statusCode).toBe(403);
  });

  it('leaves analysts and API keys the workspace’s figures', async () => {
    expect(n((await w.as.analyst.call('GET', '/api/v1/metrics/csat')).json<Result>())).toBe(5);
    const key = await w.api.app.inject({
      method: 'GET',
      url: '/api/v1/metrics/csat',
      headers: { authorization: `Bearer ${w.agentKey}` },
    });
    expect(n(key.json<Result>())).toBe(5);
  });
});
