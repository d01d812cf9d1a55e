import {
  analyzeInteraction,
  recomputeEngagement,
  systemIds,
  type Deps,
  type Repos,
} from '@rapport/core';
import { describeEachDialect, factory, FakeClock, keywordAnalyzer } from '@rapport/testing';
import { sql, type Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { backfillEngagementTextUntil } from '../migrations/0018_engagement_text_until.ts';

describeEachDialect('engagement and journey repositories', (db) => {
  const clock = new FakeClock('2026-02-01T12:00:00.000Z');
  const ids = systemIds(() => clock.now().getTime());
  const analyzer = keywordAnalyzer();

  async function world() {
    const { store } = db();
    const f = factory(store, { clock, ids });
    await f.workspace();
    const write = <T>(fn: (d: Deps) => Promise<T>) =>
      store.write((r: Repos) => fn({ r, clock, ids }));
    return { store, f, write };
  }

  it('applies touchpoints in time order whatever order they arrive in', async () => {
    const { store, f, write } = await world();
    const c = await f.customer();
    const at = (day: number) => `2026-01-0${day}T10:00:00.000Z`;
    const made = [
      await f.interaction({ customerId: c.id, occurredAt: at(3), outcome: 'unresolved' }),
      await f.interaction({
        customerId: c.id,
        occurredAt: at(1),
        outcome: 'resolved',
        transcript: [
          { speaker: 'customer', text: 'Where is my parcel?' },
          { speaker: 'agent', text: 'Let me look.' },
          { speaker: 'customer', text: 'Thank you, that was amazing!' },
        ],
      }),
      await f.interaction({ customerId: c.id, occurredAt: at(2), expectation: 'exceeded' }),
    ];
    // Arrival order: day 3, day 1, day 2 — each recomputed from its own time on.
    for (const i of made) {
      await write(async (d) => {
        await analyzeInteraction({ ...d, analyzer }, i, 'arrival');
        await recomputeEngagement(d, f.ws, c.id, i.occurredAt);
      });
    }
    const events = await store.read((r) => r.engagement.events(f.ws, c.id));
    expect(events.map((e) => e.at)).toEqual([at(1), at(2), at(3)]);
    expect(events[0]?.before).toBe(50);
    expect(events[1]?.before).toBe(events[0]?.after);
    expect(events[2]?.before).toBe(events[1]?.after);
    expect(events[0]?.reasons.map((r) => r.factor)).toEqual(['outcome', 'emotion', 'praise']);
    expect(events[2]?.delta).toBeLessThan(0);
    const customer = await store.read((r) => r.customers.get(f.ws, c.id));
    expect(customer?.engagementScore).toBe(events[2]?.after);

    // A full recompute agrees with the piecewise one.
    const full = await write((d) => recomputeEngagement(d, f.ws, c.id, null));
    expect(full?.steps.map((s) => [s.before, s.after])).toEqual(
      events.map((e) => [e.before, e.after]),
    );
    expect((await store.read((r) => r.engagement.events(f.ws, c.id))).length).toBe(3);
  });

  it('loads a customer’s touchpoints with their surveys and signals, from a time on', async () => {
    const { store, f, write } = await world();
    const c = await f.customer();
    const old = await f.interaction({
      customerId: c.id,
      occurredAt: '2026-01-01T00:00:00.000Z',
      note: 'Customer was furious.',
    });
    const late = await f.interaction({
      customerId: c.id,
      occurredAt: '2026-01-10T00:00:00.000Z',
      transcript: [{ speaker: 'customer', text: 'haha thanks' }],
    });
    await write(async (d) => {
      await analyzeInteraction({ ...d, analyzer }, old, 'arrival');
      await analyzeInteraction({ ...d, analyzer }, late, 'arrival');
    });
    const since = await store.read((r) =>
      r.engagement.touchpoints(f.ws, c.id, '2026-01-05T00:00:00.000Z'),
    );
    expect(since.interactions.map((i) => i.id)).toEqual([late.id]);
    expect(since.signals.map((s) => [s.interactionId, s.sourceType, s.speaker])).toEqual([
      [late.id, 'message', 'customer'],
    ]);
    const all = await store.read((r) => r.engagement.touchpoints(f.ws, c.id, null));
    expect(all.signals).toHaveLength(2);
    expect(
      await store.read((r) => r.engagement.lastBefore(f.ws, c.id, '2026-01-05T00:00:00.000Z')),
    ).toBeUndefined();
  });

  it('counts signals by stage, sentiment and Ekman set, with every filter', async () => {
    const { store, f, write } = await world();
    const vip = await f.customer({ segment: 'vip' });
    const other = await f.customer({ segment: 'standard' });
    const chat = await f.interaction({
      customerId: vip.id,
      channel: 'chat',
      stage: 'support',
      occurredAt: '2026-01-02T00:00:00.000Z',
      transcript: [
        { speaker: 'customer', text: 'Where is my parcel?' },
        { speaker: 'agent', text: 'Thanks for waiting!' },
        { speaker: 'customer', text: 'haha thank you' },
        { speaker: 'system', text: 'Chat ended' },
      ],
    });
    const call = await f.interaction({
      customerId: other.id,
      channel: 'phone',
      stage: 'purchase',
      occurredAt: '2026-01-20T00:00:00.000Z',
      note: 'Customer was rude.',
    });
    await write(async (d) => {
      await analyzeInteraction({ ...d, analyzer }, chat, 'arrival');
      await analyzeInteraction({ ...d, analyzer }, call, 'arrival');
    });
    const count = (filter: Parameters<Repos['journey']['emotionCounts']>[1]) =>
      store.read(async (r) =>
        (await r.journey.emotionCounts(f.ws, filter))
          .map((x) => `${x.stage}/${x.sentiment}/${x.ekman.join('+')}=${x.n}`)
          .sort(),
      );
    expect(await count({ speaker: 'customer' })).toEqual([
      'purchase/negative/anger=1',
      'support/negative/anger=1',
      'support/positive/joy=1',
    ]);
    expect(await count({ speaker: 'agent' })).toEqual(['support/positive/joy=1']);
    expect((await count({ speaker: 'all' })).length).toBe(3);
    expect(await count({ speaker: 'all', segment: 'standard' })).toEqual([
      'purchase/negative/anger=1',
    ]);
    expect(
      await count({
        speaker: 'all',
        channel: 'chat',
        from: '2026-01-01T00:00:00.000Z',
        to: '2026-01-03T00:00:00.000Z',
      }),
    ).toEqual(['support/negative/anger=1', 'support/positive/joy=2']);
    expect(await store.read((r) => r.journey.countTextSources(f.ws, 'interaction'))).toBe(2);
    const first = await store.read((r) => r.journey.textSources(f.ws, 'interaction', null, 1));
    const rest = await store.read((r) =>
      r.journey.textSources(f.ws, 'interaction', first[0] ?? null, 10),
    );
    expect([...first, ...rest].sort()).toEqual([chat.id, call.id].sort());
  });
});

describeEachDialect('engagement steps quoting words (raw-text retention)', (db) => {
  const step = (id: string, customerId: string, at: string, detail: string) => ({
    workspaceId: 'ws_quotes',
    customerId,
    id,
    at,
    interactionId: null,
    responseId: null,
    before: 50,
    after: 45,
    delta: -5,
    reasons: [{ factor: 'churn_risk' as const, detail, points: -5 }],
  });

  it('finds each customer whose steps quote words before a time, from the oldest, also after the backfill', async () => {
    const { store } = db();
    await store.write(async (r) => {
      await r.engagement.replaceFrom('ws_quotes', 'cus_a', null, [
        step('e1', 'cus_a', '2020-01-02T00:00:00.000Z', 'cancel my plan'),
        step('e2', 'cus_a', '2020-01-05T00:00:00.000Z', 'switching banks'),
      ]);
      await r.engagement.replaceFrom('ws_quotes', 'cus_b', null, [
        step('e3', 'cus_b', '2020-01-03T00:00:00.000Z', 'churn risk 0.80'),
      ]);
      await r.engagement.replaceFrom('ws_quotes', 'cus_c', null, [
        step('e4', 'cus_c', '2026-01-03T00:00:00.000Z', 'never again'),
      ]);
    });
    const want = [{ customerId: 'cus_a', from: '2020-01-02T00:00:00.000Z' }];
    const found = () =>
      store.read((r) => r.engagement.quotingWordsBefore('ws_quotes', '2021-01-01', 10));
    expect(await found()).toEqual(want);
    await sql`update engagement_events set text_until = null`.execute(store.db);
    await backfillEngagementTextUntil(store.db as unknown as Kysely<unknown>);
    expect(await found()).toEqual(want);
  });
});
