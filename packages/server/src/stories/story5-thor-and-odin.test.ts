/**
 * Story 5 of DESIGN.md, "Thor and Odin" (seeds/004): a customer whose parcel never came chats
 * with an agent named Thor, jokes about the name, asks to be Odin; both play Norse gods, blame
 * Loki, and solve it. Read by the trained emotion model through the worker (the product's
 * analyzer), message by message: the customer's emotions go from annoyance to amusement to
 * gratitude, the humour is read as amusement/joy and not anger, the conversation's arc and the
 * customer's journey (earlier chats about prices and at checkout) show it, engagement rises.
 */
import type { CustomerJourneyDto, EmotionMapDto, SignalViewDto } from '@rapport/contracts';
import { THOR_AND_ODIN } from '@rapport/core';
import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closedLoopWorld, type ClosedLoopWorld } from '../testing/closed-loop-world.ts';

describeEachDialect('story 5: Thor and Odin', (db) => {
  let w: ClosedLoopWorld;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    w = await closedLoopWorld(db().store, {
      name: 'Online retailer',
      start: '2026-05-20T18:00:00.000Z',
    });
    id.thor = await w.employee('Thor Agent', { title: 'customer service agent' });
    id.customer = await w.create('/api/v1/customers', {
      name: 'Odin (self-appointed)',
      segment: 'retail',
    });
    const chat = (stage: string, occurredAt: string, outcome: string, transcript: object[]) =>
      w.create('/api/v1/interactions', {
        customerId: id.customer,
        channel: 'chat',
        stage,
        occurredAt,
        outcome,
        transcript,
      });
    id.prices = await chat('consideration', '2026-05-02T11:00:00.000Z', 'info', [
      {
        speaker: 'customer',
        text: 'Hi, what is the price of the 4-person tent, and is there a discount on two?',
      },
      { speaker: 'agent', text: 'It is 189 and there is 10% off when you buy two.' },
      { speaker: 'customer', text: 'Great, thanks for the quick answer.' },
    ]);
    id.checkout = await chat('purchase', '2026-05-04T20:30:00.000Z', 'resolved', [
      {
        speaker: 'customer',
        text: "I'm at checkout and can't find where to enter my discount code.",
      },
      { speaker: 'agent', text: 'It is under the basket total, in the box marked Promo code.' },
      { speaker: 'customer', text: 'Found it, thank you!' },
    ]);
    id.parcel = await chat(
      'support',
      '2026-05-20T17:40:00.000Z',
      'resolved',
      THOR_AND_ODIN.map((m, k) => ({
        ...m,
        at: new Date(Date.parse('2026-05-20T17:40:00.000Z') + k * 60_000).toISOString(),
        ...(m.speaker === 'agent' ? { employeeId: id.thor } : {}),
      })),
    );
    await w.run();
  });
  afterAll(() => w.close());

  const journey = () =>
    w.ws.json<CustomerJourneyDto>('GET', `/api/v1/customers/${id.customer}/journey`);
  const customerSide = async (): Promise<SignalViewDto[]> => {
    const j = await journey();
    const chat = j.touchpoints.find((t) => t.interactionId === id.parcel);
    return (chat?.signals ?? []).filter((s) => s.speaker === 'customer');
  };
  const top = (s: SignalViewDto | undefined) => s?.top[0]?.label;

  it('reads every message of the chat, with its speaker, in order', async () => {
    const j = await journey();
    const chat = j.touchpoints.find((t) => t.interactionId === id.parcel);
    expect(chat?.signals.map((s) => [s.seq, s.speaker])).toEqual(
      THOR_AND_ODIN.map((m, k) => [k, m.speaker]),
    );
  });

  it('goes from annoyance to amusement to gratitude', async () => {
    const [opening, joke, play, loki, tomorrow, goodbye] = await customerSide();
    expect(['annoyance', 'anger', 'disappointment']).toContain(top(opening));
    expect(opening?.sentiment).toBe('negative');
    for (const s of [joke, play, loki])
      expect(s?.top.slice(0, 2).map((e) => e.label)).toContain('amusement');
    expect(top(tomorrow)).toBe('gratitude');
    expect(top(goodbye)).toBe('gratitude');
    expect([tomorrow?.sentiment, goodbye?.sentiment]).toEqual(['positive', 'positive']);
  });

  it('reads the humour as amusement and joy, not anger', async () => {
    const [, joke, play, loki] = await customerSide();
    for (const s of [joke, play, loki]) {
      expect(s?.ekman).toContain('joy');
      expect(s?.ekman).not.toContain('anger');
      expect(s?.emotions.anger ?? 1).toBeLessThan(0.2);
      expect(s?.emotions.annoyance ?? 1).toBeLessThan(0.2);
      expect(s?.sentiment).toBe('positive');
    }
  });

  it("shows the conversation's arc and the customer's journey through the stages", async () => {
    const j = await journey();
    expect(j.touchpoints.map((t) => [t.stage, t.interactionId])).toEqual([
      ['consideration', id.prices],
      ['purchase', id.checkout],
      ['support', id.parcel],
    ]);
    const chat = j.touchpoints[2];
    const arc = (chat?.signals ?? []).filter((s) => s.speaker === 'customer').map((s) => s.valence);
    expect(arc[0]).toBeLessThan(0);
    expect(arc.at(-1)).toBeGreaterThan(0.5);
    expect(Math.max(...arc.slice(1))).toBeGreaterThan(0);
    expect([chat?.emotions?.first ?? 0, chat?.emotions?.last ?? 0]).toEqual([arc[0], arc.at(-1)]);
    expect(chat?.emotions?.valence).toBeGreaterThan(0);

    await w.ws.json('PATCH', '/api/v1/settings', { minResponses: 1 });
    const map = await w.ws.json<EmotionMapDto>('GET', '/api/v1/journey/emotions?segment=retail');
    const support = map.rows.find((r) => r.stage === 'support');
    expect(support?.n).toBe(6);
    expect(support?.ekman.joy?.count).toBeGreaterThanOrEqual(4);
    expect(support?.ekman.anger?.count).toBeLessThanOrEqual(1);
    expect(map.rows.find((r) => r.stage === 'consideration')?.n).toBe(2);
  });

  it('raises the customer’s engagement', async () => {
    const j = await journey();
    const chat = j.touchpoints[2]?.engagement;
    expect(chat?.delta).toBeGreaterThan(5);
    expect(chat?.reasons.map((r) => r.factor)).toEqual(
      expect.arrayContaining(['outcome', 'emotion']),
    );
    expect(chat?.reasons.find((r) => r.factor === 'emotion')?.points).toBeGreaterThan(0);
    expect(j.engagementScore).toBeGreaterThan(j.initialScore);
    expect(j.touchpoints.every((t) => (t.engagement?.delta ?? 0) > 0)).toBe(true);
  });
});
