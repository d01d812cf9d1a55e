/**
 * Whose figures and tasks each role gets (issue 11): a manager's metrics count their people's
 * answers (transactional by the agent, relationship by the owner); case metrics count the cases
 * in the user's scope; thank-you tasks are the assignee's and their managers'; the emotion map
 * counts the texts of interactions the user's people served; the chain shows a manager the
 * teams their people lead and refuses agents. Analysts and API keys keep the workspace.
 */
import type { EmotionMapDto } from '@rapport/contracts';
import { loadSettings } from '@rapport/config';
import { describeEachDialect, keywordAnalyzer } from '@rapport/testing';
import { createRapportRegistry, createWorker } from '@rapport/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { normalise } from '../../security/isolation/actors.ts';
import { customerWorld, type CustomerWorld } from '../../testing/customer-world.ts';
import { orgWorld, type OrgWorld } from '../../testing/org-world.ts';
import type { Browser } from '../../testing/sessions.ts';

type Who = keyof OrgWorld['as'];
interface Metric {
  overall: Array<{ figure: { n: number } }>;
}
interface Problem {
  errors?: Array<{ field: string }>;
}

describeEachDialect('figures and tasks scope by role', (db) => {
  let w: OrgWorld;
  let x: CustomerWorld;
  const task = {} as Record<'annPraise' | 'calPraise', string>;
  const team = {} as Record<'lead' | 'other', string>;

  beforeAll(async () => {
    w = await orgWorld(db().store);
    x = await customerWorld(w);
    for (const [who, customerId] of [
      ['ann', x.c.annCust],
      ['cal', x.c.calCust],
    ] as const) {
      const praise = await w.ws.json<{ id: string }>('POST', '/api/v1/praise', {
        employeeIds: [w.e[who]],
        customerId,
        text: `${who} was wonderful`,
      });
      const tasks = await w.ws.json<{ items: Array<{ id: string }> }>(
        'GET',
        `/api/v1/tasks?praiseId=${praise.id}`,
      );
      task[`${who}Praise`] = tasks.items[0]?.id ?? '';
    }
    for (const lead of ['lead', 'other'] as const)
      team[lead] = (
        await w.ws.json<{ id: string }>('POST', '/api/v1/teams', {
          name: `Team of ${lead}`,
          leadId: w.e[lead],
        })
      ).id;
    const worker = createWorker({
      store: db().store,
      registry: createRapportRegistry({ analyzer: keywordAnalyzer() }),
      clock: w.api.clock,
      ids: w.api.ids,
      settings: loadSettings({ LOG_LEVEL: 'silent' }),
      concurrency: 1,
    });
    await worker.drain();
  }, 120_000);
  afterAll(() => w.close());

  const n = (r: Metric) => r.overall.reduce((s, c) => s + c.figure.n, 0);
  const get = (b: Browser, url: string) => b.call('GET', url);

  it("counts a manager's people's answers: the agent's for CSAT, the owner's for NPS", async () => {
    const csat = async (who: Who, q = '') =>
      n((await get(w.as[who], `/api/v1/metrics/csat${q}`)).json<Metric>());
    const nps = async (who: Who) => n((await get(w.as[who], '/api/v1/metrics/nps')).json<Metric>());
    expect([
      await csat('lead'),
      await csat('head'),
      await csat('other'),
      await csat('analyst'),
    ]).toEqual([1, 1, 1, 2]);
    expect([await nps('lead'), await nps('other'), await nps('analyst')]).toEqual([1, 0, 1]);
    expect(await csat('lead', '?groupBy=agent')).toBe(1);
    const outside = await get(w.as.lead, `/api/v1/metrics/csat?agentId=${w.e.cal}`);
    expect([outside.statusCode, outside.json<Problem>().errors?.[0]?.field]).toEqual([
      422,
      'agentId',
    ]);
    expect(await csat('lead', `?agentId=${w.e.ann}`)).toBe(1);
  });

  it('counts the cases in scope in the case metrics', async () => {
    const opened = async (who: Who) =>
      (await get(w.as[who], '/api/v1/cases/metrics')).json<{ overall: { opened: number } }>()
        .overall.opened;
    const got: Array<[Who, number]> = [];
    for (const who of ['ann', 'ben', 'lead', 'other', 'analyst', 'unlinked'] as const)
      got.push([who, await opened(who)]);
    expect(got).toEqual([
      ['ann', 1],
      ['ben', 0],
      ['lead', 1],
      ['other', 0],
      ['analyst', 1],
      ['unlinked', 0],
    ]);
  });

  it('lists thank-you tasks of the assignee and their managers; others get 404', async () => {
    const list = async (who: Who) =>
      (await get(w.as[who], '/api/v1/tasks?limit=100'))
        .json<{ items: Array<{ id: string }> }>()
        .items.map((t) => t.id)
        .sort();
    expect(await list('lead')).toEqual([task.annPraise]);
    expect(await list('head')).toEqual([task.annPraise]);
    expect(await list('other')).toEqual([task.calPraise]);
    expect(await list('ann')).toEqual([]);
    expect(await list('analyst')).toEqual(Object.values(task).sort());
    const missing = 'tsk_01ARZ3NDEKTSV4RRFFQ69G5FAV';
    for (const [url, body] of [
      ['', undefined],
      ['', { assigneeId: w.e.cal }],
      ['/complete', { method: 'call' }],
    ] as const) {
      const method = url ? 'POST' : body ? 'PATCH' : 'GET';
      const got = await w.as.lead.call(method, `/api/v1/tasks/${task.calPraise}${url}`, body);
      const ref = await w.as.lead.call(method, `/api/v1/tasks/${missing}${url}`, body);
      expect(got.statusCode).toBe(404);
      expect(normalise(got.body, task.calPraise)).toBe(normalise(ref.body, missing));
    }
    const calTask = await w.ws.json<{ status: string; assigneeId: string }>(
      'GET',
      `/api/v1/tasks/${task.calPraise}`,
    );
    expect([calTask.status, calTask.assigneeId]).toEqual(['open', w.e.other]);
  });

  it("limits the emotion map to the texts of the user's people's interactions", async () => {
    const total = async (who: Who) =>
      (await get(w.as[who], '/api/v1/journey/emotions')).json<EmotionMapDto>().total;
    expect([
      await total('ann'),
      await total('lead'),
      await total('cal'),
      await total('analyst'),
      await total('unlinked'),
    ]).toEqual([1, 2, 4, 6, 0]);
  });

  it('shows a manager the teams their people lead, and refuses agents the chain', async () => {
    const teams = async (who: Who) =>
      (await get(w.as[who], '/api/v1/teams/scores?period=2026-Q1'))
        .json<{ teams: Array<{ teamId: string }> }>()
        .teams.map((t) => t.teamId)
        .sort();
    expect(await teams('lead')).toEqual([team.lead]);
    expect(await teams('head')).toEqual([team.lead]);
    expect(await teams('other')).toEqual([team.other]);
    expect(await teams('analyst')).toEqual([team.lead, team.other].sort());
    for (const url of [
      '/api/v1/teams/scores?period=2026-Q1',
      '/api/v1/linkage?period=2026-Q1',
      '/api/v1/pulse/metrics/engagement?period=2026-Q1',
    ])
      expect([url, (await get(w.as.ann, url)).statusCode]).toEqual([url, 403]);
    const theirs = await get(
      w.as.lead,
      `/api/v1/pulse/metrics/engagement?period=2026-Q1&teamId=${team.other}`,
    );
    expect([theirs.statusCode, theirs.json<Problem>().errors?.[0]?.field]).toEqual([422, 'teamId']);
  });

  it('keeps API keys to the workspace', async () => {
    const key = await w.api.app.inject({
      method: 'GET',
      url: '/api/v1/tasks?limit=100',
      headers: { authorization: `Bearer ${w.agentKey}` },
    });
    expect(key.json<{ items: unknown[] }>().items).toHaveLength(2);
  });
});
