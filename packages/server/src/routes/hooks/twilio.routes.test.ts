/**
 * The SMS webhook against everything the network can send it: forged signatures, retried
 * deliveries, strangers, empty and very long bodies, and the carrier keywords. Each gets the
 * right answer, and no record is lost or written twice.
 */
import { describeEachDialect } from '@rapport/testing';
import twilio from 'twilio';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  AUTH_TOKEN,
  carrierWorldOverTwilio,
  PUBLIC_URL,
  twimlMessages,
  type CarrierCustomer,
  type CarrierWorld,
} from '../../testing/carrier-world.ts';
import { UNKNOWN_SENDER_REPLY } from './twilio.routes.ts';

describeEachDialect('Twilio SMS webhook', (db) => {
  let w: CarrierWorld;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ w, close } = await carrierWorldOverTwilio(db().store));
  });
  afterAll(() => close());

  const inbound = async () =>
    db()
      .store.db.selectFrom('inbound_messages')
      .select(['external_id', 'invitation_id'])
      .where('workspace_id', '=', w.ws.id)
      .execute();
  const customerTurns = async (invitationId: string) => {
    const page = await w.ws.json<{
      items: Array<{ id: string; attributes: Record<string, unknown> }>;
    }>('GET', '/api/v1/interactions?limit=200');
    const t = page.items.find((i) => i.attributes.surveyConversation === invitationId);
    const full = await w.ws.json<{ messages: Array<{ speaker: string; text: string }> }>(
      'GET',
      `/api/v1/interactions/${t?.id}`,
    );
    return full.messages.filter((m) => m.speaker === 'customer').map((m) => m.text);
  };
  async function surveyed(): Promise<{ c: CarrierCustomer; inv: string }> {
    const c = await w.customer();
    const inv = (await w.invite(c, 'sms')).id;
    await w.worker.drain();
    return { c, inv };
  }

  it('refuses a forged, missing or misdirected signature with 403 and stores nothing', async () => {
    const { c, inv } = await surveyed();
    const before = await inbound();
    const forged = await w.sms(c.phone, '1', { signature: 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=' });
    expect(forged.statusCode).toBe(403);
    expect(forged.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(forged.json()).toMatchObject({ status: 403, code: 'forbidden' });
    const params = { MessageSid: 'SMforged', From: c.phone, To: '+18005551212', Body: '1' };
    const otherUrl = twilio.getExpectedTwilioSignature(
      AUTH_TOKEN,
      `${PUBLIC_URL}/hooks/twilio/ws_00000000000000000000000000/sms`,
      params,
    );
    const misdirected = await w.sms(c.phone, '1', { signature: otherUrl });
    expect(misdirected.statusCode).toBe(403);
    const unsigned = await w.api.app.inject({
      method: 'POST',
      url: `/hooks/twilio/${w.ws.id}/sms`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(params).toString(),
    });
    expect(unsigned.statusCode).toBe(403);
    expect(await inbound()).toEqual(before);
    expect(await customerTurns(inv)).toEqual([]);
  });

  it('answers 404 for a workspace without an SMS channel, 422 for a signed request without MessageSid', async () => {
    const other = await w.api.workspace('No SMS');
    const res = await w.api.app.inject({
      method: 'POST',
      url: `/hooks/twilio/${other.id}/sms`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'x' },
      payload: 'From=%2B1&Body=1&MessageSid=SM1',
    });
    expect(res.statusCode).toBe(404);
    const path = `/hooks/twilio/${w.ws.id}/sms`;
    const params = { From: '+12345678901', Body: 'hi' };
    const noSid = await w.api.app.inject({
      method: 'POST',
      url: path,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilio.getExpectedTwilioSignature(
          AUTH_TOKEN,
          `${PUBLIC_URL}${path}`,
          params,
        ),
      },
      payload: new URLSearchParams(params).toString(),
    });
    expect(noSid.statusCode).toBe(422);
  });

  it('processes a retried MessageSid once and answers it as the first time — also when deliveries race', async () => {
    const { c, inv } = await surveyed();
    const first = await w.sms(c.phone, '9', { sid: 'SMretried000000000000000000000001' });
    const again = await w.sms(c.phone, '9', { sid: 'SMretried000000000000000000000001' });
    expect(first.statusCode).toBe(200);
    expect(again.statusCode).toBe(200);
    expect(again.body).toBe(first.body);
    expect(twimlMessages(first.body)[0]).toMatch(/Jessica C/);
    const racing = await Promise.all(
      [1, 2, 3].map(() => w.sms(c.phone, 'ten', { sid: 'SMracing0000000000000000000000001' })),
    );
    expect(new Set(racing.map((r) => r.statusCode))).toEqual(new Set([200]));
    expect(new Set(racing.map((r) => r.body)).size).toBe(1);
    expect(await customerTurns(inv)).toEqual(['9', 'ten']);
    const rows = (await inbound()).filter((r) => r.invitation_id === inv);
    expect(rows.map((r) => r.external_id).sort()).toEqual([
      'SMracing0000000000000000000000001',
      'SMretried000000000000000000000001',
    ]);
  });

  it('answers a stranger politely and stores nothing', async () => {
    const before = await inbound();
    const interactions = await w.ws.json<{ items: unknown[] }>(
      'GET',
      '/api/v1/interactions?limit=500',
    );
    const res = await w.sms('+15550001111', 'Hello? Who is this?');
    expect(res.statusCode).toBe(200);
    expect(twimlMessages(res.body)).toEqual([UNKNOWN_SENDER_REPLY]);
    const stop = await w.sms('+15550001111', 'STOP');
    expect(twimlMessages(stop.body)).toEqual([]);
    expect(await inbound()).toEqual(before);
    const after = await w.ws.json<{ items: unknown[] }>('GET', '/api/v1/interactions?limit=500');
    expect(after.items).toHaveLength(interactions.items.length);
  });

  it('re-asks after an empty body, and keeps a 5,000-character body once, whole', async () => {
    const { c, inv } = await surveyed();
    const empty = await w.sms(c.phone, '');
    expect(empty.statusCode).toBe(200);
    const reask = twimlMessages(empty.body)[0] ?? '';
    expect(reask).toMatch(/recommend/);
    expect(reask).toMatch(/\b1\b.*\b10\b|\b10\b.*\b1\b/);
    const long = 'My bill was confusing. '.repeat(218).slice(0, 5000);
    expect(long).toHaveLength(5000);
    const res = await w.sms(c.phone, long);
    expect(res.statusCode).toBe(200);
    expect(twimlMessages(res.body)).toHaveLength(1);
    const turns = await customerTurns(inv);
    expect(turns).toEqual(['', long]);
    expect((await inbound()).filter((r) => r.invitation_id === inv)).toHaveLength(2);
  });

  it('STOP opts out of every channel and closes the conversation (partial answers count); HELP helps; START opts back in', async () => {
    const { c, inv } = await surveyed();
    await w.sms(c.phone, '3');
    const help = twimlMessages((await w.sms(c.phone, 'HELP')).body)[0] ?? '';
    expect(help).toMatch(/STOP/);
    const stop = twimlMessages((await w.sms(c.phone, 'stop')).body)[0] ?? '';
    expect(stop).toMatch(/START/);
    const customer = await w.ws.json<{ optedOutAt: string | null }>(
      'GET',
      `/api/v1/customers/${c.id}`,
    );
    expect(customer.optedOutAt).toBe(w.clock.now().toISOString());
    const invitation = await w.ws.json<{ status: string }>('GET', `/api/v1/invitations/${inv}`);
    expect(invitation.status).toBe('partial');
    const responses = await w.ws.json<{
      items: Array<{
        completed: boolean;
        answers: Array<{ questionId: string; valueNum: number | null }>;
      }>;
    }>('GET', `/api/v1/responses?customerId=${c.id}`);
    expect(responses.items).toHaveLength(1);
    expect(responses.items[0]?.completed).toBe(false);
    expect(responses.items[0]?.answers.map((a) => [a.questionId, a.valueNum])).toEqual([
      ['recommend', 3],
    ]);
    // Opted out: a new e-mail invitation is skipped.
    w.clock.advance(8 * 86_400_000);
    const skipped = await w.ws.json<{ invitation: { status: string; skipReason: string } }>(
      'POST',
      '/api/v1/invitations',
      { surveyId: w.survey, customerId: c.id, channel: 'email' },
    );
    expect(skipped.invitation).toMatchObject({ status: 'skipped', skipReason: 'opted_out' });
    const start = twimlMessages((await w.sms(c.phone, 'START')).body)[0] ?? '';
    expect(start).toMatch(/STOP/);
    const back = await w.ws.json<{ optedOutAt: string | null }>('GET', `/api/v1/customers/${c.id}`);
    expect(back.optedOutAt).toBeNull();
  });

  it('is in the OpenAPI document, tagged and without credentials, beside the other public channel routes', async () => {
    const doc = (await w.api.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { tags?: string[]; security?: unknown[] }>>;
    }>();
    const ops = [
      ['/hooks/twilio/{workspaceId}/sms', 'post', 'webhooks'],
      ['/hooks/email/{workspaceId}/inbound', 'post', 'webhooks'],
      ['/hooks/email/{workspaceId}/unsubscribe/{key}', 'post', 'webhooks'],
      ['/api/v1/chat/{token}/messages', 'get', 'chat'],
      ['/api/v1/chat/{token}/messages', 'post', 'chat'],
    ] as const;
    for (const [path, method, tag] of ops) {
      const op = doc.paths[path]?.[method];
      expect(op?.tags, `${method} ${path}`).toEqual([tag]);
      expect(op?.security, `${method} ${path}`).toEqual([]);
    }
    expect(doc.paths['/api/v1/settings/channels']?.put?.tags).toEqual(['settings']);
  });
});
