/**
 * `POST /api/v1/responses` with `Prefer: respond-async`: the request is stored durably and
 * answered 202 with the ids; the worker records it exactly as the synchronous route does
 * (attribution, rules, case), or fails the submission with the reason. Pulses and unknown
 * surveys are answered at once; a bad body is refused before anything is stored.
 */
import { employeePulseSurvey, RESPONSE_SUBMIT_JOB, transactionalCsatSurvey } from '@rapport/core';
import type { CaseDto, ResponseDto } from '@rapport/contracts';
import { describeEachDialect } from '@rapport/testing';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closedLoopWorld, type ClosedLoopWorld } from '../../testing/closed-loop-world.ts';

const ASYNC = { prefer: 'respond-async' };
interface Accepted {
  submissionId: string;
  responseId: string;
  status: string;
}
interface Submission extends Accepted {
  acceptedAt: string;
  attempts: number;
  error: string | null;
}

describeEachDialect('responses accepted for later (Prefer: respond-async)', (db) => {
  let w: ClosedLoopWorld;
  const p: Record<string, string> = {};

  beforeAll(async () => {
    w = await closedLoopWorld(db().store);
    const lead = await w.employee('Team Lead');
    const team = await w.create('/api/v1/teams', { name: 'Chat', leadId: lead });
    p.agent = await w.employee('Agent Ann', { teamId: team, managerId: lead });
    p.customer = await w.create('/api/v1/customers', { name: 'Cleo', email: 'cleo@example.net' });
    p.chat = await w.supportChat(p.customer, [p.agent]);
    p.survey = await w.create('/api/v1/surveys', {
      definition: transactionalCsatSurvey({ id: 'x' }),
      status: 'live',
    });
    p.pulse = await w.create('/api/v1/surveys', {
      definition: employeePulseSurvey({ id: 'x' }),
      status: 'live',
    });
  });
  afterAll(() => w.close());

  const post = (body: unknown, headers: Record<string, string> = ASYNC) =>
    w.ws.call('POST', '/api/v1/responses', body, headers);
  const accepted = async (res: LightMyRequestResponse) => {
    expect(res.statusCode, res.body).toBe(202);
    return res.json<Accepted>();
  };
  const submission = async (id: string, headers: Record<string, string> = {}) =>
    w.ws.call('GET', `/api/v1/response-submissions/${id}`, undefined, headers);

  it('stores the request, answers 202, and the worker records it as the synchronous route would', async () => {
    const acceptedAt = w.clock.now().toISOString();
    const res = await post({
      surveyId: p.survey,
      interactionId: p.chat,
      channel: 'chat',
      answers: [
        { questionId: 'csat', value: 1 },
        { questionId: 'comment', value: 'Third time I call <b>and</b> still waiting.' },
      ],
    });
    const a = await accepted(res);
    expect(a.status).toBe('queued');
    expect(a.responseId).toMatch(/^rsp_/);
    expect(res.headers['preference-applied']).toBe('respond-async');
    expect(res.headers.location).toBe(`/api/v1/response-submissions/${a.submissionId}`);
    // Accepted, not yet recorded.
    expect((await w.ws.call('GET', `/api/v1/responses/${a.responseId}`)).statusCode).toBe(404);
    expect((await submission(a.submissionId)).json<Submission>()).toMatchObject({
      id: a.submissionId,
      responseId: a.responseId,
      status: 'queued',
      acceptedAt,
      attempts: 0,
      error: null,
    });

    w.clock.advance(90_000);
    await w.run();
    const stored = await w.ws.json<ResponseDto>('GET', `/api/v1/responses/${a.responseId}`);
    expect(stored).toMatchObject({
      id: a.responseId,
      customerId: p.customer,
      interactionId: p.chat,
      channel: 'chat',
      stage: 'support',
      comment: 'Third time I call <b>and</b> still waiting.',
      // The time it arrived, not the time the worker got to it.
      submittedAt: acceptedAt,
    });
    expect(stored.answers.find((x) => x.questionId === 'csat')?.agentId).toBe(p.agent);
    expect((await submission(a.submissionId)).json<Submission>()).toMatchObject({
      status: 'stored',
      attempts: 1,
      error: null,
    });
    // The detractor rule ran in the worker's transaction: the case cites the response.
    const cases = await w.ws.json<{ items: CaseDto[] }>(
      'GET',
      `/api/v1/cases?customerId=${p.customer}`,
    );
    expect(cases.items.length).toBe(1);
    expect(JSON.stringify(cases.items[0])).toContain(a.responseId);
  });

  it('fails a submission the survey refuses, with the reason, at once and storing nothing', async () => {
    const a = await accepted(
      await post({ surveyId: p.survey, answers: [{ questionId: 'no_such_question', value: 3 }] }),
    );
    await w.run();
    const s = (await submission(a.submissionId)).json<Submission>();
    expect(s).toMatchObject({ status: 'failed', attempts: 1 });
    expect(s.error).toMatch(/^validation: .*no_such_question/);
    expect((await w.ws.call('GET', `/api/v1/responses/${a.responseId}`)).statusCode).toBe(404);
  });

  it('refuses a repeated externalId without retrying: the first is stored, the second fails', async () => {
    const body = {
      surveyId: p.survey,
      externalId: 'tool-42',
      answers: [{ questionId: 'csat', value: 5 }],
    };
    const first = await accepted(await post(body));
    const second = await accepted(await post(body));
    await w.run();
    expect((await submission(first.submissionId)).json<Submission>().status).toBe('stored');
    const s = (await submission(second.submissionId)).json<Submission>();
    expect(s).toMatchObject({ status: 'failed', attempts: 1 });
    expect(s.error).toMatch(/^conflict: .*tool-42/);
  });

  it('records a pulse and answers an unknown survey at once, as without the preference', async () => {
    await w.run();
    const pulse = await post({
      surveyId: p.pulse,
      employeeId: p.agent,
      answers: [{ questionId: 'enps', value: 9 }],
    });
    expect(pulse.statusCode, pulse.body).toBe(201);
    expect(pulse.headers['preference-applied']).toBeUndefined();
    expect(pulse.json<ResponseDto>().surveyId).toBe(p.pulse);
    // Nothing was queued: a pulse's own event waits for the next day.
    expect(await w.run()).toMatchObject({ done: 0 });

    const ghost = {
      surveyId: 'srv_00000000000000000000000000',
      answers: [{ questionId: 'csat', value: 5 }],
    };
    const unknown = await post(ghost);
    expect(unknown.statusCode).toBe(422);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.body).toBe((await post(ghost, {})).body);
  });

  it('refuses a bad body before storing anything, with the field', async () => {
    const res = await post({ surveyId: p.survey, answers: [] });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe('answers');
    expect(await w.run()).toMatchObject({ done: 0 });
  });

  it('refuses a submittedAt in year 9999 or year 1 at its field, with or without the preference', async () => {
    const answers = [{ questionId: 'csat', value: 4 }];
    for (const submittedAt of ['9999-12-31T00:00:00Z', '0001-01-01T00:00:00Z'])
      for (const headers of [ASYNC, {}]) {
        const res = await post({ surveyId: p.survey, answers, submittedAt }, headers);
        expect(res.statusCode, res.body).toBe(422);
        expect(res.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe(
          'submittedAt',
        );
      }
    expect(await w.run()).toMatchObject({ done: 0 });
    const old = await post(
      { surveyId: p.survey, answers, submittedAt: '1990-06-01T10:00:00Z' },
      {},
    );
    expect(old.statusCode, old.body).toBe(201);
    expect(old.json<ResponseDto>().submittedAt).toBe('1990-06-01T10:00:00.000Z');
  });

  it('replays an Idempotency-Key: the same 202 and one submission', async () => {
    const body = { surveyId: p.survey, answers: [{ questionId: 'csat', value: 4 }] };
    const headers = { ...ASYNC, 'idempotency-key': 'async-once' };
    const one = await post(body, headers);
    const two = await post(body, headers);
    expect(two.statusCode).toBe(202);
    expect(two.headers['idempotent-replayed']).toBe('true');
    expect(two.headers.location).toBe(one.headers.location);
    expect(two.json()).toEqual(one.json());
    const count = async () =>
      (
        await w.ws.json<{ items: unknown[] }>(
          'GET',
          `/api/v1/responses?surveyId=${p.survey}&limit=100`,
        )
      ).items.length;
    const before = await count();
    await w.run();
    expect(await count()).toBe(before + 1);
  });

  it('shows a submission to its sender and to analysts; to another agent it does not exist', async () => {
    const keyOf = async (role: string) =>
      (await w.ws.json<{ key: string }>('POST', '/api/v1/keys', { name: role, role })).key;
    const as = (key: string) => ({ authorization: `Bearer ${key}` });
    const ann = as(await keyOf('agent'));
    const bob = as(await keyOf('agent'));
    const analyst = as(await keyOf('analyst'));
    const a = await accepted(
      await post(
        { surveyId: p.survey, answers: [{ questionId: 'csat', value: 5 }] },
        {
          ...ASYNC,
          ...ann,
        },
      ),
    );
    expect((await submission(a.submissionId, ann)).statusCode).toBe(200);
    expect((await submission(a.submissionId, analyst)).statusCode).toBe(200);
    const hidden = await submission(a.submissionId, bob);
    const missing = await submission('job_00000000000000000000000000', bob);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body.replaceAll(a.submissionId, 'X')).toBe(
      missing.body.replaceAll('job_00000000000000000000000000', 'X'),
    );
    // Any other job's id is not a submission.
    await w.run();
    const other = await db().store.read(async (r) => {
      const j = await r.jobs.get(w.ws.id, a.submissionId);
      return j?.name;
    });
    expect(other).toBe(RESPONSE_SUBMIT_JOB);
  });
});
