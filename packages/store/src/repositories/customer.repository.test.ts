import { describeEachDialect, factory, FakeClock } from '@rapport/testing';
import { runActions, systemIds, type Facts, type Repos, type Rule } from '@rapport/core';
import { expect, it } from 'vitest';

/**
 * A customer has several writers: a person's edit, the engagement recompute, STOP/START and
 * a rule's tag. Each writes only its own columns, so one read before another's write cannot
 * undo it.
 */
describeEachDialect('customer repository writers', (db) => {
  const clock = new FakeClock('2026-03-01T09:00:00.000Z');
  const ids = systemIds(() => clock.now().getTime());

  async function oneCustomer() {
    const { store } = db();
    const f = factory(store, { clock, ids });
    await f.workspace();
    const c = await f.customer({ attributes: { tags: ['vip'] } });
    return { store, ws: f.ws, c };
  }

  it('an edit read before the score and the opt-out changed leaves both as they are', async () => {
    const { store, ws, c } = await oneCustomer();
    const read = await store.read((r) => r.customers.get(ws, c.id));
    if (!read) throw new Error('customer not stored');
    await store.write(async (r) => {
      await r.customers.setEngagementScore(ws, c.id, 73.25);
      await r.customers.setOptedOut(
        ws,
        c.id,
        '2026-03-01T10:00:00.000Z',
        '2026-03-01T10:00:00.000Z',
      );
    });
    await store.write((r) =>
      r.customers.update({ ...read, name: 'Renamed', updatedAt: '2026-03-01T11:00:00.000Z' }),
    );
    const now = await store.read((r) => r.customers.get(ws, c.id));
    expect(now?.name).toBe('Renamed');
    expect(now?.engagementScore).toBe(73.25);
    expect(now?.optedOutAt).toBe('2026-03-01T10:00:00.000Z');
    await store.write((r) => r.customers.setOptedOut(ws, c.id, null, '2026-03-01T12:00:00.000Z'));
    expect((await store.read((r) => r.customers.get(ws, c.id)))?.optedOutAt).toBeNull();
  });

  it('replaces the attributes only over the version it read', async () => {
    const { store, ws, c } = await oneCustomer();
    const stale = c.updatedAt;
    const first = await store.write((r) =>
      r.customers.replaceAttributes(
        ws,
        c.id,
        { tags: ['vip', 'a'] },
        stale,
        '2026-03-01T09:00:01.000Z',
      ),
    );
    const second = await store.write((r) =>
      r.customers.replaceAttributes(
        ws,
        c.id,
        { tags: ['vip', 'b'] },
        stale,
        '2026-03-01T09:00:02.000Z',
      ),
    );
    expect([first, second]).toEqual([true, false]);
    const now = await store.read((r) => r.customers.get(ws, c.id));
    expect(now?.attributes).toEqual({ tags: ['vip', 'a'] });
    expect(now?.updatedAt).toBe('2026-03-01T09:00:01.000Z');
  });

  it('writes nothing in another workspace', async () => {
    const { store, ws, c } = await oneCustomer();
    const other = factory(store, { clock, ids });
    await other.workspace();
    await store.write(async (r) => {
      await r.customers.setEngagementScore(other.ws, c.id, 1);
      await r.customers.setOptedOut(
        other.ws,
        c.id,
        '2026-03-02T00:00:00.000Z',
        '2026-03-02T00:00:00.000Z',
      );
      expect(
        await r.customers.replaceAttributes(other.ws, c.id, {}, c.updatedAt, c.updatedAt),
      ).toBe(false);
    });
    const now = await store.read((r) => r.customers.get(ws, c.id));
    expect(now).toEqual(c);
  });

  it("a rule's tag written while another tag lands keeps both (compare and set, retried)", async () => {
    const { store, ws, c } = await oneCustomer();
    const rule: Rule = {
      id: 'rul_1',
      workspaceId: ws,
      name: 'Churn words',
      enabled: true,
      trigger: 'signal',
      condition: { all: [] },
      actions: [{ type: 'tag', tag: 'at-risk' }],
      createdAt: c.createdAt,
      updatedAt: c.createdAt,
    };
    const facts: Facts = {
      trigger: 'signal',
      subjectId: 'sig_1',
      at: c.createdAt,
      customer: c,
      interaction: null,
      response: null,
      signal: null,
      lowScore: null,
      scores: [],
      text: null,
    };
    let interfered = false;
    const outcomes = await store.write((r: Repos) => {
      // Between the rule's first read and its write, someone else tags the customer.
      const customers: Repos['customers'] = {
        ...r.customers,
        get: async (w, id) => {
          const read = await r.customers.get(w, id);
          if (read && !interfered) {
            interfered = true;
            const tags = [...((read.attributes.tags as string[]) ?? []), 'vip-call'];
            await r.customers.replaceAttributes(
              w,
              id,
              { tags },
              read.updatedAt,
              '2026-03-01T09:30:00.000Z',
            );
          }
          return read;
        },
      };
      return runActions({ r: { ...r, customers }, clock, ids }, ws, rule, facts);
    });
    expect(interfered).toBe(true);
    expect(outcomes).toEqual([{ type: 'tag', result: 'at-risk' }]);
    const now = await store.read((r) => r.customers.get(ws, c.id));
    expect(now?.attributes.tags).toEqual(['vip', 'vip-call', 'at-risk']);
  });
});
