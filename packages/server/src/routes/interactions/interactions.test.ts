import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi, type TestApi, type TestWorkspace } from '../../testing/harness.ts';

interface Created {
  id: string;
  teamId: string | null;
  messages: Array<{ seq: number; speaker: string; text: string }>;
}

describeEachDialect('interactions API', (db) => {
  let api: TestApi;
  let ws: TestWorkspace;
  let customerId: string;
  let agentId: string;
  let teamId: string;
  beforeAll(async () => {
    api = await testApi(db().store);
    ws = await api.workspace();
    teamId = (await ws.json<{ id: string }>('POST', '/api/v1/teams', { name: 'Phone' })).id;
    agentId = (
      await ws.json<{ id: string }>('POST', '/api/v1/employees', { name: 'Jessica C', teamId })
    ).id;
    customerId = (await ws.json<{ id: string }>('POST', '/api/v1/customers', { name: 'Michael' }))
      .id;
  });
  afterAll(() => api.close());

  const base = () => ({
    customerId,
    channel: 'phone',
    stage: 'support',
    occurredAt: '2026-05-01T10:00:00Z',
    employeeIds: [agentId],
  });

  it('records an interaction with its transcript and freezes the agent team', async () => {
    const res = await ws.call('POST', '/api/v1/interactions', {
      ...base(),
      outcome: 'resolved',
      note: 'Roaming charges explained; part waived.',
      transcript: [
        { speaker: 'customer', text: 'Why was I charged for roaming?' },
        { speaker: 'agent', employeeId: agentId, text: 'Let me look at your plan.' },
      ],
    });
    expect(res.statusCode).toBe(201);
    const i = res.json<Created>();
    expect(i.teamId).toBe(teamId);
    const back = await ws.json<Created>('GET', `/api/v1/interactions/${i.id}`);
    expect(back.messages.map((m) => m.speaker)).toEqual(['customer', 'agent']);
    const list = await ws.json<{ items: Array<{ id: string }> }>(
      'GET',
      `/api/v1/interactions?customerId=${customerId}&employeeId=${agentId}`,
    );
    expect(list.items.map((x) => x.id)).toContain(i.id);
    const listed = (
      list.items as Array<{ id: string; messageCount?: number; messages?: unknown[] }>
    ).find((x) => x.id === i.id);
    expect(listed?.messageCount).toBe(2);
    expect(listed?.messages).toEqual([]);
  });

  it('stores a blank externalId as none: two interactions may both leave it blank', async () => {
    for (const externalId of ['', '  ']) {
      const res = await ws.call('POST', '/api/v1/interactions', { ...base(), externalId });
      expect(res.statusCode).toBe(201);
      expect(res.json<{ externalId: string | null }>().externalId).toBeNull();
    }
  });

  it('stores one row when the same create is retried with one Idempotency-Key', async () => {
    const body = { ...base(), note: 'idem-check' };
    const headers = { 'idempotency-key': 'int-1' };
    const a = await ws.call('POST', '/api/v1/interactions', body, headers);
    const b = await ws.call('POST', '/api/v1/interactions', body, headers);
    expect(a.json<Created>().id).toBe(b.json<Created>().id);
    const list = await ws.json<{ items: Array<{ note: string }> }>(
      'GET',
      `/api/v1/interactions?customerId=${customerId}&limit=500`,
    );
    expect(list.items.filter((x) => x.note === 'idem-check')).toHaveLength(1);
  });

  it('names the field at fault: an unknown stage, a foreign customer, a bad channel, a bad time', async () => {
    const stage = await ws.call('POST', '/api/v1/interactions', {
      ...base(),
      stage: 'checkout-ish',
    });
    expect(stage.statusCode).toBe(422);
    expect(stage.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe('stage');
    const other = await api.workspace('Other');
    const foreign = (
      await other.json<{ id: string }>('POST', '/api/v1/customers', { name: 'Foreign' })
    ).id;
    const cust = await ws.call('POST', '/api/v1/interactions', { ...base(), customerId: foreign });
    expect(cust.statusCode).toBe(422);
    expect(cust.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe('customerId');
    const chan = await ws.call('POST', '/api/v1/interactions', { ...base(), channel: 'pigeon' });
    expect(chan.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe('channel');
    const time = await ws.call('POST', '/api/v1/interactions', {
      ...base(),
      occurredAt: 'yesterday',
    });
    expect(time.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe('occurredAt');
    const msg = await ws.call('POST', '/api/v1/interactions', {
      ...base(),
      transcript: [{ speaker: 'robot', text: 'x' }],
    });
    expect(msg.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe(
      'transcript[0].speaker',
    );
  });

  it('refuses a time before 1900 or more than a day ahead of the clock, at its field, storing nothing', async () => {
    const count = async () =>
      (
        await ws.json<{ items: unknown[] }>(
          'GET',
          `/api/v1/interactions?customerId=${customerId}&limit=500`,
        )
      ).items.length;
    const before = await count();
    const now = api.clock.now().getTime();
    const inTwoDays = new Date(now + 2 * 86_400_000).toISOString();
    for (const [body, field] of [
      [{ occurredAt: '9999-12-31T00:00:00Z' }, 'occurredAt'],
      [{ occurredAt: '0001-01-01T00:00:00Z' }, 'occurredAt'],
      [{ occurredAt: inTwoDays }, 'occurredAt'],
      [
        { transcript: [{ speaker: 'customer', text: 'hi', at: '9999-01-01T00:00:00Z' }] },
        'transcript[0].at',
      ],
    ] as const) {
      const res = await ws.call('POST', '/api/v1/interactions', { ...base(), ...body });
      expect(res.statusCode, JSON.stringify(body)).toBe(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe(field);
    }
    expect(await count()).toBe(before);
    // History stays welcome, and so does a caller whose clock runs a little ahead.
    for (const occurredAt of ['1990-06-01T10:00:00Z', new Date(now + 3_600_000).toISOString()]) {
      const res = await ws.call('POST', '/api/v1/interactions', { ...base(), occurredAt });
      expect(res.statusCode, res.body).toBe(201);
    }
  });

  it('names the very entry of an unknown employee: its index in employeeIds or its message', async () => {
    const fields = async (body: Record<string, unknown>, method = 'POST', path = '') => {
      const res = await ws.call(method, `/api/v1/interactions${path}`, { ...base(), ...body });
      expect(res.statusCode).toBe(422);
      return res.json<{ errors: Array<{ field: string; message: string }> }>().errors;
    };
    const before = await ws.json<{ items: unknown[] }>(
      'GET',
      `/api/v1/interactions?customerId=${customerId}&limit=500`,
    );
    // The agent named twice, then an unknown id: the third entry is at fault, not the second.
    expect(await fields({ employeeIds: [agentId, agentId, 'emp_nobody'] })).toEqual([
      { field: 'employeeIds[2]', message: 'No employee emp_nobody in this workspace.' },
    ]);
    // The second message names an unknown agent.
    expect(
      await fields({
        transcript: [
          { speaker: 'customer', text: 'Hello?' },
          { speaker: 'agent', employeeId: 'emp_nobody', text: 'Hi.' },
        ],
      }),
    ).toEqual([
      { field: 'transcript[1].employeeId', message: 'No employee emp_nobody in this workspace.' },
    ]);
    const after = await ws.json<{ items: unknown[] }>(
      'GET',
      `/api/v1/interactions?customerId=${customerId}&limit=500`,
    );
    expect(after.items).toHaveLength(before.items.length);

    const id = (await ws.json<{ id: string }>('POST', '/api/v1/interactions', base())).id;
    const patch = await ws.call('PATCH', `/api/v1/interactions/${id}`, {
      employeeIds: [agentId, agentId, 'emp_nobody'],
    });
    expect(patch.statusCode).toBe(422);
    expect(patch.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe(
      'employeeIds[2]',
    );
    const kept = await ws.json<{ employeeIds: string[] }>('GET', `/api/v1/interactions/${id}`);
    expect(kept.employeeIds).toEqual([agentId]);
  });

  it('ingests NDJSON line by line: created, duplicate and rejected with reasons', async () => {
    const lines = [
      JSON.stringify({ ...base(), externalId: 'ext-1' }),
      '',
      '{not json',
      JSON.stringify({ ...base(), externalId: 'ext-2', channel: 'fax' }),
      JSON.stringify({ ...base(), externalId: 'ext-1' }),
      JSON.stringify({ ...base(), externalId: 'ext-3', stage: 'nowhere' }),
      JSON.stringify({ ...base(), externalId: 'ext-4' }),
    ].join('\n');
    const res = await ws.call('POST', '/api/v1/interactions/bulk', lines, {
      'content-type': 'application/x-ndjson',
    });
    expect(res.statusCode).toBe(200);
    const out = res.json<{
      accepted: number;
      duplicates: number;
      rejected: number;
      results: Array<{ line: number; status: string; errors?: Array<{ field: string }> }>;
    }>();
    expect(out.accepted).toBe(2);
    expect(out.duplicates).toBe(1);
    expect(out.rejected).toBe(3);
    expect(out.results.map((r) => [r.line, r.status])).toEqual([
      [1, 'created'],
      [3, 'rejected'],
      [4, 'rejected'],
      [5, 'duplicate'],
      [6, 'rejected'],
      [7, 'created'],
    ]);
    expect(out.results.find((r) => r.line === 4)?.errors?.[0]?.field).toBe('channel');
    expect(out.results.find((r) => r.line === 6)?.errors?.[0]?.field).toBe('stage');
    const again = await ws.call('POST', '/api/v1/interactions/bulk', lines, {
      'content-type': 'application/x-ndjson',
    });
    expect(again.json<{ accepted: number; duplicates: number }>()).toMatchObject({
      accepted: 0,
      duplicates: 3,
    });
  });
  it('refuses a forged cursor (not a time, not text, a NUL) at its field on every list, as 422', async () => {
    const forge = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
    const timeLists = ['interactions', 'responses', 'cases', 'praise'];
    const idLists = ['customers', 'employees', 'invitations', 'tasks'];
    const forged = [
      ...timeLists.flatMap((l) =>
        [
          ['garbage', 'int_x'],
          [1, 2],
          ['2026-01-01T00:00:00.000Z', 5],
          ['2026-02-31T00:00:00.000Z', 'int_x'],
          ['\u0000', 'x'],
        ].map((c) => [l, c] as const),
      ),
      ...idLists.flatMap((l) => [['\u0000'], [{ a: 1 }]].map((c) => [l, c] as const)),
    ];
    for (const [list, parts] of forged) {
      const res = await ws.call('GET', `/api/v1/${list}?cursor=${forge(parts)}`);
      expect([list, parts, res.statusCode]).toEqual([list, parts, 422]);
      expect(res.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe('cursor');
    }
  });
  it("pages on with its own cursor and refuses another list's, instead of a wrong page", async () => {
    for (const note of ['page-a', 'page-b'])
      expect((await ws.call('POST', '/api/v1/interactions', { ...base(), note })).statusCode).toBe(
        201,
      );
    const first = await ws.json<{ nextCursor: string | null }>(
      'GET',
      '/api/v1/interactions?limit=1',
    );
    expect(first.nextCursor).not.toBeNull();
    const cursor = first.nextCursor ?? '';
    expect((await ws.call('GET', `/api/v1/interactions?limit=1&cursor=${cursor}`)).statusCode).toBe(
      200,
    );
    // The same time-and-id cursor on the other time-ordered lists: before, 200 and a wrong page.
    for (const list of ['responses', 'cases', 'praise']) {
      const res = await ws.call('GET', `/api/v1/${list}?cursor=${cursor}`);
      expect([list, res.statusCode]).toEqual([list, 422]);
      expect(res.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe('cursor');
    }
  });
  it('refuses a period whose from is after its to, at from, rather than an empty page', async () => {
    const swapped = await ws.call(
      'GET',
      '/api/v1/interactions?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z',
    );
    expect(swapped.statusCode).toBe(422);
    expect(swapped.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe('from');
    const ordered = await ws.call(
      'GET',
      '/api/v1/interactions?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z',
    );
    expect(ordered.statusCode).toBe(200);
  });
});
