/**
 * A survey conversation over time: the invitation goes out when due, silence gets one
 * reminder and then closes the conversation as partial (the answers given still count), and
 * each step reaches Twilio exactly once even when a delivery has to be retried.
 */
import { CONVERSATION_DELIVER_JOB } from '@rapport/core';
import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { carrierWorldOverTwilio, type CarrierWorld } from '../../testing/carrier-world.ts';
import type { FakeTwilio } from '../../testing/fake-twilio.ts';

const HOUR = 3_600_000;

describeEachDialect('SMS conversation lifecycle', (db) => {
  let fake: FakeTwilio;
  let w: CarrierWorld;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ w, fake, close } = await carrierWorldOverTwilio(db().store));
  });
  afterAll(() => close());

  const textsTo = (phone: string) => fake.messages.filter((m) => m.to === phone).map((m) => m.body);

  it('reminds once after a day of silence, then closes as partial; the low score given still counts', async () => {
    const c = await w.customer();
    const inv = (await w.invite(c, 'sms')).id;
    await w.worker.drain();
    expect(textsTo(c.phone)).toHaveLength(1);
    await w.sms(c.phone, '2');
    w.clock.advance(23 * HOUR);
    await w.worker.drain();
    expect(textsTo(c.phone)).toHaveLength(1);
    w.clock.advance(2 * HOUR);
    await w.worker.drain();
    const texts = textsTo(c.phone);
    expect(texts).toHaveLength(2);
    expect(texts[1]).toMatch(/went wrong|CALL/);
    const reminded = await w.ws.json<{ status: string; reminderSentAt: string | null }>(
      'GET',
      `/api/v1/invitations/${inv}`,
    );
    expect(reminded.reminderSentAt).not.toBeNull();
    w.clock.advance(47 * HOUR);
    await w.worker.drain();
    expect((await w.ws.json<{ status: string }>('GET', `/api/v1/invitations/${inv}`)).status).toBe(
      'opened',
    );
    w.clock.advance(2 * HOUR);
    await w.worker.drain();
    expect(textsTo(c.phone)).toHaveLength(2);
    expect((await w.ws.json<{ status: string }>('GET', `/api/v1/invitations/${inv}`)).status).toBe(
      'partial',
    );
    const responses = await w.ws.json<{
      items: Array<{
        completed: boolean;
        answers: Array<{ questionId: string; valueNum: number | null }>;
      }>;
    }>('GET', `/api/v1/responses?customerId=${c.id}`);
    expect(responses.items).toHaveLength(1);
    expect(responses.items[0]).toMatchObject({ completed: false });
    expect(responses.items[0]?.answers).toEqual([
      expect.objectContaining({ questionId: 'recommend', valueNum: 2 }),
    ]);
    // Closed: a later timeout or a second drain changes nothing.
    w.clock.advance(100 * HOUR);
    await w.worker.drain();
    expect(textsTo(c.phone)).toHaveLength(2);
  });

  it('a reply after the reminder carries on, and the conversation can still complete', async () => {
    const c = await w.customer();
    const inv = (await w.invite(c, 'sms')).id;
    await w.worker.drain();
    w.clock.advance(25 * HOUR);
    await w.worker.drain();
    expect(textsTo(c.phone)).toHaveLength(2);
    for (const r of ['9', '9', '10', 'Quick and kind, thanks']) {
      w.clock.advance(60_000);
      expect((await w.sms(c.phone, r)).statusCode).toBe(200);
    }
    expect((await w.ws.json<{ status: string }>('GET', `/api/v1/invitations/${inv}`)).status).toBe(
      'completed',
    );
    w.clock.advance(100 * HOUR);
    await w.worker.drain();
    expect(textsTo(c.phone)).toHaveLength(2);
  });

  it('sends each step once: a failed delivery is retried, a repeated one is skipped', async () => {
    const c = await w.customer();
    const inv = (await w.invite(c, 'sms')).id;
    fake.failNext(503);
    // invitation.send starts the conversation; its delivery meets a Twilio 503 and waits.
    const first = await w.worker.drain();
    expect(first.retried).toBe(1);
    expect(fake.refused).toContain('Internal Server Error');
    expect(textsTo(c.phone)).toHaveLength(0);
    w.clock.advance(HOUR);
    await w.worker.drain();
    expect(textsTo(c.phone)).toHaveLength(1);
    // The same step enqueued again (as after a lost lease): recorded as sent, so skipped.
    await db().store.write((r) =>
      r.jobs.enqueue(
        w.ws.id,
        { name: CONVERSATION_DELIVER_JOB, payload: { invitationId: inv, from: 0, to: 2 } },
        w.api.ids.id('job'),
        w.clock.now().toISOString(),
      ),
    );
    expect(await w.worker.drain()).toMatchObject({ done: 1, dead: 0 });
    expect(textsTo(c.phone)).toHaveLength(1);
    const outbound = await db()
      .store.db.selectFrom('outbound_messages')
      .select(['key', 'provider_id', 'channel'])
      .where('invitation_id', '=', inv)
      .execute();
    expect(outbound).toEqual([
      {
        key: `${inv}:0`,
        provider_id: fake.messages.find((m) => m.to === c.phone)?.sid,
        channel: 'sms',
      },
    ]);
  });

  it('does not remind a customer who opted out elsewhere meanwhile', async () => {
    const c = await w.customer();
    await w.invite(c, 'sms');
    await w.worker.drain();
    const now = w.clock.now().toISOString();
    await db().store.write((r) => r.customers.setOptedOut(w.ws.id, c.id, now, now));
    w.clock.advance(25 * HOUR);
    await w.worker.drain();
    expect(textsTo(c.phone)).toHaveLength(1);
  });

  it('does not start an invitation whose customer opted out before it was due', async () => {
    const c = await w.customer();
    const inv = (await w.invite(c, 'sms')).id;
    const now = w.clock.now().toISOString();
    await db().store.write((r) => r.customers.setOptedOut(w.ws.id, c.id, now, now));
    await w.worker.drain();
    expect(textsTo(c.phone)).toHaveLength(0);
    const got = await w.ws.json<{ status: string; skipReason: string | null }>(
      'GET',
      `/api/v1/invitations/${inv}`,
    );
    expect(got).toMatchObject({ status: 'skipped', skipReason: 'opted_out' });
  });
});
