import {
  createSurvey,
  DAY_MS,
  employeePulseSurvey,
  HOUR_MS,
  inviteEmployee,
  systemCtx,
} from '@rapport/core';
import { describeEachDialect, factory, FakeClock, idsFor } from '@rapport/testing';
import { expect, it } from 'vitest';
import { createRapportRegistry } from './jobs.ts';
import { createWorker } from './worker.ts';

describeEachDialect('pulse jobs', (db) => {
  it('sends a scheduled pulse to every active employee once per period', async () => {
    const { store } = db();
    const clock = new FakeClock('2026-06-01T14:10:00.000Z');
    const ids = idsFor(clock);
    const f = factory(store, { clock, ids });
    await f.workspace();
    const ctx = systemCtx(f.ws);
    await store.write((r) =>
      createSurvey({ r, clock, ids }, ctx, {
        definition: employeePulseSurvey({ id: 'x' }),
        status: 'live',
        trigger: { type: 'schedule', everyDays: 90, sendVia: 'email', expiresAfterHours: 336 },
      }),
    );
    const withMail = await f.employee({ email: 'ana@company.example' });
    const noMail = await f.employee({ email: null });
    await f.employee({ email: 'gone@company.example', active: false });
    const worker = createWorker({ store, registry: createRapportRegistry(), clock, ids });
    await worker.drain(); // schedules the recurring job at the next hour
    clock.advance(HOUR_MS);
    await worker.drain();
    const all = async () =>
      (await store.read((r) => r.invitations.list(f.ws, {}, { limit: 50 }))).items;
    const first = await all();
    expect(first.map((i) => [i.employeeId, i.customerId, i.skipReason]).sort()).toEqual(
      [
        [withMail.id, null, null],
        [noMail.id, null, 'no_address'],
      ].sort(),
    );
    expect(first.find((i) => i.employeeId === withMail.id)?.address).toBe('ana@company.example');
    clock.advance(30 * DAY_MS);
    await worker.drain();
    expect(await all()).toHaveLength(2);
    clock.advance(61 * DAY_MS);
    await worker.drain();
    expect((await all()).filter((i) => i.employeeId === withMail.id)).toHaveLength(2);
  });

  it('makes a used pulse invitation forget its times, progress and messages', async () => {
    const { store } = db();
    const clock = new FakeClock('2026-12-01T14:10:00.000Z');
    const ids = idsFor(clock);
    const f = factory(store, { clock, ids });
    await f.workspace();
    const ctx = systemCtx(f.ws);
    const survey = await store.write((r) =>
      createSurvey({ r, clock, ids }, ctx, {
        definition: employeePulseSurvey({ id: 'x' }),
        status: 'live',
      }),
    );
    const e = await f.employee({ phone: '+15550199' });
    const { invitation } = await store.write((r) =>
      inviteEmployee({ r, clock, ids }, ctx, {
        surveyId: survey.id,
        employeeId: e.id,
        channel: 'sms',
      }),
    );
    // A channel's dialogue that did not forget: progress, times and its messages stay behind.
    clock.advance(3 * HOUR_MS);
    const at = clock.now().toISOString();
    await store.write(async (r) => {
      await r.invitations.saveConversation(
        f.ws,
        invitation.id,
        { answers: [{ questionId: 'enps', value: 3 }] },
        ['scheduled', 'sent'],
        'opened',
        at,
      );
      await r.invitations.transition(f.ws, invitation.id, ['opened'], 'completed', at);
    });
    await store.db
      .insertInto('inbound_messages')
      .values({
        workspace_id: f.ws,
        channel: 'sms',
        external_id: 'SM1',
        received_at: at,
        invitation_id: invitation.id,
        reply: JSON.stringify({ text: 'Sorry about the 3' }),
      })
      .execute();
    await store.db
      .insertInto('outbound_messages')
      .values({
        workspace_id: f.ws,
        key: 'k1',
        invitation_id: invitation.id,
        channel: 'sms',
        to_address: '+15550199',
        text: 'You gave us a 3',
        provider_id: null,
        sent_at: at,
      })
      .execute();
    const worker = createWorker({ store, registry: createRapportRegistry(), clock, ids });
    await worker.drain();
    clock.advance(HOUR_MS);
    await worker.drain();
    const after = await store.read((r) => r.invitations.get(f.ws, invitation.id));
    expect(after).toMatchObject({
      status: 'completed',
      openedAt: null,
      completedAt: null,
      reminderSentAt: null,
      conversation: {},
      updatedAt: invitation.sendAt,
    });
    const inbound = await store.db
      .selectFrom('inbound_messages')
      .selectAll()
      .where('workspace_id', '=', f.ws)
      .execute();
    expect(inbound.map((m) => [m.external_id, m.invitation_id, m.reply])).toEqual([
      ['SM1', null, null],
    ]);
    const outbound = await store.db
      .selectFrom('outbound_messages')
      .selectAll()
      .where('workspace_id', '=', f.ws)
      .execute();
    expect(outbound).toEqual([]);
  });
});
