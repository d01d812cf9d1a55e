/**
 * Story 1 of DESIGN.md, its engagement part: the power-company call the customer praised
 * ("tell her boss") raises his engagement; days later the dealership's condescending advisor
 * ("buddy") lowers it — each touchpoint ends on another footing than it began (seeds/000). The
 * notes' readings are stored the way the text analysis stores them (as in the closed-loop part
 * of this story), so the engagement follows from the outcome and the emotions read.
 */
import type { CustomerJourneyDto } from '@rapport/contracts';
import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closedLoopWorld, type ClosedLoopWorld } from '../testing/closed-loop-world.ts';

describeEachDialect('story 1: every touchpoint moves engagement', (db) => {
  let power: ClosedLoopWorld;
  let dealer: ClosedLoopWorld;

  beforeAll(async () => {
    power = await closedLoopWorld(db().store, { name: 'Power company' });
    dealer = await closedLoopWorld(db().store, {
      name: 'Dealership',
      start: '2026-01-08T15:00:00.000Z',
    });
  });
  afterAll(async () => {
    await power.close();
    await dealer.close();
  });

  const journey = (w: ClosedLoopWorld, id: string) =>
    w.ws.json<CustomerJourneyDto>('GET', `/api/v1/customers/${id}/journey`);

  it('the praised call raises the customer’s engagement, with the reasons', async () => {
    const agent = await power.employee('Olivia Ortiz', { title: 'agent' });
    const customer = await power.create('/api/v1/customers', { name: 'The habitual escalator' });
    const call = await power.create('/api/v1/interactions', {
      customerId: customer,
      channel: 'phone',
      stage: 'support',
      occurredAt: power.clock.now().toISOString(),
      employeeIds: [agent],
      outcome: 'resolved',
      note: 'Moved the account from the tenant back to the owners. The customer asked to tell her boss how great she was.',
    });
    await power.signal({
      sourceType: 'interaction_note',
      sourceId: call,
      customerId: customer,
      interactionId: call,
      channel: 'phone',
      stage: 'support',
      sentiment: 'positive',
      ekman: ['joy'],
      emotions: { admiration: 0.86, gratitude: 0.72, joy: 0.64 },
      praise: 0.94,
      escalation: 'praise',
      triggers: { praise: ['great'], escalation: ['tell her boss'] },
    });
    await power.run();
    const j = await journey(power, customer);
    const step = j.touchpoints[0]?.engagement;
    expect(step?.before).toBe(50);
    expect(step?.after).toBeGreaterThan(60);
    expect(step?.reasons.map((r) => [r.factor, Math.sign(r.points)])).toEqual([
      ['outcome', 1],
      ['emotion', 1],
      ['praise', 1],
    ]);
    expect(step?.reasons.find((r) => r.factor === 'praise')?.detail).toBe(
      'asked to pass praise up',
    );
    expect(j.engagementScore).toBe(step?.after);
    const c = await power.ws.json<{ engagementScore: number }>(
      'GET',
      `/api/v1/customers/${customer}`,
    );
    expect(c.engagementScore).toBe(step?.after);
  });

  it("the condescending advisor's call lowers it, from where it stood", async () => {
    const advisor = await dealer.employee('Kyle Advisor', { title: 'service advisor' });
    const customer = await dealer.create('/api/v1/customers', { name: 'The habitual escalator' });
    // An earlier, uneventful call: the score does not start at the initial 50.
    await dealer.create('/api/v1/interactions', {
      customerId: customer,
      channel: 'phone',
      stage: 'support',
      occurredAt: '2026-01-02T10:00:00.000Z',
      outcome: 'info',
    });
    const call = await dealer.create('/api/v1/interactions', {
      customerId: customer,
      channel: 'phone',
      stage: 'support',
      occurredAt: dealer.clock.now().toISOString(),
      employeeIds: [advisor],
      outcome: 'unresolved',
      note: "Customer called about his car, 34 days in the shop. Advisor was condescending and kept calling him 'buddy'.",
    });
    await dealer.signal({
      sourceType: 'interaction_note',
      sourceId: call,
      customerId: customer,
      interactionId: call,
      sentiment: 'negative',
      ekman: ['anger'],
      emotions: { anger: 0.81, annoyance: 0.77, disapproval: 0.74, disappointment: 0.52 },
      triggers: { anger: ['condescending', 'buddy'] },
    });
    await dealer.run();
    const j = await journey(dealer, customer);
    expect(j.touchpoints.map((t) => t.interactionId)).toHaveLength(2);
    const [first, bad] = j.touchpoints;
    expect(first?.engagement?.after).toBe(51);
    expect(bad?.engagement?.before).toBe(first?.engagement?.after);
    expect(bad?.engagement?.after).toBeLessThan(40);
    expect(bad?.engagement?.reasons.map((r) => r.factor)).toEqual(['outcome', 'emotion']);
    expect(bad?.engagement?.reasons.find((r) => r.factor === 'emotion')?.detail).toMatch(
      /^anger, annoyance, disapproval; valence -0\.81 over 1 text$/,
    );
    // No touchpoint ends on the footing it began.
    expect(j.touchpoints.every((t) => t.engagement && t.engagement.delta !== 0)).toBe(true);
  });
});
