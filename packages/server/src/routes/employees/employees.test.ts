import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi, type TestApi, type TestWorkspace } from '../../testing/harness.ts';

describeEachDialect('employees API', (db) => {
  let api: TestApi;
  let ws: TestWorkspace;
  beforeAll(async () => {
    api = await testApi(db().store);
    ws = await api.workspace();
  });
  afterAll(() => api.close());

  it('stores a blank externalId as none: two employees may both leave it blank', async () => {
    const ids: string[] = [];
    for (const externalId of ['', '  ']) {
      const res = await ws.call('POST', '/api/v1/employees', { name: 'No id', externalId });
      expect(res.statusCode).toBe(201);
      expect(res.json<{ externalId: string | null }>().externalId).toBeNull();
      ids.push(res.json<{ id: string }>().id);
    }
    const kept = await ws.json<{ id: string }>('POST', '/api/v1/employees', {
      name: 'With id',
      externalId: 'hr-12',
    });
    const cleared = await ws.json('PATCH', `/api/v1/employees/${kept.id}`, { externalId: ' ' });
    expect(cleared.externalId).toBeNull();
  });

  it('builds a manager tree and refuses a loop in it', async () => {
    const head = await ws.json<{ id: string }>('POST', '/api/v1/employees', { name: 'Head' });
    const lead = await ws.json<{ id: string }>('POST', '/api/v1/employees', {
      name: 'Lead',
      managerId: head.id,
    });
    const agent = await ws.json<{ id: string }>('POST', '/api/v1/employees', {
      name: 'Agent',
      managerId: lead.id,
    });
    const loop = await ws.call('PATCH', `/api/v1/employees/${head.id}`, { managerId: agent.id });
    expect(loop.statusCode).toBe(422);
    expect(loop.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe('managerId');
    const self = await ws.call('PATCH', `/api/v1/employees/${lead.id}`, { managerId: lead.id });
    expect(self.statusCode).toBe(422);
    const reports = await ws.json<{ items: Array<{ id: string }> }>(
      'GET',
      `/api/v1/employees?managerId=${lead.id}`,
    );
    expect(reports.items.map((e) => e.id)).toEqual([agent.id]);
    const del = await ws.call('DELETE', `/api/v1/employees/${lead.id}`);
    expect(del.statusCode).toBe(409);
    expect((await ws.call('DELETE', `/api/v1/employees/${agent.id}`)).statusCode).toBe(204);
  });

  it('sets a team lead and lists teams', async () => {
    const lead = await ws.json<{ id: string }>('POST', '/api/v1/employees', { name: 'Lea Lead' });
    const team = await ws.json<{ id: string; leadId: string | null }>('POST', '/api/v1/teams', {
      name: 'Chat',
      leadId: lead.id,
    });
    expect(team.leadId).toBe(lead.id);
    const teams = await ws.json<{ items: Array<{ name: string }> }>('GET', '/api/v1/teams');
    expect(teams.items.map((t) => t.name)).toContain('Chat');
    const bad = await ws.call('POST', '/api/v1/teams', { name: 'X', leadId: 'emp_nope' });
    expect(bad.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe('leadId');
  });
});
