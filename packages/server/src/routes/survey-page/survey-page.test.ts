import { relationshipNpsSurvey, transactionalCsatSurvey } from '@rapport/core';
import { describeEachDialect, type FakeClock } from '@rapport/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApi, type TestApi, type TestWorkspace } from '../../testing/harness.ts';

const form = (data: Record<string, string | string[]>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(data))
    for (const x of Array.isArray(v) ? v : [v]) p.append(k, x);
  return p.toString();
};

describeEachDialect('web survey page', (db) => {
  let api: TestApi;
  let ws: TestWorkspace;
  let customer: string;
  let npsSurvey: string;
  let csatSurvey: string;
  beforeAll(async () => {
    api = await testApi(db().store);
    ws = await api.workspace('Harbor <Telecom>');
    const agent = (
      await ws.json<{ id: string }>('POST', '/api/v1/employees', { name: 'Jessica <b>C</b>' })
    ).id;
    customer = (
      await ws.json<{ id: string }>('POST', '/api/v1/customers', {
        name: 'Michael Allenson',
        email: 'michael@example.com',
      })
    ).id;
    expect(agent).toMatch(/^emp_/);
    npsSurvey = (
      await ws.json<{ id: string }>('POST', '/api/v1/surveys', {
        definition: relationshipNpsSurvey({ id: 'n' }),
        status: 'live',
      })
    ).id;
    csatSurvey = (
      await ws.json<{ id: string }>('POST', '/api/v1/surveys', {
        definition: transactionalCsatSurvey({ id: 't' }),
        status: 'live',
      })
    ).id;
  });
  afterAll(() => api.close());

  // One invitation per customer: the contact rules allow one survey a week per person.
  let first = true;
  const invite = async (surveyId: string, opts: { withInteraction?: boolean } = {}) => {
    let customerId = customer;
    let interactionId: string | undefined;
    if (!first) {
      customerId = (await ws.json<{ id: string }>('POST', '/api/v1/customers', { name: 'Another' }))
        .id;
    }
    first = false;
    if (opts.withInteraction) {
      const agent = (await ws.json<{ items: Array<{ id: string }> }>('GET', '/api/v1/employees'))
        .items[0]?.id;
      interactionId = (
        await ws.json<{ id: string }>('POST', '/api/v1/interactions', {
          customerId,
          channel: 'phone',
          stage: 'support',
          occurredAt: new Date().toISOString(),
          employeeIds: agent ? [agent] : [],
        })
      ).id;
    }
    const out = await api.app.inject({
      method: 'POST',
      url: '/api/v1/invitations',
      headers: { authorization: `Bearer ${ws.key}` },
      payload: {
        surveyId,
        customerId,
        channel: 'web',
        ...(interactionId ? { interactionId } : {}),
      },
    });
    const url = out.json<{ url: string }>().url;
    return new URL(url).pathname;
  };
  const get = (path: string) => api.app.inject({ method: 'GET', url: path });
  const post = (path: string, data: Record<string, string | string[]>) =>
    api.app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form(data),
    });

  it('takes a survey one question per screen, following the branching, and stores the response', async () => {
    const path = await invite(npsSurvey);
    const first = await get(path);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toMatch(/text\/html/);
    expect(first.body).toContain('name="value" value="10"');
    expect(first.body).toContain('Question 1 of');
    expect(first.body).not.toMatch(/<script/i);
    expect(Buffer.byteLength(first.body)).toBeLessThan(20_000);
    const a1 = await post(path, { question: 'nps', value: '3', do: 'answer' });
    expect(a1.statusCode).toBe(303);
    const second = await get(path);
    expect(second.body).toContain('name="question" value="why_low"');
    const a2 = await post(path, {
      question: 'why_low',
      value: 'The store manager was rude <script>x</script>',
      do: 'answer',
    });
    expect(a2.statusCode).toBe(303);
    expect(a2.headers.location).toBe(`${path}/done`);
    const responses = await ws.json<{
      items: Array<{
        surveyId: string;
        comment: string;
        channel: string;
        answers: Array<{ questionId: string; valueNum: number | null }>;
      }>;
    }>('GET', `/api/v1/responses?customerId=${customer}&surveyId=${npsSurvey}`);
    expect(responses.items).toHaveLength(1);
    expect(responses.items[0]?.channel).toBe('web');
    expect(responses.items[0]?.comment).toBe('The store manager was rude <script>x</script>');
    expect(responses.items[0]?.answers.find((a) => a.questionId === 'nps')?.valueNum).toBe(3);
    // The finished invitation forgets the answers so far: the response keeps them, and raw-text
    // retention reaches them there.
    const kept = await sql<{ n: number }>`select count(*) as n from invitations
      where workspace_id = ${ws.id} and cast(conversation as text) like ${'%store manager%'}`.execute(
      db().store.db,
    );
    expect(Number(kept.rows[0]?.n)).toBe(0);
  });

  it('refuses a second submission of the same link politely', async () => {
    const path = await invite(csatSurvey, { withInteraction: true });
    for (const [q, v] of [
      ['csat', '5'],
      ['ces', '6'],
      ['expectations', 'exceeded'],
    ] as const)
      await post(path, { question: q, value: v, do: 'answer' });
    const last = await post(path, { question: 'comment', do: 'skip' });
    expect(last.headers.location).toBe(`${path}/done`);
    const again = await get(path);
    expect(again.statusCode).toBe(410);
    expect(again.body).toContain('already been answered');
    const repost = await post(path, { question: 'csat', value: '1', do: 'answer' });
    expect(repost.statusCode).toBe(410);
  });

  it('is resumable, goes back, re-asks with a named error, and takes one-click answers', async () => {
    const path = await invite(csatSurvey, { withInteraction: true });
    const oneClick = await get(`${path}?q=csat&v=4`);
    expect(oneClick.statusCode).toBe(303);
    expect((await get(path)).body).toContain('name="question" value="ces"');
    const missing = await post(path, { question: 'ces', do: 'answer' });
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain('role="alert"');
    const bad = await post(path, { question: 'ces', value: '99', do: 'answer' });
    expect(bad.statusCode).toBe(422);
    await post(path, { do: 'back' });
    expect((await get(path)).body).toContain('name="question" value="csat"');
    // An answer for a question not on screen changes nothing.
    await post(path, { question: 'expectations', value: 'met', do: 'answer' });
    expect((await get(path)).body).toContain('name="question" value="csat"');
  });

  it('says an expired link has expired, in its title too, not that it was answered', async () => {
    const path = await invite(csatSurvey, { withInteraction: true });
    (api.clock as FakeClock).advance(30 * 24 * 3_600_000);
    try {
      for (const res of [await get(path), await post(path, { question: 'csat', value: '5' })]) {
        expect(res.statusCode).toBe(410);
        expect(res.body).toContain('<title>Link expired');
        expect(res.body).toContain('This survey link has expired.');
        expect(res.body).not.toContain('Already answered');
      }
    } finally {
      (api.clock as FakeClock).advance(-30 * 24 * 3_600_000);
    }
  });

  it('answers a finish posted before the last question with the page, not JSON, and records nothing', async () => {
    const path = await invite(csatSurvey, { withInteraction: true });
    await post(path, { question: 'csat', value: '4', do: 'answer' });
    const early = await post(path, { do: 'finish', email: 'ann@example.com' });
    expect(early.statusCode).toBe(422);
    expect(early.headers['content-type']).toContain('text/html');
    expect(early.body).toContain('There are questions left');
    expect(early.body).toContain('name="question" value="ces"');
    expect((await get(path)).statusCode).toBe(200);
    expect((await get(`${path}/done`)).statusCode).toBe(303);
  });

  it('re-asks, changing nothing, when a posted answer is not text (a JSON number or object)', async () => {
    const path = await invite(csatSurvey, { withInteraction: true });
    for (const value of [5, { a: 1 }, [5], true]) {
      const res = await api.app.inject({
        method: 'POST',
        url: path,
        payload: { question: 'csat', value, do: 'answer' },
      });
      expect(res.statusCode).toBe(422);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body).toContain('role="alert"');
    }
    const text = await api.app.inject({
      method: 'POST',
      url: path,
      payload: { question: 'csat', value: 5 },
    });
    expect(text.statusCode).toBe(422);
    expect((await get(path)).body).toContain('name="question" value="csat"');
  });

  it('lets exactly one of twenty simultaneous submissions win', async () => {
    const path = await invite(csatSurvey, { withInteraction: true });
    for (const [q, v] of [
      ['csat', '5'],
      ['ces', '6'],
      ['expectations', 'met'],
    ] as const)
      await post(path, { question: q, value: v, do: 'answer' });
    const all = await Promise.all(
      Array.from({ length: 20 }, () =>
        post(path, { question: 'comment', value: 'same', do: 'answer' }),
      ),
    );
    const won = all.filter((r) => r.statusCode === 303 && r.headers.location === `${path}/done`);
    expect(won).toHaveLength(1);
    expect(all.filter((r) => r.statusCode === 410).length + won.length).toBe(20);
    const responses = await ws.json<{ items: Array<{ comment: string | null }> }>(
      'GET',
      `/api/v1/responses?surveyId=${csatSurvey}&limit=100`,
    );
    expect(responses.items.filter((r) => r.comment === 'same')).toHaveLength(1);
  });

  it('escapes every piece of free text it shows', async () => {
    const path = await invite(csatSurvey, { withInteraction: true });
    const html = (await get(path)).body;
    expect(html).toContain('Jessica &lt;b&gt;C&lt;/b&gt;');
    expect(html).not.toContain('<b>C</b>');
  });

  it('answers unknown and malformed links with a plain page', async () => {
    const res = await get(`/s/${ws.id}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`);
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('not valid');
    expect((await get('/s/nonsense')).statusCode).toBe(404);
  });

  describe('public link (web "Contact Us")', () => {
    it('gives each visitor a fresh link and joins the feedback to the customer who leaves an e-mail', async () => {
      const { url } = await ws.json<{ url: string }>(
        'POST',
        `/api/v1/surveys/${npsSurvey}/public-link`,
        { enabled: true },
      );
      const publicPath = new URL(url).pathname;
      const visit = await get(publicPath);
      expect(visit.statusCode).toBe(303);
      const path = visit.headers.location as string;
      expect(path).toMatch(/^\/s\/ws_/);
      expect((await get(publicPath)).headers.location).not.toBe(path);
      await post(path, { question: 'nps', value: '10', do: 'answer' });
      await post(path, {
        question: 'valued_most',
        value: 'The technician was brilliant',
        do: 'answer',
      });
      expect((await get(path)).body).toContain('name="email"');
      const bad = await post(path, { do: 'finish', email: 'not-an-email' });
      expect(bad.statusCode).toBe(422);
      const done = await post(path, {
        do: 'finish',
        name: 'Michael',
        email: 'MICHAEL@example.com',
      });
      expect(done.statusCode).toBe(303);
      const mine = await ws.json<{ items: Array<{ comment: string }> }>(
        'GET',
        `/api/v1/responses?customerId=${customer}&surveyId=${npsSurvey}`,
      );
      expect(mine.items.map((r) => r.comment)).toContain('The technician was brilliant');
      await ws.json('POST', `/api/v1/surveys/${npsSurvey}/public-link`, { enabled: false });
      expect((await get(publicPath)).statusCode).toBe(404);
    });
  });
});
