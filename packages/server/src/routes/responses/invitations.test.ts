import { employeePulseSurvey, relationshipNpsSurvey } from '@rapport/core';
import { describeEachDialect, FakeClock, idsFor } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi, type TestApi, type TestWorkspace } from '../../testing/harness.ts';

const NOW = '2026-08-14T10:00:00.000Z';
const hours = (h: number) => new Date(Date.parse(NOW) + h * 3_600_000).toISOString();

describeEachDialect('invitations: when they go out', (db) => {
  let api: TestApi;
  let ws: TestWorkspace;
  let survey: string;
  beforeAll(async () => {
    const clock = new FakeClock(NOW);
    api = await testApi(db().store, { clock, ids: idsFor(clock) });
    ws = await api.workspace();
    survey = (
      await ws.json<{ id: string }>('POST', '/api/v1/surveys', {
        definition: relationshipNpsSurvey({ id: 'n' }),
        status: 'live',
      })
    ).id;
  });
  afterAll(() => api.close());

  const customer = async () =>
    (
      await ws.json<{ id: string }>('POST', '/api/v1/customers', {
        name: 'Ann',
        email: 'ann@example.com',
      })
    ).id;
  const invitationsOf = async (customerId: string) =>
    (await ws.json<{ items: unknown[] }>('GET', `/api/v1/invitations?customerId=${customerId}`))
      .items.length;

  it('refuses a sendAt over a year ahead, or so old the link would be dead, at its field, storing nothing', async () => {
    for (const [sendAt, expiresAfterHours] of [
      ['9999-12-31T23:00:00Z', 2000],
      [hours(24 * 367), undefined],
      ['0001-01-01T00:00:00Z', undefined],
      [hours(-25), 24],
    ] as const) {
      const customerId = await customer();
      for (const channel of ['email', 'web']) {
        const res = await ws.call('POST', '/api/v1/invitations', {
          surveyId: survey,
          customerId,
          channel,
          sendAt,
          ...(expiresAfterHours ? { expiresAfterHours } : {}),
        });
        expect([sendAt, channel, res.statusCode]).toEqual([sendAt, channel, 422]);
        expect(res.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe('sendAt');
      }
      expect(await invitationsOf(customerId)).toBe(0);
    }
  });

  it('takes a sendAt a little behind the clock or up to a year ahead', async () => {
    for (const sendAt of [hours(-1), hours(24 * 30), hours(24 * 365)]) {
      const res = await ws.call('POST', '/api/v1/invitations', {
        surveyId: survey,
        customerId: await customer(),
        channel: 'email',
        sendAt,
      });
      expect([sendAt, res.statusCode]).toEqual([sendAt, 201]);
    }
  });

  it('refuses a pulse wave sent over a year ahead, inviting nobody', async () => {
    const pulse = (
      await ws.json<{ id: string }>('POST', '/api/v1/surveys', {
        definition: employeePulseSurvey({ id: 'p' }),
        status: 'live',
      })
    ).id;
    await ws.json('POST', '/api/v1/employees', { name: 'Eve', email: 'eve@example.com' });
    const res = await ws.call('POST', '/api/v1/pulse/invitations', {
      surveyId: pulse,
      channel: 'email',
      sendAt: '9999-01-01T00:00:00Z',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe('sendAt');
  });
});
