/**
 * One person, accounts in several workspaces under one e-mail: sign-in finds the account whose
 * password matches, and when the same password opens more than one, asks which workspace
 * (409 naming them) instead of picking one silently.
 */
import { describeEachDialect, FakeClock, idsFor } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi, type TestApi, type TestWorkspace } from '../testing/harness.ts';

interface Problem {
  status: number;
  code: string;
  errors?: Array<{ field: string; choices?: Array<{ value: string; label: string }> }>;
}

describeEachDialect('sign-in across workspaces', (db) => {
  let api: TestApi;
  let north: TestWorkspace;
  let south: TestWorkspace;
  let east: TestWorkspace;
  const email = 'sam.rivera@several.example';
  const shared = 'Same passphrase in two places!';
  const own = 'East has its own passphrase 7';

  const account = async (ws: TestWorkspace, password: string) => {
    const res = await ws.call('POST', '/api/v1/users', {
      email,
      name: 'Sam',
      role: 'analyst',
      password,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  };
  const login = (password: string, workspaceId?: string) =>
    api.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password, ...(workspaceId ? { workspaceId } : {}) },
    });

  beforeAll(async () => {
    const clock = new FakeClock('2026-03-01T10:00:00.000Z');
    api = await testApi(db().store, { clock, ids: idsFor(clock) });
    north = await api.workspace('North');
    south = await api.workspace('South');
    east = await api.workspace('East');
    await account(north, shared);
    await account(south, shared);
    await account(east, own);
  });
  afterAll(() => api.close());

  it('signs in to the one workspace whose account the password opens', async () => {
    const res = await login(own);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ workspaceId: string }>().workspaceId).toBe(east.id);
  });

  it('asks which workspace when the password opens several, and sets no session', async () => {
    const res = await login(shared);
    expect(res.statusCode).toBe(409);
    expect(res.headers['set-cookie']).toBeUndefined();
    const p = res.json<Problem>();
    expect(p.code).toBe('conflict');
    expect(p.errors?.[0]?.field).toBe('workspaceId');
    const choices = p.errors?.[0]?.choices ?? [];
    expect(choices.map((c) => c.value).sort()).toEqual([north.id, south.id].sort());
    expect(choices.map((c) => c.label).sort()).toEqual(['North', 'South']);
  });

  it('signs in to the workspace chosen', async () => {
    const res = await login(shared, south.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ workspaceId: string; workspaceName: string }>()).toMatchObject({
      workspaceId: south.id,
      workspaceName: 'South',
    });
  });

  it('refuses a workspace the password does not open, as a wrong password', async () => {
    const res = await login(shared, east.id);
    expect(res.statusCode).toBe(401);
    expect(res.json<Problem>().code).toBe('unauthenticated');
  });

  it('leaves a disabled account out of the choice', async () => {
    const users = await north.json<{ items: Array<{ id: string; email: string }> }>(
      'GET',
      '/api/v1/users',
    );
    const sam = users.items.find((u) => u.email === email);
    expect(sam).toBeDefined();
    await north.call('PATCH', `/api/v1/users/${sam?.id ?? ''}`, { disabled: true });
    const res = await login(shared);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ workspaceId: string }>().workspaceId).toBe(south.id);
  });
});
