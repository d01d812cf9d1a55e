/**
 * Story 2 of DESIGN.md, the closed loop: after a call about roaming charges the carrier's
 * survey gets likely-to-recommend 1 (on 1–10), agent handling 10, timeliness 10. The detractor
 * opens a churn-risk case for the account's relationship owner — not the agent, not her team
 * lead — in the worker run that follows the response; an SLA breach (a fake clock, no sleep)
 * escalates it to the owner's manager and, at the next breach, one level higher, with e-mails
 * over real SMTP; closing it as recovered shows in the recovery rate.
 */
import { carrierStyleSurvey } from '@rapport/core';
import type { CaseDetailDto, CaseDto, CaseMetricsDto } from '@rapport/contracts';
import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closedLoopWorld, type ClosedLoopWorld } from '../testing/closed-loop-world.ts';
import { startSmtpCapture, type SmtpCapture } from '../testing/smtp-capture.ts';

const HOUR = 3_600_000;

describeEachDialect('story 2: the ignored red flag is closed by a human', (db) => {
  let w: ClosedLoopWorld;
  let smtp: SmtpCapture;
  const people: Record<string, string> = {};
  let survey: string;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    w = await closedLoopWorld(db().store, { smtpUrl: smtp.url, name: 'Carrier' });
    people.vp = await w.employee('Victor Vice');
    people.head = await w.employee('Hannah Head', { managerId: people.vp });
    const accounts = await w.create('/api/v1/teams', { name: 'Accounts', leadId: people.head });
    people.owner = await w.employee('Rita Owner', { teamId: accounts, managerId: people.head });
    people.lead = await w.employee('Carla Lead', { managerId: people.head });
    const phones = await w.create('/api/v1/teams', { name: 'Call centre', leadId: people.lead });
    people.agent = await w.employee('Jessica C', { teamId: phones, managerId: people.lead });
    survey = await w.create('/api/v1/surveys', {
      definition: carrierStyleSurvey({ id: 'carrier' }),
      status: 'live',
    });
  });
  afterAll(async () => {
    await w.close();
    await smtp.close();
  });

  async function callAndCustomer(name: string) {
    const customer = await w.create('/api/v1/customers', {
      name,
      phone: '+12349013030',
      relationshipOwnerId: people.owner,
    });
    const call = await w.create('/api/v1/interactions', {
      customerId: customer,
      channel: 'phone',
      stage: 'support',
      occurredAt: w.clock.now().toISOString(),
      employeeIds: [people.agent],
      note: 'Unexpected roaming charges after a trip to Europe; part of the fee waived.',
    });
    return { customer, call };
  }

  const answers = [
    { questionId: 'recommend', value: 1 },
    { questionId: 'agent_handling', value: 10 },
    { questionId: 'agent_timeliness', value: 10 },
  ];

  it('opens a churn-risk case for the relationship owner, escalates on SLA breaches, and counts the recovery', async () => {
    const { customer, call } = await callAndCustomer('Michael Allenson');
    await w.run();
    const rsp = await w.ws.json<{ id: string }>('POST', '/api/v1/responses', {
      surveyId: survey,
      interactionId: call,
      channel: 'sms',
      answers,
    });
    const respondedAt = w.clock.now().getTime();
    await w.run(); // the worker run that follows the response

    const list = await w.ws.json<{ items: CaseDto[] }>(
      'GET',
      `/api/v1/cases?customerId=${customer}`,
    );
    expect(list.items).toHaveLength(1);
    const c = list.items[0] as CaseDto;
    expect(c).toMatchObject({
      reason: 'churn_risk',
      ownerId: people.owner,
      priority: 'high',
      status: 'open',
      escalationLevel: 0,
      responseId: rsp.id,
      slaState: 'on_track',
    });
    expect(c.ownerId).not.toBe(people.agent);
    expect(c.ownerId).not.toBe(people.lead);
    expect(Date.parse(c.createdAt) - respondedAt).toBeLessThan(1000);
    // High priority: 8 business hours, Monday 09:00 → Monday 17:00.
    expect(c.slaDueAt).toBe('2026-01-05T17:00:00.000Z');
    const detail = await w.ws.json<CaseDetailDto>('GET', `/api/v1/cases/${c.id}`);
    expect(detail.evidence.map((e) => e.kind)).toEqual(['response', 'interaction']);
    expect(detail.evidence[0]?.summary).toContain('NPS 1 (1–10)');
    expect(detail.history[0]).toMatchObject({
      kind: 'opened',
      data: { why: "the account's relationship owner" },
    });
    const toOwner = smtp.mails.filter((m) => m.envelope.to.includes('rita.owner@example.com'));
    expect(toOwner.map((m) => m.parsed.subject)).toEqual(['New high-priority case: churn risk']);
    expect(toOwner[0]?.parsed.text).toContain(`https://rapport.example.com/cases/${c.id}`);

    // Not yet due: nothing happens.
    w.clock.set('2026-01-05T16:59:00.000Z');
    await w.run();
    expect((await w.ws.json<CaseDto>('GET', `/api/v1/cases/${c.id}`)).escalationLevel).toBe(0);

    // The SLA passes: escalated to the owner's manager, who is told.
    w.clock.set('2026-01-05T17:00:30.000Z');
    await w.run();
    const once = await w.ws.json<CaseDetailDto>('GET', `/api/v1/cases/${c.id}`);
    expect(once).toMatchObject({
      escalationLevel: 1,
      escalatedToId: people.head,
      ownerId: people.owner,
      slaBreachedAt: '2026-01-05T17:00:00.000Z',
      slaState: 'breached',
      slaDueAt: '2026-01-06T17:00:00.000Z',
    });
    expect(once.history.at(-1)).toMatchObject({
      kind: 'escalated',
      data: { level: 1, from: people.owner, to: people.head },
    });
    const headMail = smtp.mails.find((m) => m.envelope.to.includes('hannah.head@example.com'));
    expect(headMail?.parsed.subject).toBe('Case escalated (level 1): churn risk');
    const mine = await w.ws.json<{ items: CaseDto[] }>(
      'GET',
      `/api/v1/cases?ownerId=${people.head}`,
    );
    expect(mine.items.map((x) => x.id)).toContain(c.id);

    // Missed again: one level higher.
    w.clock.advance(24 * HOUR);
    await w.run();
    const twice = await w.ws.json<CaseDto>('GET', `/api/v1/cases/${c.id}`);
    expect(twice).toMatchObject({ escalationLevel: 2, escalatedToId: people.vp });
    const breached = await w.ws.json<{ items: CaseDto[] }>(
      'GET',
      '/api/v1/cases?slaState=breached',
    );
    expect(breached.items.map((x) => x.id)).toEqual([c.id]);

    // Missed a third time: the VP is the top of the chain, so he is reminded, at the same level.
    w.clock.advance(24 * HOUR);
    await w.run();
    const thrice = await w.ws.json<CaseDetailDto>('GET', `/api/v1/cases/${c.id}`);
    expect(thrice).toMatchObject({ escalationLevel: 2, escalatedToId: people.vp });
    expect(thrice.history.at(-1)).toMatchObject({
      kind: 'escalated',
      data: { level: 2, from: people.vp, to: people.vp, reminder: true },
    });
    expect(
      smtp.mails.filter(
        (m) => m.parsed.subject === 'Case still overdue (reminder, level 2): churn risk',
      ).length,
    ).toBeGreaterThan(0);

    // The owner calls Michael; the store visit was the cause; he stays.
    await w.ws.json('PATCH', `/api/v1/cases/${c.id}`, { status: 'in_progress' });
    w.clock.advance(HOUR);
    const closed = await w.ws.json<CaseDto>('POST', `/api/v1/cases/${c.id}/close`, {
      outcome: 'recovered',
      rootCause: 'store_experience',
      note: 'Called Michael: a rude assistant manager at the store caused it. Apologised; he stays.',
    });
    expect(closed).toMatchObject({ status: 'closed', outcome: 'recovered', slaState: 'missed' });
    const metrics = await w.ws.json<CaseMetricsDto>('GET', '/api/v1/cases/metrics?groupBy=owner');
    expect(metrics.overall.recoveryRate).toMatchObject({ count: 1, n: 1, share: 100 });
    expect(metrics.overall.slaKept).toMatchObject({ count: 0, n: 1 });
    expect(metrics.overall.timeToClose.n).toBe(1);
    expect(metrics.groups).toEqual([
      expect.objectContaining({ key: people.owner, name: 'Rita Owner', closed: 1 }),
    ]);
    // Timers of a closed case do nothing more.
    w.clock.advance(72 * HOUR);
    await w.run();
    expect((await w.ws.json<CaseDto>('GET', `/api/v1/cases/${c.id}`)).escalationLevel).toBe(2);
  });

  it('a low score in a live conversation opens the case at once; the finished response joins it', async () => {
    w.clock.set('2026-01-12T10:00:00.000Z');
    const { customer, call } = await callAndCustomer('Second Caller');
    await w.run();
    const inv = await w.ws.json<{ invitation: { id: string } }>('POST', '/api/v1/invitations', {
      surveyId: survey,
      customerId: customer,
      interactionId: call,
      channel: 'web',
    });
    const invitationId = inv.invitation.id;
    await db().store.write((r) =>
      r.jobs.enqueue(
        w.ws.id,
        {
          name: 'survey.low_score',
          payload: {
            invitationId,
            questionId: 'recommend',
            metric: 'nps',
            scope: 'relationship',
            score: 1,
            scaleMin: 1,
            scaleMax: 10,
          },
        },
        `job_low_${invitationId}`,
        w.clock.now().toISOString(),
      ),
    );
    await w.run();
    const open = await w.ws.json<{ items: CaseDto[] }>(
      'GET',
      `/api/v1/cases?customerId=${customer}`,
    );
    expect(open.items).toHaveLength(1);
    expect(open.items[0]).toMatchObject({ reason: 'churn_risk', ownerId: people.owner });
    expect(open.items[0]?.evidence.map((e) => e.kind)).toEqual(['low_score', 'interaction']);

    w.clock.advance(60_000);
    await w.ws.json('POST', '/api/v1/responses', {
      surveyId: survey,
      interactionId: call,
      channel: 'web',
      answers,
    });
    await w.run();
    const after = await w.ws.json<{ items: CaseDto[] }>(
      'GET',
      `/api/v1/cases?customerId=${customer}`,
    );
    expect(after.items).toHaveLength(1);
    expect(after.items[0]?.evidence.map((e) => e.kind)).toEqual([
      'low_score',
      'interaction',
      'response',
    ]);
  });
});
