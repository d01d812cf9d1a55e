import { relationshipNpsSurvey } from '@rapport/core';
import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi, type TestApi, type TestWorkspace } from '../../testing/harness.ts';

describeEachDialect('surveys API', (db) => {
  let api: TestApi;
  let ws: TestWorkspace;
  beforeAll(async () => {
    api = await testApi(db().store);
    ws = await api.workspace();
  });
  afterAll(() => api.close());

  it('refuses to turn on the public link of an archived survey (409), keeping it off', async () => {
    const id = (
      await ws.json<{ id: string }>('POST', '/api/v1/surveys', {
        definition: relationshipNpsSurvey({ id: 'n' }),
        status: 'live',
      })
    ).id;
    const live = await ws.json<{ url: string }>('POST', `/api/v1/surveys/${id}/public-link`, {
      enabled: true,
    });
    expect(
      (await api.app.inject({ method: 'GET', url: new URL(live.url).pathname })).statusCode,
    ).toBe(303);
    await ws.json('PATCH', `/api/v1/surveys/${id}`, { status: 'archived' });
    const res = await ws.call('POST', `/api/v1/surveys/${id}/public-link`, { enabled: true });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe('enabled');
    expect(
      (await ws.json<{ publicLink: boolean }>('GET', `/api/v1/surveys/${id}`)).publicLink,
    ).toBe(true);
    // Turning it off is still allowed, and then it stays off.
    expect(await ws.json('POST', `/api/v1/surveys/${id}/public-link`, { enabled: false })).toEqual({
      url: null,
    });
    expect(
      (await ws.json<{ publicLink: boolean }>('GET', `/api/v1/surveys/${id}`)).publicLink,
    ).toBe(false);
  });
  it("stores a schedule's blank segment as none (every customer), on create and on update", async () => {
    const schedule = (segment: string) => ({
      type: 'schedule',
      everyDays: 30,
      sendVia: 'email',
      segment,
    });
    type Created = { id: string; trigger: { segment: string | null } };
    for (const blank of ['', '   ']) {
      const s = await ws.json<Created>('POST', '/api/v1/surveys', {
        definition: relationshipNpsSurvey({ id: 'b' }),
        trigger: schedule(blank),
      });
      expect(s.trigger.segment).toBeNull();
      const read = await ws.json<Created>('GET', `/api/v1/surveys/${s.id}`);
      expect(read.trigger.segment).toBeNull();
    }
    const named = await ws.json<Created>('POST', '/api/v1/surveys', {
      definition: relationshipNpsSurvey({ id: 's' }),
      trigger: schedule(' smb '),
    });
    expect(named.trigger.segment).toBe('smb');
    const patched = await ws.json<{ survey: Created }>('PATCH', `/api/v1/surveys/${named.id}`, {
      trigger: schedule(' '),
    });
    expect(patched.survey.trigger.segment).toBeNull();
  });
});
