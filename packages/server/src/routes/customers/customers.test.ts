import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApi, type TestApi, type TestWorkspace } from '../../testing/harness.ts';

describeEachDialect('customers API', (db) => {
  let api: TestApi;
  let ws: TestWorkspace;
  beforeAll(async () => {
    api = await testApi(db().store);
    ws = await api.workspace();
  });
  afterAll(() => api.close());

  it('creates, reads, lists, updates and deletes a customer', async () => {
    const created = await ws.call('POST', '/api/v1/customers', {
      name: 'Michael A',
      email: 'michael@example.com',
      phone: '+15550100',
    });
    expect(created.statusCode).toBe(201);
    const c = created.json<{ id: string; engagementScore: number }>();
    expect(c.id).toMatch(/^cus_/);
    expect(c.engagementScore).toBe(50);
    expect((await ws.json('GET', `/api/v1/customers/${c.id}`)).email).toBe('michael@example.com');
    const list = await ws.json<{ items: Array<{ id: string }> }>(
      'GET',
      '/api/v1/customers?q=michael',
    );
    expect(list.items.map((x) => x.id)).toContain(c.id);
    const patched = await ws.json('PATCH', `/api/v1/customers/${c.id}`, { segment: 'consumer' });
    expect(patched.segment).toBe('consumer');
    expect(patched.name).toBe('Michael A');
    const other = await ws.json<{ id: string }>('POST', '/api/v1/customers', { name: 'Other' });
    const batch = await ws.json<{ items: Array<{ id: string }> }>(
      'GET',
      `/api/v1/customers?ids=${c.id},${other.id},cus_missing`,
    );
    expect(batch.items.map((x) => x.id).sort()).toEqual([c.id, other.id].sort());
    expect((await ws.call('DELETE', `/api/v1/customers/${c.id}`)).statusCode).toBe(204);
    expect((await ws.call('GET', `/api/v1/customers/${c.id}`)).statusCode).toBe(404);
  });

  it('stores an empty or blank name as no name (null), on create and on update', async () => {
    for (const name of ['', '   ', '\t \n']) {
      const created = await ws.call('POST', '/api/v1/customers', {
        name,
        email: 'nameless@example.com',
      });
      expect(created.statusCode).toBe(201);
      const c = created.json<{ id: string; name: string | null }>();
      expect(c.name).toBeNull();
      expect((await ws.json('GET', `/api/v1/customers/${c.id}`)).name).toBeNull();
    }
    const named = await ws.json<{ id: string }>('POST', '/api/v1/customers', { name: ' Ana B ' });
    expect((await ws.json('GET', `/api/v1/customers/${named.id}`)).name).toBe('Ana B');
    const patched = await ws.json('PATCH', `/api/v1/customers/${named.id}`, { name: '  ' });
    expect(patched.name).toBeNull();
    expect((await ws.json('GET', `/api/v1/customers/${named.id}`)).name).toBeNull();
  });

  it('stores a blank externalId or segment as none (null): two customers may both leave them blank', async () => {
    const made = [];
    for (const blank of ['', '  ']) {
      const res = await ws.call('POST', '/api/v1/customers', {
        name: 'Blank ids',
        externalId: blank,
        segment: blank,
      });
      expect(res.statusCode).toBe(201);
      made.push(res.json<{ id: string; externalId: string | null; segment: string | null }>());
    }
    for (const c of made) {
      const read = await ws.json('GET', `/api/v1/customers/${c.id}`);
      expect([read.externalId, read.segment]).toEqual([null, null]);
    }
    const kept = await ws.json<{ id: string }>('POST', '/api/v1/customers', {
      externalId: 'crm-77',
      segment: 'smb',
    });
    const cleared = await ws.json('PATCH', `/api/v1/customers/${kept.id}`, {
      externalId: ' ',
      segment: '',
    });
    expect([cleared.externalId, cleared.segment]).toEqual([null, null]);
  });

  describe('bad input is refused with a problem naming the field, and changes nothing', () => {
    const count = async () =>
      (await ws.json<{ items: unknown[] }>('GET', '/api/v1/customers?limit=500')).items.length;

    it('a wrong type', async () => {
      const before = await count();
      const res = await ws.call('POST', '/api/v1/customers', { name: 'X', email: 42 });
      expect(res.statusCode).toBe(422);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const p = res.json<{ code: string; errors: Array<{ field: string }> }>();
      expect(p.code).toBe('validation');
      expect(p.errors[0]?.field).toBe('email');
      expect(await count()).toBe(before);
    });

    it('malformed JSON', async () => {
      const before = await count();
      const res = await ws.call('POST', '/api/v1/customers', '{"name": "x",', {
        'content-type': 'application/json',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ code: string; errors: Array<{ field: string }> }>().errors[0]?.field).toBe(
        'body',
      );
      expect(await count()).toBe(before);
    });

    it('an oversize body', async () => {
      const before = await count();
      const res = await ws.call('POST', '/api/v1/customers', {
        name: 'x',
        attributes: { blob: 'y'.repeat(2_000_000) },
      });
      expect(res.statusCode).toBe(413);
      expect(res.json<{ code: string }>().code).toBe('payload_too_large');
      expect(await count()).toBe(before);
    });

    it('an unknown key', async () => {
      const res = await api.app.inject({
        method: 'POST',
        url: '/api/v1/customers',
        headers: { authorization: `Bearer rk.${ws.id}.not-a-real-secret` },
        payload: { name: 'x' },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json<{ code: string }>().code).toBe('unauthenticated');
      const none = await api.app.inject({ method: 'GET', url: '/api/v1/customers' });
      expect(none.statusCode).toBe(401);
    });

    it('a reference to an employee of another workspace', async () => {
      const other = await api.workspace('Other');
      const emp = await other.json<{ id: string }>('POST', '/api/v1/employees', {
        name: 'Foreign',
      });
      const res = await ws.call('POST', '/api/v1/customers', {
        name: 'x',
        relationshipOwnerId: emp.id,
      });
      expect(res.statusCode).toBe(422);
      expect(res.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe(
        'relationshipOwnerId',
      );
    });
  });

  it('replays a retried create with the same Idempotency-Key and refuses a different body', async () => {
    const headers = { 'idempotency-key': 'create-customer-1' };
    const a = await ws.call('POST', '/api/v1/customers', { name: 'Once' }, headers);
    const b = await ws.call('POST', '/api/v1/customers', { name: 'Once' }, headers);
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.headers['idempotent-replayed']).toBe('true');
    expect(b.json()).toEqual(a.json());
    const list = await ws.json<{ items: unknown[] }>('GET', '/api/v1/customers?q=once');
    expect(list.items).toHaveLength(1);
    const c = await ws.call('POST', '/api/v1/customers', { name: 'Twice' }, headers);
    expect(c.statusCode).toBe(422);
    expect(c.json<{ code: string }>().code).toBe('idempotency_mismatch');
  });

  it('runs concurrent duplicates once', async () => {
    const headers = { 'idempotency-key': 'race-1' };
    const all = await Promise.all(
      Array.from({ length: 10 }, () =>
        ws.call('POST', '/api/v1/customers', { name: 'Racer' }, headers),
      ),
    );
    expect(all.every((r) => r.statusCode === 201)).toBe(true);
    expect(new Set(all.map((r) => r.json<{ id: string }>().id)).size).toBe(1);
    const list = await ws.json<{ items: unknown[] }>('GET', '/api/v1/customers?q=racer');
    expect(list.items).toHaveLength(1);
  });
});
