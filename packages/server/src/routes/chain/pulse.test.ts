// Pulse invitations answered anonymously: whichever way a pulse is answered (the JSON answer
// endpoint or the web survey page), nothing stored ties the answer back to the person — not the
// response, not its ids, not the invitation, not the event job.
import {
  answerWebQuestion,
  employeePulseSurvey,
  finishWebSurvey,
  transactionalCsatSurvey,
  viewWebSurvey,
} from '@rapport/core';
import { describeEachDialect, FakeClock, idsFor } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi, type TestApi, type TestWorkspace } from '../../testing/harness.ts';

const ITEMS = [
  'meaningful',
  'equipped',
  'recognised',
  'growth',
  'teamwork',
  'voice',
  'serve_customers',
];
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** The millisecond time a ULID id carries. */
const ulidTime = (id: string) =>
  [...(id.split('_')[1] ?? '').slice(0, 10)].reduce((t, ch) => t * 32 + CROCKFORD.indexOf(ch), 0);

describeEachDialect('pulse invitations', (db) => {
  let api: TestApi;
  let ws: TestWorkspace;
  let clock: FakeClock;
  let surveyId: string;
  let teamId: string;
  beforeAll(async () => {
    clock = new FakeClock('2026-08-14T10:17:23.456Z');
    api = await testApi(db().store, { clock, ids: idsFor(clock) });
    ws = await api.workspace();
    const team = await ws.json<{ id: string }>('POST', '/api/v1/teams', { name: 'Care' });
    teamId = team.id;
    const lead = await ws.json<{ id: string }>('POST', '/api/v1/employees', {
      name: 'Lea',
      teamId,
    });
    for (let k = 0; k < 3; k++)
      await ws.json('POST', '/api/v1/employees', {
        name: `Agent ${k}`,
        teamId,
        managerId: lead.id,
        email: `a${k}@co.example`,
      });
    surveyId = (
      await ws.json<{ id: string }>('POST', '/api/v1/surveys', {
        definition: employeePulseSurvey({ id: 'x' }),
        status: 'live',
      })
    ).id;
  });
  afterAll(() => api.close());

  const answers = (v: number) => [
    { questionId: 'enps', value: 9 },
    ...ITEMS.map((questionId) => ({ questionId, value: v })),
    { questionId: 'one_thing', value: 'More coffee' },
  ];

  it('answers through a single-use link and keeps nothing that ties the answer to the person', async () => {
    const wave = await ws.json<{
      invited: number;
      invitations: Array<{
        employeeId: string;
        url: string | null;
        invitation: { id: string; sendAt: string };
      }>;
    }>('POST', '/api/v1/pulse/invitations', { surveyId, teamId, channel: 'web' });
    expect(wave.invited).toBe(4);
    const first = wave.invitations[1]!;
    const token = first.url!.split('/s/')[1]!;
    clock.advance(3 * 3_600_000 + 1234);
    const res = await ws.call('POST', '/api/v1/pulse/answers', { token, answers: answers(4) });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ received: true });
    const again = await ws.call('POST', '/api/v1/pulse/answers', { token, answers: answers(4) });
    expect(again.statusCode).toBe(410);

    const { store } = db();
    const inv = await store.db
      .selectFrom('invitations')
      .selectAll()
      .where('id', '=', first.invitation.id)
      .executeTakeFirstOrThrow();
    expect(inv.status).toBe('completed');
    expect(inv.employee_id).toBe(first.employeeId); // who was asked — never what, nor when
    expect([inv.opened_at, inv.completed_at, inv.reminder_sent_at]).toEqual([null, null, null]);
    expect(new Date(inv.updated_at).toISOString()).toBe(first.invitation.sendAt);
    expect(
      JSON.parse(
        typeof inv.conversation === 'string' ? inv.conversation : JSON.stringify(inv.conversation),
      ),
    ).toEqual({});

    const rsp = await store.db
      .selectFrom('responses')
      .selectAll()
      .where('workspace_id', '=', ws.id)
      .execute();
    expect(rsp).toHaveLength(1);
    const r = rsp[0]!;
    expect([r.invitation_id, r.customer_id, r.interaction_id]).toEqual([null, null, null]);
    expect(r.team_id).toBe(teamId);
    const day = Date.parse('2026-08-14T00:00:00.000Z');
    expect(new Date(r.submitted_at).getTime()).toBe(day);
    expect(new Date(r.created_at).getTime()).toBe(day);
    expect(ulidTime(r.id)).toBe(day);
    // Nor does the responses API show a pulse response one by one.
    const listed = await ws.json<{ items: unknown[] }>('GET', '/api/v1/responses');
    expect(listed.items).toEqual([]);
    expect((await ws.call('GET', `/api/v1/responses/${r.id}`)).statusCode).toBe(404);
    const job = await store.db
      .selectFrom('jobs')
      .selectAll()
      .where('workspace_id', '=', ws.id)
      .where('name', '=', 'response.created')
      .executeTakeFirstOrThrow();
    expect(ulidTime(job.id)).toBe(day);
    expect(new Date(job.run_at).toISOString()).toBe('2026-08-15T00:00:00.000Z');
    const answersRows = await store.db
      .selectFrom('answers')
      .select(['submitted_at', 'customer_id'])
      .where('response_id', '=', r.id)
      .execute();
    expect(
      answersRows.every(
        (a) => new Date(a.submitted_at).getTime() === day && a.customer_id === null,
      ),
    ).toBe(true);
  });

  it('forgets the web survey page’s progress and times too', async () => {
    const one = await ws.json<{
      invitations: Array<{ url: string | null; invitation: { id: string; sendAt: string } }>;
    }>('POST', '/api/v1/pulse/invitations', {
      surveyId,
      employeeId: (
        await ws.json<{ items: Array<{ id: string }> }>('GET', `/api/v1/employees?teamId=${teamId}`)
      ).items[0]!.id,
      channel: 'web',
    });
    const token = one.invitations[0]!.url!.split('/s/')[1]!;
    const { store } = db();
    const d = (r: Parameters<Parameters<typeof store.write>[0]>[0]) => ({ r, clock, ids: api.ids });
    let view = await store.write((r) => viewWebSurvey(d(r), token));
    for (const a of answers(3)) {
      if (!view.next) break;
      clock.advance(20_000);
      view = await store.write((r) =>
        answerWebQuestion(d(r), token, view.next!.id, a.questionId === view.next!.id ? a.value : 3),
      );
    }
    const mid = await store.db
      .selectFrom('invitations')
      .select(['conversation', 'opened_at'])
      .where('id', '=', one.invitations[0]!.invitation.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(mid.conversation)).toContain('answers'); // the page keeps progress while open
    await store.write((r) => finishWebSurvey(d(r), token));
    const inv = await store.db
      .selectFrom('invitations')
      .selectAll()
      .where('id', '=', one.invitations[0]!.invitation.id)
      .executeTakeFirstOrThrow();
    expect(inv.status).toBe('completed');
    expect([inv.opened_at, inv.completed_at]).toEqual([null, null]);
    expect(JSON.stringify(inv.conversation)).not.toContain('answers');
    expect(new Date(inv.updated_at).toISOString()).toBe(one.invitations[0]!.invitation.sendAt);
  });

  it('refuses customer surveys, strangers and lapsed links', async () => {
    const csat = await ws.json<{ id: string }>('POST', '/api/v1/surveys', {
      definition: transactionalCsatSurvey({ id: 'x' }),
      status: 'live',
    });
    const bad = await ws.call('POST', '/api/v1/pulse/invitations', {
      surveyId: csat.id,
      teamId,
      channel: 'web',
    });
    expect(bad.statusCode).toBe(422);
    const nobody = await ws.call('POST', '/api/v1/pulse/invitations', {
      surveyId,
      employeeId: 'emp_nope',
      channel: 'web',
    });
    expect(nobody.statusCode).toBe(422);
    const made = await ws.json<{ invitations: Array<{ url: string }> }>(
      'POST',
      '/api/v1/pulse/invitations',
      {
        surveyId,
        teamId,
        channel: 'web',
        expiresAfterHours: 1,
      },
    );
    clock.advance(2 * 3_600_000);
    const late = await ws.call('POST', '/api/v1/pulse/answers', {
      token: made.invitations[0]!.url.split('/s/')[1],
      answers: answers(5),
    });
    expect(late.statusCode).toBe(410);
    const forged = await ws.call('POST', '/api/v1/pulse/answers', {
      token: `${ws.id}.notarealsecretatall`,
      answers: answers(5),
    });
    expect(forged.statusCode).toBe(404);
  });

  it('refuses pulse results for a period that has not ended and for crossed dimensions', async () => {
    const open = await ws.json<{ period: { closed: boolean }; overall: { shown: boolean } }>(
      'GET',
      '/api/v1/pulse/metrics/engagement?period=2026-Q3',
    );
    expect(open.period.closed).toBe(false);
    expect(open.overall.shown).toBe(false);
    expect((await ws.call('GET', '/api/v1/pulse/metrics/leadership?groupBy=team')).statusCode).toBe(
      422,
    );
    expect(
      (await ws.call('GET', '/api/v1/pulse/metrics/engagement?from=2026-07-01&to=2026-07-15'))
        .statusCode,
    ).toBe(422);
    expect(
      (await ws.call('GET', '/api/v1/pulse/metrics/engagement?period=2026-Q3&month=2026-10'))
        .statusCode,
    ).toBe(422);
  });
});
