/**
 * Story 1 of DESIGN.md: the compliment that climbs. A customer calls the power company to move
 * an account back into the owners' names; the agent is excellent and he asks to tell her boss.
 * The call note's signal (escalation: praise) routes praise to the agent and her manager; the
 * manager passes it to his own manager with a note; the agent's recognition feed shows it.
 * Days later a dealership's service advisor is condescending ("buddy"): the strongly negative
 * note opens a case for the service manager.
 */
import type { CaseDto, PraiseDto, TaskDto } from '@rapport/contracts';
import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closedLoopWorld, type ClosedLoopWorld } from '../testing/closed-loop-world.ts';

describeEachDialect('story 1: the compliment that climbs', (db) => {
  let power: ClosedLoopWorld;
  let dealer: ClosedLoopWorld;
  const p: Record<string, string> = {};

  beforeAll(async () => {
    power = await closedLoopWorld(db().store, { name: 'Power company' });
    p.diana = await power.employee('Diana Director', { title: 'head of customer care' });
    p.mark = await power.employee('Mark Manager', { title: 'team lead', managerId: p.diana });
    const care = await power.create('/api/v1/teams', { name: 'Customer care', leadId: p.mark });
    p.olivia = await power.employee('Olivia Ortiz', {
      title: 'agent',
      teamId: care,
      managerId: p.mark,
    });
    p.customer = await power.create('/api/v1/customers', {
      name: 'The habitual escalator',
      email: 'escalator@example.net',
    });
    dealer = await closedLoopWorld(db().store, {
      name: 'Dealership',
      start: '2026-01-08T15:00:00.000Z',
    });
    p.sam = await dealer.employee('Sam Service', { title: 'service manager' });
    const service = await dealer.create('/api/v1/teams', { name: 'Service desk', leadId: p.sam });
    p.kyle = await dealer.employee('Kyle Advisor', {
      title: 'service advisor',
      teamId: service,
      managerId: p.sam,
    });
    p.driver = await dealer.create('/api/v1/customers', { name: 'The habitual escalator' });
  });
  afterAll(async () => {
    await power.close();
    await dealer.close();
  });

  it('praise reaches the agent and her manager, climbs when he passes it up, and shows in her feed', async () => {
    const call = await power.create('/api/v1/interactions', {
      customerId: p.customer,
      channel: 'phone',
      stage: 'support',
      occurredAt: power.clock.now().toISOString(),
      employeeIds: [p.olivia],
      outcome: 'resolved',
      note: 'Moved the account from the tenant back to the owners. The customer asked to tell her boss how great she was.',
    });
    await power.signal({
      sourceType: 'interaction_note',
      sourceId: call,
      customerId: p.customer,
      interactionId: call,
      channel: 'phone',
      stage: 'support',
      sentiment: 'positive',
      emotions: { admiration: 0.86, gratitude: 0.72, joy: 0.64 },
      praise: 0.94,
      escalation: 'praise',
      triggers: { praise: ['great'], escalation: ['tell her boss'] },
    });
    await power.run();

    const feed = await power.ws.json<{ items: PraiseDto[] }>(
      'GET',
      `/api/v1/praise?employeeId=${p.olivia}`,
    );
    expect(feed.items).toHaveLength(1);
    const praise = feed.items[0] as PraiseDto;
    expect(praise).toMatchObject({ source: 'signal', subjectIds: [p.olivia], interactionId: call });
    expect(praise.deliveries.map((d) => [d.employeeId, d.level, d.via])).toEqual([
      [p.olivia, 0, 'praised'],
      [p.mark, 1, 'manager'],
    ]);
    expect(power.mails.map((m) => [m.to, m.subject])).toEqual(
      expect.arrayContaining([
        ['olivia.ortiz@example.com', 'A customer praised you'],
        ['mark.manager@example.com', 'Praise for Olivia Ortiz'],
      ]),
    );

    // Only someone who has it can pass it on; Mark passes it to Diana with a note.
    const early = await power.ws.call('POST', `/api/v1/praise/${praise.id}/pass`, {
      byEmployeeId: p.diana,
    });
    expect(early.statusCode).toBe(403);
    const passed = await power.ws.json<PraiseDto>('POST', `/api/v1/praise/${praise.id}/pass`, {
      byEmployeeId: p.mark,
      note: 'Diana — Olivia turned a tenant switch into a fan. Worth a word from you.',
    });
    expect(passed.deliveries.at(-1)).toMatchObject({
      employeeId: p.diana,
      level: 2,
      via: 'passed_up',
      passedBy: p.mark,
      note: 'Diana — Olivia turned a tenant switch into a fan. Worth a word from you.',
    });
    const twice = await power.ws.call('POST', `/api/v1/praise/${praise.id}/pass`, {
      byEmployeeId: p.mark,
    });
    expect(twice.statusCode).toBe(409);
    const top = await power.ws.call('POST', `/api/v1/praise/${praise.id}/pass`, {
      byEmployeeId: p.diana,
    });
    expect(top.statusCode).toBe(409);
    await power.run();
    expect(power.mails.find((m) => m.to === 'diana.director@example.com')?.subject).toBe(
      'Mark Manager passed on praise for Olivia Ortiz',
    );

    // Every step is kept; the feed and the counts show it.
    const stored = await power.ws.json<PraiseDto>('GET', `/api/v1/praise/${praise.id}`);
    expect(stored.deliveries.map((d) => d.employeeId)).toEqual([p.olivia, p.mark, p.diana]);
    const again = await power.ws.json<{ items: PraiseDto[] }>(
      'GET',
      `/api/v1/praise?employeeId=${p.olivia}`,
    );
    expect(again.items[0]?.deliveries).toHaveLength(3);
    const counts = async (id: string) =>
      power.ws.json<Record<string, unknown>>('GET', `/api/v1/praise/counts?employeeId=${id}`);
    expect(await counts(p.olivia as string)).toMatchObject({ received: 1, passedUp: 0 });
    expect(await counts(p.mark as string)).toMatchObject({
      received: 0,
      passedUp: 1,
      asManager: 1,
    });
    expect(await counts(p.diana as string)).toMatchObject({ received: 0, asManager: 1 });

    // Her team lead is asked to thank the customer personally.
    const tasks = await power.ws.json<{ items: TaskDto[] }>(
      'GET',
      `/api/v1/tasks?praiseId=${praise.id}`,
    );
    expect(tasks.items).toEqual([
      expect.objectContaining({ kind: 'thank_customer', assigneeId: p.mark, status: 'open' }),
    ]);
    // The same compliment read twice is routed once.
    await power.signal({
      sourceType: 'message',
      sourceId: call,
      seq: 3,
      speaker: 'customer',
      customerId: p.customer,
      interactionId: call,
      praise: 0.9,
      escalation: 'praise',
    });
    await power.run();
    expect(
      (
        await power.ws.json<{ items: PraiseDto[] }>(
          'GET',
          `/api/v1/praise?customerId=${p.customer}`,
        )
      ).items,
    ).toHaveLength(1);
  });

  it("a condescending advisor's call note opens a case for the service manager", async () => {
    const call = await dealer.create('/api/v1/interactions', {
      customerId: p.driver,
      channel: 'phone',
      stage: 'support',
      occurredAt: dealer.clock.now().toISOString(),
      employeeIds: [p.kyle],
      outcome: 'unresolved',
      note: "Customer called about his car, 34 days in the shop. Advisor was condescending and kept calling him 'buddy'.",
    });
    await dealer.signal({
      sourceType: 'interaction_note',
      sourceId: call,
      customerId: p.driver,
      interactionId: call,
      sentiment: 'negative',
      ekman: ['anger'],
      emotions: { anger: 0.81, annoyance: 0.77, disapproval: 0.74, disappointment: 0.52 },
      triggers: { anger: ['condescending', 'buddy'] },
    });
    await dealer.run();
    const cases = await dealer.ws.json<{ items: CaseDto[] }>(
      'GET',
      `/api/v1/cases?customerId=${p.driver}`,
    );
    expect(cases.items).toHaveLength(1);
    expect(cases.items[0]).toMatchObject({
      reason: 'negative_emotion',
      ownerId: p.sam,
      priority: 'high',
      interactionId: call,
    });
    expect(cases.items[0]?.evidence.map((e) => e.kind)).toEqual(['signal', 'interaction']);
    expect(cases.items[0]?.evidence[0]?.summary).toContain('anger 0.81');
    expect(dealer.mails.map((m) => m.to)).toEqual(['sam.service@example.com']);
    // The power company's workspace saw none of it.
    expect((await power.ws.json<{ items: CaseDto[] }>('GET', '/api/v1/cases')).items).toEqual([]);
  });
});
