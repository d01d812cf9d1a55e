import { systemCtx, systemIds, createCustomer, type Customer } from '@rapport/core';
import { describeEachDialect, factory, FakeClock } from '@rapport/testing';
import { MIGRATIONS } from './migrations/index.ts';
import { sql } from 'kysely';
import { expect, it } from 'vitest';

describeEachDialect('store', (get) => {
  it('migrates to the latest schema, and again without change', async () => {
    const { store } = get();
    const again = await store.migrate();
    expect(again.applied).toEqual([]);
    expect(again.current).toBe(MIGRATIONS.at(-1)?.[0]);
  });

  it('keeps times in UTC with millisecond precision', async () => {
    const { store } = get();
    const clock = new FakeClock('2026-03-04T05:06:07.089Z');
    const f = factory(store, { clock });
    await f.workspace();
    const c = await f.customer();
    const back = await store.read((r) => r.customers.get(f.ws, c.id));
    expect(back?.createdAt).toBe('2026-03-04T05:06:07.089Z');
    const i = await f.interaction({
      customerId: c.id,
      occurredAt: '2026-03-04T07:08:09.123+02:00',
    });
    const ib = await store.read((r) => r.interactions.get(f.ws, i.id));
    expect(ib?.occurredAt).toBe('2026-03-04T05:08:09.123Z');
  });

  it('round-trips JSON, flags and transcripts the same on both engines', async () => {
    const { store } = get();
    const f = factory(store);
    await f.workspace();
    const agent = await f.employee({ name: 'Jessica C' });
    const c = await f.customer({
      attributes: { plan: 'intl', tags: ['vip'], n: 3 },
      consent: { sms: false },
    });
    expect(c.consent).toEqual({ email: true, sms: false });
    const back = (await store.read((r) => r.customers.get(f.ws, c.id))) as Customer;
    expect(back.attributes).toEqual({ plan: 'intl', tags: ['vip'], n: 3 });
    expect(back.consent).toEqual({ email: true, sms: false });
    const i = await f.interaction({
      customerId: c.id,
      employeeIds: [agent.id],
      transcript: [
        { speaker: 'customer', text: 'Where is my parcel?' },
        { speaker: 'agent', employeeId: agent.id, text: 'Let me check.' },
      ],
    });
    const ib = await store.read((r) => r.interactions.get(f.ws, i.id));
    expect(ib?.messages.map((m) => [m.seq, m.speaker, m.text])).toEqual([
      [0, 'customer', 'Where is my parcel?'],
      [1, 'agent', 'Let me check.'],
    ]);
    expect(ib?.employeeIds).toEqual([agent.id]);
  });

  it('never shows one workspace rows of another', async () => {
    const { store } = get();
    const a = factory(store);
    const b = factory(store);
    await a.workspace('A');
    await b.workspace('B');
    const ca = await a.customer({ email: 'same@example.com' });
    await b.customer({ email: 'same@example.com' });
    expect(await store.read((r) => r.customers.get(b.ws, ca.id))).toBeUndefined();
    const listB = await store.read((r) =>
      r.customers.list(b.ws, { email: 'same@example.com' }, { limit: 10 }),
    );
    expect(listB.items).toHaveLength(1);
    expect(listB.items[0]?.workspaceId).toBe(b.ws);
    expect(await store.read((r) => r.customers.delete(b.ws, ca.id))).toBe(false);
  });

  it('pages through lists with opaque cursors, without gaps or repeats', async () => {
    const { store } = get();
    const f = factory(store);
    await f.workspace();
    const c = await f.customer();
    const made: Array<{ id: string; at: string }> = [];
    for (let k = 0; k < 23; k++) {
      // Four distinct times: most pages end inside a run of equal times, ordered by id.
      const at = new Date(Date.UTC(2026, 0, 1 + (k % 4))).toISOString();
      const i = await f.interaction({ customerId: c.id, occurredAt: at });
      made.push({ id: i.id, at });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.read((r) =>
        r.interactions.list(f.ws, { customerId: c.id }, { limit: 5, cursor }),
      );
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const newestFirst = [...made]
      .sort((x, y) => (x.at === y.at ? (x.id < y.id ? 1 : -1) : x.at < y.at ? 1 : -1))
      .map((x) => x.id);
    expect(seen).toEqual(newestFirst);
  });

  it('escapes LIKE wildcards in searches', async () => {
    const { store } = get();
    const f = factory(store);
    await f.workspace();
    await f.customer({ name: 'Ann 100% Smith' });
    await f.customer({ name: 'Bob Jones' });
    const hit = await store.read((r) => r.customers.list(f.ws, { q: '100%' }, { limit: 10 }));
    expect(hit.items.map((c) => c.name)).toEqual(['Ann 100% Smith']);
    const none = await store.read((r) => r.customers.list(f.ws, { q: '%' }, { limit: 10 }));
    expect(none.items.map((c) => c.name)).toEqual(['Ann 100% Smith']);
  });

  it('rolls back only the failing write of a batch', async () => {
    const { store } = get();
    const f = factory(store);
    await f.workspace();
    const ids = systemIds();
    const clock = new FakeClock();
    const ctx = systemCtx(f.ws);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, k) =>
        store.write(async (r) => {
          const c = await createCustomer({ r, clock, ids }, ctx, { name: `batch ${k}` });
          if (k % 5 === 0) throw new Error(`boom ${k}`);
          return c;
        }),
      ),
    );
    expect(results.filter((x) => x.status === 'rejected')).toHaveLength(4);
    const names = (
      await store.read((r) => r.customers.list(f.ws, { q: 'batch' }, { limit: 100 }))
    ).items.map((c) => c.name);
    expect(names).toHaveLength(16);
    expect(names).not.toContain('batch 0');
    expect(names).toContain('batch 1');
  });

  it('writeEach reports each item and keeps the good ones', async () => {
    const { store } = get();
    const f = factory(store);
    await f.workspace();
    const ids = systemIds();
    const clock = new FakeClock();
    const ctx = systemCtx(f.ws);
    const out = await store.writeEach(['a', 'b', 'bad', 'c'], async (r, name) => {
      if (name === 'bad') throw new Error('bad line');
      return createCustomer({ r, clock, ids }, ctx, { name: `each-${name}` });
    });
    expect(out.map((o) => o.ok)).toEqual([true, true, false, true]);
    const names = (
      await store.read((r) => r.customers.list(f.ws, { q: 'each-' }, { limit: 10 }))
    ).items.map((c) => c.name);
    expect(names.sort()).toEqual(['each-a', 'each-b', 'each-c']);
  });

  it('rehearses a batch: reports each item as writeEach would, and stores nothing', async () => {
    const { store } = get();
    const f = factory(store);
    await f.workspace();
    const ids = systemIds();
    const clock = new FakeClock();
    const ctx = systemCtx(f.ws);
    const out = await store.rehearse(['a', 'bad', 'c'], async (r, name) => {
      if (name === 'bad') throw new Error('bad line');
      return createCustomer({ r, clock, ids }, ctx, { name: `rehearse-${name}` });
    });
    expect(out.map((o) => o.ok)).toEqual([true, false, true]);
    const found = await store.read((r) =>
      r.customers.list(f.ws, { q: 'rehearse-' }, { limit: 10 }),
    );
    expect(found.items).toEqual([]);
  });

  it('claims an idempotency key once and replays its response', async () => {
    const { store } = get();
    const f = factory(store);
    await f.workspace();
    const at = new Date().toISOString();
    const first = await store.write(async (r) => {
      const c = await r.idempotency.claim(f.ws, 'k1', 'h1', at);
      if (c.state === 'new') await r.idempotency.complete(f.ws, 'k1', 201, { id: 'x' });
      return c;
    });
    expect(first).toEqual({ state: 'new' });
    expect(await store.write((r) => r.idempotency.claim(f.ws, 'k1', 'h1', at))).toEqual({
      state: 'replay',
      status: 201,
      body: { id: 'x' },
    });
    expect(await store.write((r) => r.idempotency.claim(f.ws, 'k1', 'other', at))).toEqual({
      state: 'mismatch',
    });
    // The same key in another workspace is another key.
    const g = factory(store);
    await g.workspace();
    expect(await store.write((r) => r.idempotency.claim(g.ws, 'k1', 'h9', at))).toEqual({
      state: 'new',
    });
  });

  it('enqueues jobs in the same transaction and deduplicates by key', async () => {
    const { store } = get();
    const f = factory(store);
    await f.workspace();
    const now = new Date().toISOString();
    const a = await store.write((r) =>
      r.jobs.enqueue(f.ws, { name: 'x', payload: { n: 1 }, dedupeKey: 'd' }, 'job_a', now),
    );
    const b = await store.write((r) =>
      r.jobs.enqueue(f.ws, { name: 'x', payload: { n: 2 }, dedupeKey: 'd' }, 'job_b', now),
    );
    expect(a).toBe('job_a');
    expect(b).toBeNull();
    await expect(
      store.write(async (r) => {
        await r.jobs.enqueue(f.ws, { name: 'y', payload: {} }, 'job_c', now);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await store.read((r) => r.jobs.get(f.ws, 'job_c'))).toBeUndefined();
    expect((await store.read((r) => r.jobs.get(f.ws, 'job_a')))?.payload).toEqual({ n: 1 });
  });

  it('returns counts as numbers on both engines', async () => {
    const { store } = get();
    const f = factory(store);
    await f.workspace();
    const boss = await f.employee({ name: 'Boss' });
    await f.employee({ managerId: boss.id });
    await f.employee({ managerId: boss.id });
    expect(await store.read((r) => r.employees.countReports(f.ws, boss.id))).toBe(2);
    const raw = await sql<{ n: unknown }>`select count(*) as n from employees`.execute(store.db);
    expect(typeof raw.rows[0]?.n).toBe('number');
  });
});
