import type { Praise } from '@rapport/core';
import { describeEachDialect } from '@rapport/testing';
import { expect, it } from 'vitest';

const ws = 'ws_praise_repo';

describeEachDialect('praise, task and webhook repositories', (db) => {
  it('keeps every delivery of a praise, refuses a second one to the same person, and counts', async () => {
    const { store } = db();
    await store.write(async (r) => {
      await r.teams.insert({
        id: 'tm_1',
        workspaceId: ws,
        name: 'Phones',
        leadId: null,
        createdAt: '2026-01-01T00:00:00.000Z',
      });
      for (const [id, team] of [
        ['emp_agent', 'tm_1'],
        ['emp_boss', null],
      ] as const)
        await r.employees.insert({
          id,
          workspaceId: ws,
          externalId: null,
          name: id,
          email: null,
          phone: null,
          title: null,
          teamId: team,
          managerId: null,
          active: true,
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        });
    });
    const p: Praise = {
      id: 'prs_1',
      workspaceId: ws,
      source: 'signal',
      customerId: 'cus_1',
      interactionId: 'int_1',
      responseId: null,
      signalId: 'sig_1',
      text: 'She was excellent',
      createdBy: 'system',
      createdAt: '2026-01-05T09:00:00.000Z',
      subjectIds: ['emp_agent'],
      deliveries: [
        {
          praiseId: 'prs_1',
          employeeId: 'emp_agent',
          level: 0,
          via: 'praised',
          passedBy: null,
          note: null,
          deliveredAt: '2026-01-05T09:00:00.000Z',
        },
        {
          praiseId: 'prs_1',
          employeeId: 'emp_boss',
          level: 1,
          via: 'manager',
          passedBy: null,
          note: null,
          deliveredAt: '2026-01-05T09:00:00.000Z',
        },
      ],
    };
    await store.write((r) => r.praise.insert(p));
    expect(await store.read((r) => r.praise.get(ws, 'prs_1'))).toEqual(p);
    const up = {
      praiseId: 'prs_1',
      employeeId: 'emp_top',
      level: 2,
      via: 'passed_up' as const,
      passedBy: 'emp_boss',
      note: 'Well done',
      deliveredAt: '2026-01-05T10:00:00.000Z',
    };
    expect(await store.write((r) => r.praise.addDelivery(ws, up))).toBe(true);
    expect(await store.write((r) => r.praise.addDelivery(ws, up))).toBe(false);
    expect(
      (await store.read((r) => r.praise.get(ws, 'prs_1')))?.deliveries.map((d) => d.employeeId),
    ).toEqual(['emp_agent', 'emp_boss', 'emp_top']);
    expect(await store.read((r) => r.praise.counts(ws, 'emp_agent'))).toEqual({
      received: 1,
      passedUp: 0,
      asManager: 0,
    });
    expect(await store.read((r) => r.praise.counts(ws, 'emp_boss'))).toEqual({
      received: 0,
      passedUp: 1,
      asManager: 1,
    });
    expect(
      (
        await store.read((r) => r.praise.feed(ws, { employeeId: 'emp_agent' }, { limit: 10 }))
      ).items.map((x) => x.id),
    ).toEqual(['prs_1']);
    expect(
      (await store.read((r) => r.praise.feed(ws, { teamId: 'tm_1' }, { limit: 10 }))).items.map(
        (x) => x.id,
      ),
    ).toEqual(['prs_1']);
    expect(
      (await store.read((r) => r.praise.feed(ws, { employeeId: 'emp_boss' }, { limit: 10 }))).items,
    ).toEqual([]);
    expect(
      (await store.read((r) => r.praise.bySource(ws, { interactionId: 'int_1' }))).map((x) => x.id),
    ).toEqual(['prs_1']);
  });

  it('stores tasks and webhook deliveries and lists them newest first', async () => {
    const { store } = db();
    const task = {
      id: 'tsk_1',
      workspaceId: ws,
      kind: 'thank_customer' as const,
      title: 'Thank them',
      customerId: 'cus_1',
      praiseId: 'prs_1',
      caseId: null,
      assigneeId: 'emp_boss',
      status: 'open' as const,
      dueAt: null,
      completedAt: null,
      method: null,
      note: null,
      interactionId: null,
      createdAt: '2026-01-05T09:00:00.000Z',
    };
    await store.write((r) => r.tasks.insert(task));
    await store.write((r) =>
      r.tasks.update({ ...task, status: 'done', method: 'voicemail', interactionId: 'int_9' }),
    );
    expect(await store.read((r) => r.tasks.get(ws, 'tsk_1'))).toMatchObject({
      status: 'done',
      method: 'voicemail',
      interactionId: 'int_9',
    });
    expect(
      (await store.read((r) => r.tasks.list(ws, { praiseId: 'prs_1' }, { limit: 5 }))).items,
    ).toHaveLength(1);
    const endpoint = {
      id: 'whk_1',
      workspaceId: ws,
      url: 'http://127.0.0.1:9/hook',
      secret: 'whsec_abc',
      events: ['case.*'],
      enabled: true,
      description: null,
      createdAt: '2026-01-05T09:00:00.000Z',
    };
    await store.write((r) => r.webhooks.insertEndpoint(endpoint));
    for (const n of [1, 2])
      await store.write((r) =>
        r.webhooks.insertDelivery({
          id: `dlv_${n}`,
          workspaceId: ws,
          endpointId: 'whk_1',
          eventId: `evt_${n}`,
          eventType: 'case.opened',
          payload: { type: 'case.opened', timestamp: 't', data: { n } },
          status: 'pending',
          attempts: 0,
          responseStatus: null,
          lastError: null,
          createdAt: '2026-01-05T09:00:00.000Z',
          deliveredAt: null,
        }),
      );
    const list = await store.read((r) => r.webhooks.listDeliveries(ws, 'whk_1', { limit: 10 }));
    expect(list.items.map((d) => [d.id, d.payload.data])).toEqual([
      ['dlv_2', { n: 2 }],
      ['dlv_1', { n: 1 }],
    ]);
    expect(await store.read((r) => r.webhooks.getEndpoint(ws, 'whk_1'))).toEqual(endpoint);
    expect(await store.write((r) => r.webhooks.deleteEndpoint(ws, 'whk_1'))).toBe(true);
    expect(await store.read((r) => r.webhooks.listEndpoints(ws))).toEqual([]);
  });
});
