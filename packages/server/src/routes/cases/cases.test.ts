import { relationshipNpsSurvey } from '@rapport/core';
import type { CaseDetailDto, CaseDto, ClosedLoopSettingsDto } from '@rapport/contracts';
import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closedLoopWorld, type ClosedLoopWorld } from '../../testing/closed-loop-world.ts';

interface Problem {
  status: number;
  errors?: Array<{ field: string }>;
}

describeEachDialect('cases API', (db) => {
  let w: ClosedLoopWorld;
  const p: Record<string, string> = {};

  beforeAll(async () => {
    w = await closedLoopWorld(db().store);
    p.head = await w.employee('Head Honcho');
    p.lead = await w.employee('Team Lead', { managerId: p.head });
    const team = await w.create('/api/v1/teams', { name: 'Chat', leadId: p.lead });
    p.team = team;
    p.agent = await w.employee('Agent Ann', { teamId: team, managerId: p.lead });
    p.retention = await w.employee('Rhea Retention');
    p.retentionTeam = await w.create('/api/v1/teams', { name: 'Retention', leadId: p.retention });
    p.customer = await w.create('/api/v1/customers', { name: 'No owner', email: 'c@example.net' });
    p.chat = await w.supportChat(p.customer, [p.agent]);
  });
  afterAll(() => w.close());

  const status = async (method: 'POST' | 'PATCH', url: string, body?: unknown) => {
    const res = await w.ws.call(method, url, body);
    return { code: res.statusCode, field: res.json<Problem>().errors?.[0]?.field };
  };

  it('chooses owners by attribution: the team lead for an interaction, else retention, else nobody', async () => {
    const onChat = await w.ws.json<CaseDto>('POST', '/api/v1/cases', {
      reason: 'rude_agent',
      customerId: p.customer,
      interactionId: p.chat,
    });
    expect(onChat).toMatchObject({
      ownerId: p.lead,
      teamId: p.team,
      status: 'open',
      priority: 'normal',
    });
    const unowned = await w.ws.json<CaseDto>('POST', '/api/v1/cases', {
      reason: 'pricing',
      customerId: p.customer,
    });
    expect(unowned.ownerId).toBeNull();
    // The inbox finds the cases nobody owns; a wrong flag is refused at its field.
    const nobody = await w.ws.json<{ items: CaseDto[] }>('GET', '/api/v1/cases?unassigned=true');
    expect(nobody.items.map((c) => c.id)).toEqual([unowned.id]);
    const bad = await w.ws.call('GET', '/api/v1/cases?unassigned=yes');
    expect(bad.statusCode).toBe(422);
    expect(bad.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe(
      'query.unassigned',
    );
    const settings = await w.ws.json<ClosedLoopSettingsDto>(
      'PATCH',
      '/api/v1/settings/closed-loop',
      {
        retentionTeamId: p.retentionTeam,
      },
    );
    expect(settings.retentionTeamId).toBe(p.retentionTeam);
    const retained = await w.ws.json<CaseDto>('POST', '/api/v1/cases', {
      reason: 'billing',
      customerId: p.customer,
    });
    expect(retained.ownerId).toBe(p.retention);
    // Joining: a second red flag of the same reason adds to the open case.
    const again = await w.ws.json<CaseDto>('POST', '/api/v1/cases', {
      reason: 'billing',
      customerId: p.customer,
      priority: 'urgent',
    });
    expect(again).toMatchObject({ id: retained.id, priority: 'urgent' });
  });

  it('moves through the lifecycle, keeps every step, and refuses the moves it does not allow', async () => {
    const c = await w.ws.json<CaseDto>('POST', '/api/v1/cases', {
      reason: 'lifecycle',
      customerId: p.customer,
      interactionId: p.chat,
      priority: 'high',
    });
    expect(c.firstActionAt).toBeNull();
    w.clock.advance(30 * 60_000);
    expect(
      (await w.ws.json<CaseDto>('PATCH', `/api/v1/cases/${c.id}`, { status: 'in_progress' }))
        .firstActionAt,
    ).toBe(w.clock.now().toISOString());
    await w.ws.json('PATCH', `/api/v1/cases/${c.id}`, { status: 'waiting_on_customer' });
    expect(await status('PATCH', `/api/v1/cases/${c.id}`, { status: 'open' })).toEqual({
      code: 409,
      field: 'status',
    });
    expect((await status('PATCH', `/api/v1/cases/${c.id}`, { status: 'closed' })).code).toBe(422);
    await w.ws.json('POST', `/api/v1/cases/${c.id}/notes`, {
      text: 'Customer will call back tomorrow.',
    });
    const resolved = await w.ws.json<CaseDto>('PATCH', `/api/v1/cases/${c.id}`, {
      status: 'resolved',
    });
    expect(resolved.resolvedAt).toBe(w.clock.now().toISOString());
    expect(
      await status('POST', `/api/v1/cases/${c.id}/close`, {
        outcome: 'recovered',
        rootCause: 'bad_weather',
      }),
    ).toEqual({
      code: 422,
      field: 'rootCause',
    });
    expect(await status('POST', `/api/v1/cases/${c.id}/close`, { outcome: 'lost' })).toMatchObject({
      code: 422,
    });
    const closed = await w.ws.json<CaseDto>('POST', `/api/v1/cases/${c.id}/close`, {
      outcome: 'unreachable',
      rootCause: 'agent_behaviour',
    });
    expect(closed).toMatchObject({ status: 'closed', outcome: 'unreachable', slaState: 'met' });
    expect((await status('PATCH', `/api/v1/cases/${c.id}`, { status: 'in_progress' })).code).toBe(
      409,
    );
    const detail = await w.ws.json<CaseDetailDto>('GET', `/api/v1/cases/${c.id}`);
    expect(detail.history.map((e) => [e.kind, e.actorKind])).toEqual([
      ['opened', 'api_key'],
      ['status', 'api_key'],
      ['status', 'api_key'],
      ['note', 'api_key'],
      ['status', 'api_key'],
      ['closed', 'api_key'],
    ]);
    expect(detail.history[3]?.data).toEqual({ text: 'Customer will call back tomorrow.' });
  });

  it('assigns in bulk, filters by owner, status and SLA state, and pages', async () => {
    const ids: string[] = [];
    for (const reason of ['a1', 'a2', 'a3'])
      ids.push(await w.create('/api/v1/cases', { reason, customerId: p.customer }));
    expect(
      await status('POST', '/api/v1/cases/assign', { ids: [...ids, 'cas_nope'], ownerId: p.head }),
    ).toEqual({
      code: 422,
      field: 'ids[3]',
    });
    const { items } = await w.ws.json<{ items: CaseDto[] }>('POST', '/api/v1/cases/assign', {
      ids,
      ownerId: p.head,
    });
    expect(items.map((c) => c.ownerId)).toEqual([p.head, p.head, p.head]);
    const mine = await w.ws.json<{ items: CaseDto[] }>(
      'GET',
      `/api/v1/cases?ownerId=${p.head}&status=open,in_progress`,
    );
    expect(mine.items.map((c) => c.id).sort()).toEqual([...ids].sort());
    const page = await w.ws.json<{ items: CaseDto[]; nextCursor: string | null }>(
      'GET',
      `/api/v1/cases?ownerId=${p.head}&limit=2`,
    );
    expect(page.items).toHaveLength(2);
    const rest = await w.ws.json<{ items: CaseDto[] }>(
      'GET',
      `/api/v1/cases?ownerId=${p.head}&limit=2&cursor=${page.nextCursor}`,
    );
    expect([...page.items, ...rest.items].map((c) => c.id).sort()).toEqual([...ids].sort());
    expect((await w.ws.call('GET', '/api/v1/cases?status=lost')).statusCode).toBe(422);
    // Normal priority: 24 business hours; 2 hours before the due time it is due soon.
    const due = Date.parse(items[0]?.slaDueAt ?? '');
    w.clock.set(new Date(due - 3_600_000).toISOString());
    const soon = await w.ws.json<{ items: CaseDto[] }>(
      'GET',
      `/api/v1/cases?ownerId=${p.head}&slaState=due_soon`,
    );
    expect(soon.items.length).toBe(3);
    expect(mails(w, 'head.honcho@example.com')).toEqual([]);
    await w.run(); // notifications of the assignment (and an earlier case's SLA escalation)
    const subjects = mails(w, 'head.honcho@example.com').map((m) => m.subject);
    expect(subjects.filter((s) => s.startsWith('A case was assigned to you'))).toHaveLength(3);
    expect(
      subjects.filter((s) => s.startsWith('Case escalated (level 1): rude agent')),
    ).toHaveLength(1);
  });

  it('re-surveys the customer after closing when asked to, and says when it cannot', async () => {
    const c = await w.create('/api/v1/cases', { reason: 'resurvey', customerId: p.customer });
    expect(
      await status('POST', `/api/v1/cases/${c}/close`, { outcome: 'recovered', resurvey: true }),
    ).toEqual({
      code: 422,
      field: 'resurvey',
    });
    const survey = await w.create('/api/v1/surveys', {
      definition: relationshipNpsSurvey({ id: 'rel' }),
      status: 'live',
    });
    await w.ws.json('PATCH', '/api/v1/settings/closed-loop', {
      resurvey: { surveyId: survey, channel: 'email', delayDays: 14 },
    });
    expect(
      (
        await status('PATCH', '/api/v1/settings/closed-loop', {
          businessHours: { days: [1], start: '18:00', end: '09:00' },
        })
      ).field,
    ).toBe('businessHours.end');
    await w.ws.json('POST', `/api/v1/cases/${c}/close`, { outcome: 'recovered', resurvey: true });
    const detail = await w.ws.json<CaseDetailDto>('GET', `/api/v1/cases/${c}`);
    const resurvey = detail.history.find((e) => e.kind === 'resurvey');
    expect(resurvey?.data).toMatchObject({ status: 'scheduled' });
    const invites = await w.ws.json<{
      items: Array<{ id: string; surveyId: string; sendAt: string }>;
    }>('GET', `/api/v1/invitations?customerId=${p.customer}`);
    expect(invites.items.find((i) => i.id === resurvey?.data.invitationId)?.surveyId).toBe(survey);
  });

  it('reports the metrics per team with n and intervals', async () => {
    const m = await w.ws.json<{
      overall: { opened: number; recoveryRate: { n: number; interval: unknown } };
      groups: Array<{ key: string | null; name: string | null }>;
    }>('GET', '/api/v1/cases/metrics?groupBy=team&from=2025-12-01T00:00:00Z');
    expect(m.overall.opened).toBeGreaterThanOrEqual(7);
    expect(m.overall.recoveryRate.n).toBe(2);
    expect(m.groups.find((g) => g.key === p.team)?.name).toBe('Chat');
    expect(
      (
        await w.ws.call(
          'GET',
          '/api/v1/cases/metrics?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z',
        )
      ).statusCode,
    ).toBe(422);
  });

  it('keeps a closed case as it was closed: a second close or a new priority is refused (409)', async () => {
    const c = await w.ws.json<CaseDto>('POST', '/api/v1/cases', {
      reason: 'closed_twice',
      customerId: p.customer,
    });
    const closed = await w.ws.json<CaseDto>('POST', `/api/v1/cases/${c.id}/close`, {
      outcome: 'recovered',
      rootCause: 'billing',
    });
    w.clock.advance(60_000);
    expect(
      await status('POST', `/api/v1/cases/${c.id}/close`, {
        outcome: 'not_recovered',
        rootCause: 'pricing',
      }),
    ).toEqual({ code: 409, field: 'status' });
    expect(await status('PATCH', `/api/v1/cases/${c.id}`, { priority: 'urgent' })).toEqual({
      code: 409,
      field: 'status',
    });
    const detail = await w.ws.json<CaseDetailDto>('GET', `/api/v1/cases/${c.id}`);
    expect(detail).toMatchObject({
      outcome: 'recovered',
      rootCause: 'billing',
      priority: closed.priority,
      closedAt: closed.closedAt,
    });
    expect(detail.history.map((e) => e.kind)).toEqual(['opened', 'closed']);
  });
});

function mails(w: ClosedLoopWorld, to: string) {
  return w.mails.filter((m) => m.to === to);
}
