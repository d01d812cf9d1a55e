/**
 * A key of workspace A can never read or change a row of workspace B on any endpoint: for
 * every route with an id in its path, a foreign id answers exactly as a missing one does
 * (same status, same body but for the id), and the foreign row is unchanged afterwards.
 * Routes are taken from the app itself, so a new route is covered the day it is added.
 */
import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { transactionalCsatSurvey } from '@rapport/core';
import { testApi, type TestApi, type TestWorkspace } from './testing/harness.ts';

const MISSING: Record<string, string> = {};

describeEachDialect('tenant isolation', (db) => {
  let api: TestApi;
  let a: TestWorkspace;
  let b: TestWorkspace;
  const foreign: Record<string, string> = {};
  const snapshot = new Map<string, string>();

  beforeAll(async () => {
    api = await testApi(db().store);
    a = await api.workspace('A');
    b = await api.workspace('B');
    const team = await b.json<{ id: string }>('POST', '/api/v1/teams', { name: 'B team' });
    const emp = await b.json<{ id: string }>('POST', '/api/v1/employees', {
      name: 'B agent',
      teamId: team.id,
    });
    const cus = await b.json<{ id: string }>('POST', '/api/v1/customers', {
      name: 'B customer',
      email: 'b@example.com',
    });
    const int = await b.json<{ id: string }>('POST', '/api/v1/interactions', {
      customerId: cus.id,
      channel: 'chat',
      stage: 'support',
      occurredAt: '2026-01-01T00:00:00Z',
      employeeIds: [emp.id],
    });
    const key = await b.json<{ id: string }>('POST', '/api/v1/keys', { name: 'B key' });
    const srv = await b.json<{ id: string }>('POST', '/api/v1/surveys', {
      definition: transactionalCsatSurvey({ id: 'x' }),
      status: 'live',
    });
    const rsp = await b.json<{ id: string }>('POST', '/api/v1/responses', {
      surveyId: srv.id,
      interactionId: int.id,
      answers: [{ questionId: 'csat', value: 5 }],
    });
    const sub = await b.call(
      'POST',
      '/api/v1/responses',
      { surveyId: srv.id, interactionId: int.id, answers: [{ questionId: 'csat', value: 4 }] },
      { prefer: 'respond-async' },
    );
    const inv = await b.json<{ invitation: { id: string } }>('POST', '/api/v1/invitations', {
      surveyId: srv.id,
      customerId: cus.id,
      channel: 'web',
    });
    const rul = (await b.json<{ items: Array<{ id: string }> }>('GET', '/api/v1/rules')).items[0];
    const cas = await b.json<{ id: string }>('POST', '/api/v1/cases', {
      reason: 'churn_risk',
      customerId: cus.id,
    });
    const prs = await b.json<{ id: string }>('POST', '/api/v1/praise', {
      employeeIds: [emp.id],
      customerId: cus.id,
      text: 'Lovely service',
    });
    const tsk = (
      await b.json<{ items: Array<{ id: string }> }>('GET', `/api/v1/tasks?praiseId=${prs.id}`)
    ).items[0];
    const whk = await b.json<{ id: string }>('POST', '/api/v1/webhooks', {
      url: 'https://receiver.example/hook',
      events: ['case.*'],
    });
    Object.assign(foreign, {
      rules: rul?.id,
      cases: cas.id,
      praise: prs.id,
      tasks: tsk?.id,
      webhooks: whk.id,
    });
    Object.assign(MISSING, {
      rules: 'rul_00000000000000000000000000',
      cases: 'cas_00000000000000000000000000',
      praise: 'prs_00000000000000000000000000',
      tasks: 'tsk_00000000000000000000000000',
      webhooks: 'whk_00000000000000000000000000',
    });
    Object.assign(foreign, {
      teams: team.id,
      employees: emp.id,
      customers: cus.id,
      interactions: int.id,
      keys: key.id,
      surveys: srv.id,
      responses: rsp.id,
      'response-submissions': sub.json<{ submissionId: string }>().submissionId,
      invitations: inv.invitation.id,
    });
    Object.assign(MISSING, {
      teams: 'tm_00000000000000000000000000',
      employees: 'emp_00000000000000000000000000',
      customers: 'cus_00000000000000000000000000',
      interactions: 'int_00000000000000000000000000',
      keys: 'key_00000000000000000000000000',
      surveys: 'srv_00000000000000000000000000',
      responses: 'rsp_00000000000000000000000000',
      'response-submissions': 'job_00000000000000000000000000',
      invitations: 'inv_00000000000000000000000000',
    });
    const usr = await b.json<{ id: string }>('POST', '/api/v1/users', {
      email: 'b.user@example.com',
      name: 'B user',
      role: 'agent',
      password: 'B workspace passphrase 1',
    });
    Object.assign(foreign, { users: usr.id });
    Object.assign(MISSING, { users: 'usr_00000000000000000000000000' });
    for (const [kind, id] of Object.entries(foreign)) {
      if (kind === 'keys') continue;
      snapshot.set(kind, (await b.call('GET', `/api/v1/${kind}/${id}`)).body);
    }
  });
  afterAll(() => api.close());

  const idRoutes = () =>
    api.app.routeList.filter((r) => r.url.startsWith('/api/v1/') && r.url.includes(':id'));

  it('covers every route that takes an id', () => {
    const kinds = new Set(idRoutes().map((r) => r.url.split('/')[3] ?? ''));
    for (const kind of kinds)
      expect(Object.keys(foreign), `no foreign fixture for /api/v1/${kind}/:id`).toContain(kind);
  });

  it('answers a foreign id exactly as a missing one, and changes nothing', async () => {
    let checked = 0;
    for (const route of idRoutes()) {
      const kind = route.url.split('/')[3] ?? '';
      const call = (id: string) =>
        a.call(
          route.method as 'GET',
          route.url.replace(':id', id),
          route.method === 'PATCH' ? { name: 'Hijacked' } : undefined,
        );
      const viaForeign = await call(foreign[kind] as string);
      const viaMissing = await call(MISSING[kind] as string);
      const norm = (body: string, id: string) => body.split(id).join('<id>');
      expect(viaForeign.statusCode, `${route.method} ${route.url}`).toBe(viaMissing.statusCode);
      expect([404, 422]).toContain(viaForeign.statusCode);
      expect(norm(viaForeign.body, foreign[kind] as string), `${route.method} ${route.url}`).toBe(
        norm(viaMissing.body, MISSING[kind] as string),
      );
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(10);
    for (const [kind, before] of snapshot) {
      expect((await b.call('GET', `/api/v1/${kind}/${foreign[kind]}`)).body).toBe(before);
    }
    const keys = await b.json<{ items: Array<{ id: string; revokedAt: string | null }> }>(
      'GET',
      '/api/v1/keys',
    );
    expect(keys.items.find((k) => k.id === foreign.keys)?.revokedAt).toBeNull();
  });

  it('returns nothing for foreign ids in filters', async () => {
    const filters = [
      `/api/v1/interactions?customerId=${foreign.customers}`,
      `/api/v1/interactions?employeeId=${foreign.employees}`,
      `/api/v1/interactions?teamId=${foreign.teams}`,
      `/api/v1/employees?teamId=${foreign.teams}`,
      `/api/v1/employees?managerId=${foreign.employees}`,
      `/api/v1/customers?email=b@example.com`,
    ];
    for (const url of filters) {
      const page = await a.json<{ items: unknown[] }>('GET', url);
      expect(page.items, url).toEqual([]);
    }
  });

  it('refuses a key whose workspace part was swapped', async () => {
    const swapped = a.key.replace(a.id, b.id);
    const res = await api.app.inject({
      method: 'GET',
      url: '/api/v1/customers',
      headers: { authorization: `Bearer ${swapped}` },
    });
    expect(res.statusCode).toBe(401);
  });
});
