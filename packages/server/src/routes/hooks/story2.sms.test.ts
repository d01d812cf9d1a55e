/**
 * Story 2 of DESIGN.md, "The ignored red flag", end to end over the signed Twilio webhook:
 * after a call handled by Jessica C the carrier-style survey goes out by SMS; Michael answers
 * likely-to-recommend 1 and gets a real apology with a question at once, says why, then gives
 * the agent 10 and 10 and declines to comment. The agent's CSAT counts to her, the NPS to the
 * company, a `survey.low_score` job is enqueued right after the 1, and the whole exchange is
 * on Michael's history.
 */
import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  carrierWorld,
  FROM_NUMBER,
  twimlMessages,
  type CarrierCustomer,
  type CarrierWorld,
} from '../../testing/carrier-world.ts';
import { startFakeTwilio, type FakeTwilio } from '../../testing/fake-twilio.ts';
import { ACCOUNT_SID, AUTH_TOKEN } from '../../testing/carrier-world.ts';

interface Cell {
  group: Record<string, string | null>;
  scale: string;
  figure: { status: string; value: number | null; n: number; parts: Record<string, unknown> };
}

describeEachDialect('story 2 over SMS: the ignored red flag, answered', (db) => {
  let twilioApi: FakeTwilio;
  let w: CarrierWorld;
  let michael: CarrierCustomer;
  let invitationId: string;
  const replies: Record<string, string> = {};

  beforeAll(async () => {
    twilioApi = await startFakeTwilio({ [ACCOUNT_SID]: AUTH_TOKEN });
    w = await carrierWorld(db().store, { twilioApiUrl: twilioApi.url });
    michael = await w.customer('Michael Allenson');
    invitationId = (await w.invite(michael, 'sms')).id;
    await w.worker.drain();
  });
  afterAll(async () => {
    await w.close();
    await twilioApi.close();
  });

  const say = async (text: string): Promise<string> => {
    w.clock.advance(60_000);
    const res = await w.sms(michael.phone, text);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/xml/);
    const messages = twimlMessages(res.body);
    expect(messages).toHaveLength(1);
    return messages[0] ?? '';
  };

  it('texts the survey through Twilio: a greeting by first name and the recommend question', () => {
    expect(twilioApi.refused).toEqual([]);
    expect(twilioApi.messages).toHaveLength(1);
    const first = twilioApi.messages[0];
    expect(first).toMatchObject({ to: michael.phone, from: FROM_NUMBER, accountSid: ACCOUNT_SID });
    expect(first?.body).toMatch(/Michael/);
    expect(first?.body).toMatch(/recommend Carrier/);
    expect(first?.body).toMatch(/STOP/);
  });

  it('answers the 1 at once with an apology and a question — and announces the low score', async () => {
    replies.one = await say('1');
    expect(replies.one).not.toMatch(/sorry to hear/i);
    expect(replies.one).toMatch(/\b1\b/);
    expect(replies.one).toMatch(/sorry|apologi[sz]e/i);
    expect(replies.one).toMatch(/\?/);
    expect(replies.one).not.toMatch(/Jessica/);
    const jobs = await db()
      .store.db.selectFrom('jobs')
      .select(['name', 'payload', 'status'])
      .where('workspace_id', '=', w.ws.id)
      .where('name', '=', 'survey.low_score')
      .execute();
    expect(jobs).toHaveLength(1);
    const payload = jobs[0]?.payload;
    expect(typeof payload === 'string' ? JSON.parse(payload) : payload).toEqual({
      invitationId,
      questionId: 'recommend',
      metric: 'nps',
      scope: 'relationship',
      score: 1,
      scaleMin: 1,
      scaleMax: 10,
    });
  });

  it('acknowledges the reason, then asks about Jessica; thanks her 10s; closes on "no"', async () => {
    replies.why = await say(
      'Your assistant store manager was the rudest person I have ever dealt with',
    );
    expect(replies.why).toMatch(/handling of your call by Jessica C/);
    replies.handling = await say('10');
    expect(replies.handling).toMatch(/Jessica C/);
    expect(replies.handling).toMatch(/thank/i);
    replies.timely = await say('10');
    expect(replies.timely).toMatch(/anything else/i);
    replies.done = await say('no');
    expect(replies.done.length).toBeGreaterThan(0);
    const all = Object.values(replies);
    expect(new Set(all).size).toBe(all.length);
    const inv = await w.ws.json<{ status: string }>('GET', `/api/v1/invitations/${invitationId}`);
    expect(inv.status).toBe('completed');
  });

  it("counts the agent's satisfaction to Jessica: 100 % top box on 1–10, no NPS for her", async () => {
    const csat = await w.ws.json<{ cells: Cell[] }>(
      'GET',
      '/api/v1/metrics/csat?groupBy=agent&minN=1',
    );
    const hers = csat.cells.find((c) => c.group.agent === w.jessica);
    expect(hers?.scale).toBe('1–10');
    expect(hers?.figure).toMatchObject({ status: 'ok', value: 100, n: 2 });
    const perAgent = await w.ws.call('GET', '/api/v1/metrics/nps?groupBy=agent');
    expect(perAgent.statusCode).toBe(422);
  });

  it('counts the NPS to the company and its owner: one detractor', async () => {
    const nps = await w.ws.json<{ overall: Cell[] }>('GET', '/api/v1/metrics/nps?minN=1');
    expect(nps.overall).toHaveLength(1);
    expect(nps.overall[0]?.figure).toMatchObject({ value: -100, n: 1 });
    expect(nps.overall[0]?.figure.parts).toMatchObject({ detractors: 1 });
    const byOwner = await w.ws.json<{ cells: Cell[] }>(
      'GET',
      '/api/v1/metrics/nps?groupBy=owner&minN=1',
    );
    expect(byOwner.cells.map((c) => c.group.owner)).toEqual([w.owner]);
  });

  it('records one completed response with the answers as given', async () => {
    const page = await w.ws.json<{
      items: Array<{
        invitationId: string;
        completed: boolean;
        channel: string;
        answers: Array<{ questionId: string; valueNum: number | null }>;
      }>;
    }>('GET', `/api/v1/responses?customerId=${michael.id}`);
    expect(page.items).toHaveLength(1);
    const r = page.items[0];
    expect(r).toMatchObject({ invitationId, completed: true, channel: 'sms' });
    const values = Object.fromEntries((r?.answers ?? []).map((a) => [a.questionId, a.valueNum]));
    expect(values).toMatchObject({ recommend: 1, agent_handling: 10, agent_timeliness: 10 });
  });

  it("keeps the whole exchange on Michael's history, linked to the call, and it triggers no survey", async () => {
    const page = await w.ws.json<{
      items: Array<{ id: string; channel: string; attributes: Record<string, unknown> }>;
    }>('GET', `/api/v1/interactions?customerId=${michael.id}`);
    const transcript = page.items.find((i) => i.attributes.surveyConversation === invitationId);
    expect(transcript?.channel).toBe('sms');
    expect(transcript?.attributes.relatedInteractionId).toBe(michael.call);
    const full = await w.ws.json<{ messages: Array<{ speaker: string; text: string }> }>(
      'GET',
      `/api/v1/interactions/${transcript?.id}`,
    );
    const customer = full.messages.filter((m) => m.speaker === 'customer').map((m) => m.text);
    expect(customer).toEqual([
      '1',
      'Your assistant store manager was the rudest person I have ever dealt with',
      '10',
      '10',
      'no',
    ]);
    // The greeting and the first question, then one answer to each reply.
    expect(full.messages.filter((m) => m.speaker === 'bot').length).toBe(7);
    expect(full.messages[2]?.text).toBe('1');
    // Only the original invitation exists for Michael: the transcript triggered nothing.
    await w.worker.drain();
    const invitations = await w.ws.json<{ items: unknown[] }>(
      'GET',
      `/api/v1/invitations?customerId=${michael.id}`,
    );
    expect(invitations.items).toHaveLength(1);
  });
});
