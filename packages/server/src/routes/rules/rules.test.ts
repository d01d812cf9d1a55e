import { carrierStyleSurvey } from '@rapport/core';
import type { CaseDto, DryRunResultDto, RuleDto } from '@rapport/contracts';
import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closedLoopWorld, type ClosedLoopWorld } from '../../testing/closed-loop-world.ts';

interface Problem {
  status: number;
  errors?: Array<{ field: string; message: string }>;
}

describeEachDialect('rules API', (db) => {
  let w: ClosedLoopWorld;
  let owner: string;
  let customer: string;
  let survey: string;
  let call: string;

  beforeAll(async () => {
    w = await closedLoopWorld(db().store);
    owner = await w.employee('Olga Owner');
    customer = await w.create('/api/v1/customers', { name: 'C', relationshipOwnerId: owner });
    survey = await w.create('/api/v1/surveys', {
      definition: carrierStyleSurvey({ id: 'carrier' }),
      status: 'live',
    });
    call = await w.create('/api/v1/interactions', {
      customerId: customer,
      channel: 'phone',
      stage: 'support',
      occurredAt: w.clock.now().toISOString(),
    });
  });
  afterAll(() => w.close());

  it('a new workspace starts with the default rules', async () => {
    const { items } = await w.ws.json<{ items: RuleDto[] }>('GET', '/api/v1/rules');
    expect(items.map((r) => r.trigger)).toEqual(
      expect.arrayContaining(['response', 'signal', 'low_score', 'interaction']),
    );
    expect(items.find((r) => r.name.startsWith('Detractor (NPS'))).toMatchObject({
      enabled: true,
      condition: { score: { metric: 'nps', op: '<=', value: 6 } },
      actions: [{ type: 'open_case', reason: 'churn_risk', priority: 'high' }],
    });
    const signals = await w.ws.json<{ items: RuleDto[] }>('GET', '/api/v1/rules?trigger=signal');
    expect(signals.items.every((r) => r.trigger === 'signal')).toBe(true);
  });

  it('validates every write, naming the exact field', async () => {
    const field = async (method: 'POST' | 'PATCH', url: string, body: Record<string, unknown>) => {
      const res = await w.ws.call(method, url, body);
      expect(res.statusCode, res.body).toBe(422);
      return res.json<Problem>().errors?.[0]?.field;
    };
    const base = {
      name: 'Angry customers',
      trigger: 'signal',
      condition: { emotion: { labels: ['anger'], op: '>=', value: 0.7 } },
      actions: [{ type: 'open_case', reason: 'angry', priority: 'high' }],
    };
    expect(
      await field('POST', '/api/v1/rules', {
        ...base,
        condition: {
          all: [
            { sentiment: ['negative'] },
            { emotion: { labels: ['anger'], op: '>=', value: 70 } },
          ],
        },
      }),
    ).toBe('condition.all[1].emotion.value');
    expect(await field('POST', '/api/v1/rules', { ...base, trigger: 'response' })).toBe(
      'condition.emotion',
    );
    expect(
      await field('POST', '/api/v1/rules', {
        ...base,
        actions: [
          {
            type: 'open_case',
            reason: 'angry',
            priority: 'high',
            owner: { employeeId: 'emp_nobody' },
          },
        ],
      }),
    ).toBe('actions[0].owner');
    expect(
      await field('POST', '/api/v1/rules', {
        ...base,
        actions: [{ type: 'notify', to: ['the boss'] }],
      }),
    ).toBe('actions[0].to[0]');
    const created = await w.ws.call('POST', '/api/v1/rules', base);
    expect(created.statusCode).toBe(201);
    const rule = created.json<RuleDto>();
    expect(await field('PATCH', `/api/v1/rules/${rule.id}`, { trigger: 'interaction' })).toBe(
      'condition.emotion',
    );
    const off = await w.ws.json<RuleDto>('PATCH', `/api/v1/rules/${rule.id}`, {
      enabled: false,
      name: 'Off',
    });
    expect(off).toMatchObject({ enabled: false, name: 'Off', trigger: 'signal' });
    expect((await w.ws.call('DELETE', `/api/v1/rules/${rule.id}`)).statusCode).toBe(204);
    expect((await w.ws.call('GET', `/api/v1/rules/${rule.id}`)).statusCode).toBe(404);
  });

  it('refuses a score test of a metric no survey asks, at its field, storing nothing', async () => {
    const before = (await w.ws.json<{ items: RuleDto[] }>('GET', '/api/v1/rules')).items.length;
    for (const metric of ['zzz', 'NPS', 'promoter']) {
      const res = await w.ws.call('POST', '/api/v1/rules', {
        name: 'Typo',
        trigger: 'response',
        condition: { score: { metric, op: '<=', value: 6 } },
        actions: [{ type: 'tag', tag: 'typo' }],
      });
      expect([metric, res.statusCode]).toEqual([metric, 422]);
      expect(res.json<Problem>().errors?.[0]?.field).toBe('condition.score.metric');
    }
    expect((await w.ws.json<{ items: RuleDto[] }>('GET', '/api/v1/rules')).items).toHaveLength(
      before,
    );
    const ok = await w.ws.call('POST', '/api/v1/rules', {
      name: 'Low CES',
      trigger: 'response',
      condition: { score: { metric: 'ces', op: '<=', value: 2 } },
      actions: [{ type: 'tag', tag: 'effort' }],
    });
    expect(ok.statusCode).toBe(201);
    await w.ws.call('DELETE', `/api/v1/rules/${ok.json<RuleDto>().id}`);
  });

  it('refuses an emotion test of a label the model never gives, at its field', async () => {
    const rule = (labels: string[]) => ({
      name: 'Angry words',
      trigger: 'signal',
      condition: { emotion: { labels, op: '>=', value: 0.7 } },
      actions: [{ type: 'tag', tag: 'angry' }],
    });
    const typo = await w.ws.call('POST', '/api/v1/rules', rule(['anger', 'angr']));
    expect(typo.statusCode).toBe(422);
    expect(typo.json<Problem>().errors?.[0]?.field).toBe('condition.emotion.labels[1]');
    const ok = await w.ws.call('POST', '/api/v1/rules', rule(['anger', 'annoyance']));
    expect(ok.statusCode).toBe(201);
    await w.ws.call('DELETE', `/api/v1/rules/${ok.json<RuleDto>().id}`);
  });

  it('a dry run shows what a rule would have matched over the last 30 days, doing nothing', async () => {
    const answer = (nps: number) => [
      { questionId: 'recommend', value: nps },
      { questionId: 'agent_handling', value: 9 },
      { questionId: 'agent_timeliness', value: 9 },
    ];
    for (const nps of [2, 6, 7, 10])
      await w.ws.json('POST', '/api/v1/responses', {
        surveyId: survey,
        interactionId: call,
        answers: answer(nps),
      });
    w.clock.advance(40 * 86_400_000);
    await w.ws.json('POST', '/api/v1/responses', {
      surveyId: survey,
      interactionId: call,
      answers: answer(3),
    });
    // The default detractor rule acted as the responses arrived; the dry runs change nothing.
    const casesAfterPosts = await w.ws.json<{ items: unknown[] }>('GET', '/api/v1/cases');
    const rule = {
      name: 'Detractors',
      trigger: 'response',
      condition: { score: { metric: 'nps', op: '<=', value: 6 } },
      actions: [{ type: 'open_case', reason: 'churn_risk', priority: 'high' }],
    };
    const dry = await w.ws.json<DryRunResultDto>('POST', '/api/v1/rules/dry-run', rule);
    // The four older responses are more than 30 days old; only the NPS 3 is in the window.
    expect(dry).toMatchObject({ examined: 1, matched: 1, truncated: false });
    expect(dry.matches[0]).toMatchObject({
      kind: 'response',
      customerId: customer,
      wouldOpenCase: {
        reason: 'churn_risk',
        ownerId: owner,
        why: "the account's relationship owner",
      },
    });
    w.clock.advance(-39 * 86_400_000);
    const wide = await w.ws.json<DryRunResultDto>('POST', '/api/v1/rules/dry-run', rule);
    expect(wide).toMatchObject({ examined: 4, matched: 2 });
    const low = await w.ws.json<DryRunResultDto>('POST', '/api/v1/rules/dry-run', {
      ...rule,
      trigger: 'low_score',
    });
    // Each score is tried as a live low score: NPS 2 and 6 match; the CSAT 9s do not.
    expect(low).toMatchObject({ examined: 12, matched: 2 });
    const stored = (await w.ws.json<{ items: RuleDto[] }>('GET', '/api/v1/rules?trigger=response'))
      .items[0];
    expect((await w.ws.call('POST', `/api/v1/rules/${stored?.id}/dry-run`)).statusCode).toBe(200);
    expect((await w.ws.json<{ items: unknown[] }>('GET', '/api/v1/cases')).items).toEqual(
      casesAfterPosts.items,
    );
  });

  it("decides a response's rules in its own transaction: the case is there when the POST answers", async () => {
    // A customer of their own: an open case of the same customer would be joined instead.
    const fresh = await w.create('/api/v1/customers', { name: 'D', relationshipOwnerId: owner });
    const visit = await w.create('/api/v1/interactions', {
      customerId: fresh,
      channel: 'phone',
      stage: 'support',
      occurredAt: w.clock.now().toISOString(),
    });
    const before = await w.ws.json<{ items: CaseDto[] }>('GET', '/api/v1/cases');
    const res = await w.ws.json<{ id: string }>('POST', '/api/v1/responses', {
      surveyId: survey,
      interactionId: visit,
      answers: [
        { questionId: 'recommend', value: 1 },
        { questionId: 'agent_handling', value: 9 },
        { questionId: 'agent_timeliness', value: 9 },
      ],
    });
    // No job has run (the worker is idle in this world), yet the case is stored.
    const after = await w.ws.json<{ items: CaseDto[] }>('GET', '/api/v1/cases');
    const opened = after.items.filter((c) => !before.items.some((b) => b.id === c.id));
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({
      responseId: res.id,
      customerId: fresh,
      ownerId: owner,
      reason: 'churn_risk',
    });
    // Nothing is left for a worker to decide: no rules job was queued, and running the
    // worker opens no second case.
    const queued = await db()
      .store.db.selectFrom('jobs')
      .select('name')
      .where('workspace_id', '=', w.ws.id)
      .where('name', '=', 'response.created:rules')
      .execute();
    expect(queued).toEqual([]);
    await w.run();
    const later = await w.ws.json<{ items: CaseDto[] }>('GET', '/api/v1/cases');
    expect(later.items.filter((c) => c.responseId === res.id)).toHaveLength(1);
  });

  it('a case keeps its latest 50 pieces of evidence; its history keeps every one', async () => {
    const regular = await w.create('/api/v1/customers', { name: 'E', relationshipOwnerId: owner });
    const visit = await w.create('/api/v1/interactions', {
      customerId: regular,
      channel: 'phone',
      stage: 'support',
      occurredAt: w.clock.now().toISOString(),
    });
    const ids: string[] = [];
    for (let k = 0; k < 56; k++) {
      const res = await w.ws.json<{ id: string }>('POST', '/api/v1/responses', {
        surveyId: survey,
        interactionId: visit,
        answers: [
          { questionId: 'recommend', value: 2 },
          { questionId: 'agent_handling', value: 9 },
          { questionId: 'agent_timeliness', value: 9 },
        ],
      });
      ids.push(res.id);
    }
    const list = await w.ws.json<{ items: CaseDto[] }>('GET', '/api/v1/cases');
    const mine = list.items.filter((c) => c.customerId === regular);
    expect(mine).toHaveLength(1);
    const detail = await w.ws.json<
      CaseDto & { history: Array<{ kind: string; data: { added?: Array<{ id: string }> } }> }
    >('GET', `/api/v1/cases/${mine[0]?.id}`);
    const responsesOf = (ev: Array<{ kind: string; id: string }>) =>
      ev.filter((e) => e.kind === 'response').map((e) => e.id);
    expect(detail.evidence).toHaveLength(50);
    expect(responsesOf(detail.evidence)).toEqual(ids.slice(-responsesOf(detail.evidence).length));
    const joined = detail.history
      .filter((e) => e.kind === 'evidence')
      .flatMap((e) => e.data.added ?? [])
      .map((a) => a.id);
    // The first response opened the case; each later one is in the history.
    expect(ids.slice(1).every((id) => joined.includes(id))).toBe(true);
  });
});
