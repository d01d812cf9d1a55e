import type { Signal } from '@rapport/core';
import { describeEachDialect, factory } from '@rapport/testing';
import { expect, it } from 'vitest';

describeEachDialect('signals', (db) => {
  it('stores one signal per source message and replaces it on re-analysis', async () => {
    const { store } = db();
    const f = factory(store);
    await f.workspace();
    const c = await f.customer();
    const i = await f.interaction({
      customerId: c.id,
      transcript: [{ speaker: 'customer', text: 'Where is my parcel?' }],
    });
    const base: Signal = {
      id: 'sig_1',
      workspaceId: f.ws,
      sourceType: 'message',
      sourceId: i.id,
      seq: 0,
      customerId: c.id,
      interactionId: i.id,
      responseId: null,
      channel: 'chat',
      stage: 'support',
      speaker: 'customer',
      sentiment: 'negative',
      ekman: ['anger'],
      emotions: { annoyance: 0.81, anger: 0.77 },
      praise: 0.02,
      churnRisk: 0.1,
      effort: 0.3,
      humour: 0,
      urgency: 0.2,
      escalation: 'none',
      triggers: { effort: ['where is my parcel'] },
      modelVersion: 'test-1',
      at: '2026-01-01T10:00:00.000Z',
      createdAt: '2026-01-01T10:00:01.000Z',
    };
    await store.write((r) => r.signals.upsert(base));
    await store.write((r) =>
      r.signals.upsert({ ...base, id: 'sig_2', sentiment: 'neutral', modelVersion: 'test-2' }),
    );
    const got = await store.read((r) => r.signals.bySource(f.ws, 'message', i.id));
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({
      sentiment: 'neutral',
      modelVersion: 'test-2',
      emotions: { annoyance: 0.81 },
      triggers: { effort: ['where is my parcel'] },
    });
    expect(
      (await store.read((r) => r.signals.byCustomer(f.ws, c.id, 10))).map((s) => s.seq),
    ).toEqual([0]);
    expect(await store.write((r) => r.signals.deleteForCustomer(f.ws, c.id))).toBe(1);
  });
});
