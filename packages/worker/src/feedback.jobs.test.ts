import {
  createSurvey,
  relationshipNpsSurvey,
  systemCtx,
  transactionalCsatSurvey,
  DAY_MS,
} from '@rapport/core';
import { describeEachDialect, factory, FakeClock, idsFor } from '@rapport/testing';
import { expect, it } from 'vitest';
import { createRapportRegistry } from './jobs.ts';
import { createWorker } from './worker.ts';

describeEachDialect('feedback jobs', (db) => {
  it('invites a customer after a matching interaction, at the trigger delay, and not for its own transcripts', async () => {
    const { store } = db();
    const clock = new FakeClock('2026-06-01T14:00:00.000Z');
    const ids = idsFor(clock);
    const f = factory(store, { clock, ids });
    await f.workspace();
    const ctx = systemCtx(f.ws);
    await store.write((r) =>
      createSurvey({ r, clock, ids }, ctx, {
        definition: transactionalCsatSurvey({ id: 'x' }),
        status: 'live',
        trigger: {
          type: 'interaction',
          channels: ['phone'],
          delayMinutes: 30,
          sendVia: 'web',
          expiresAfterHours: 48,
        },
      }),
    );
    const worker = createWorker({ store, registry: createRapportRegistry(), clock, ids });
    const c = await f.customer({ phone: '+15550100' });
    await f.interaction({ customerId: c.id, channel: 'chat' }); // not a phone call: no survey
    await f.interaction({
      customerId: c.id,
      channel: 'phone',
      attributes: { surveyConversation: 'inv_x' },
    }); // our own transcript
    await f.interaction({ customerId: c.id, channel: 'phone' });
    await worker.drain();
    const invitations = await store.read((r) =>
      r.invitations.list(f.ws, { customerId: c.id }, { limit: 10 }),
    );
    expect(invitations.items).toHaveLength(1);
    expect(invitations.items[0]).toMatchObject({
      status: 'sent',
      channel: 'web',
      sendAt: '2026-06-01T14:30:00.000Z',
    });
  });

  it('sends a relationship survey to its segment on schedule, once per period', async () => {
    const { store } = db();
    const clock = new FakeClock('2026-06-01T14:00:00.000Z');
    const ids = idsFor(clock);
    const f = factory(store, { clock, ids });
    await f.workspace();
    const ctx = systemCtx(f.ws);
    await store.write((r) =>
      createSurvey({ r, clock, ids }, ctx, {
        definition: relationshipNpsSurvey({ id: 'x' }),
        status: 'live',
        trigger: {
          type: 'schedule',
          segment: 'enterprise',
          everyDays: 90,
          sendVia: 'email',
          expiresAfterHours: 168,
        },
      }),
    );
    const ent = await f.customer({ segment: 'enterprise', email: 'a@ent.example' });
    const noMail = await f.customer({ segment: 'enterprise', email: null });
    await f.customer({ segment: 'consumer', email: 'c@example.com' });
    const worker = createWorker({ store, registry: createRapportRegistry(), clock, ids });
    await worker.drain(); // schedules the recurring job at the next quarter hour
    clock.advance(15 * 60_000);
    await worker.drain();
    const all = async () =>
      (await store.read((r) => r.invitations.list(f.ws, {}, { limit: 50 }))).items;
    const first = await all();
    // The e-mail one is scheduled (or already sent, if the channel's job ran); the other skipped.
    expect(
      first
        .map((i) => [i.customerId, i.status === 'skipped' ? 'skipped' : 'invited', i.skipReason])
        .sort(),
    ).toEqual(
      [
        [ent.id, 'invited', null],
        [noMail.id, 'skipped', 'no_address'],
      ].sort(),
    );
    clock.advance(30 * DAY_MS);
    await worker.drain();
    expect(await all()).toHaveLength(2);
    clock.advance(61 * DAY_MS);
    await worker.drain();
    expect((await all()).filter((i) => i.customerId === ent.id)).toHaveLength(2);
  });
});
