/**
 * Outbound webhooks come from a transactional outbox (issue 9, item 2): the delivery and its
 * job are written in the transaction of the change, so an event is never sent for a change
 * that rolled back — also when the failed change shared a group commit (SQLite) with changes
 * that committed, each in its own savepoint — and an event of a committed change is never lost.
 */
import { emitWebhook } from '@rapport/core';
import { describeEachDialect } from '@rapport/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi, type TestApi, type TestWorkspace } from '../testing/harness.ts';

describeEachDialect('webhook outbox', (db) => {
  let api: TestApi;
  let ws: TestWorkspace;
  let failed = 0;

  beforeAll(async () => {
    api = await testApi(db().store);
    ws = await api.workspace('Outbox');
    await ws.json('POST', '/api/v1/webhooks', {
      url: 'https://receiver.example/hook',
      events: ['case.*'],
    });
  });
  afterAll(async () => {
    await api.close();
    console.log(`[outbox ${db().dialect}] cases tried: 20, failed: ${failed}`);
  });

  it('keeps the events of committed changes and none of the rolled-back ones, under concurrency', async () => {
    const store = db().store;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, k) =>
        store.write(async (r) => {
          await emitWebhook(
            { r, clock: api.clock, ids: api.ids },
            ws.id,
            'case.opened',
            { k },
            `case-${k}`,
          );
          if (k % 2) throw new Error(`change ${k} fails after emitting`);
          return k;
        }),
      ),
    );
    const committed = results.flatMap((x) => (x.status === 'fulfilled' ? [x.value] : []));
    expect(committed.sort((a, b) => a - b)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
    const deliveries = await store.db
      .selectFrom('webhook_deliveries')
      .select(['id', 'payload'])
      .where('workspace_id', '=', ws.id)
      .execute();
    const ks = deliveries
      .map(
        (d) =>
          (typeof d.payload === 'string' ? JSON.parse(d.payload) : d.payload) as {
            data: { k: number };
          },
      )
      .map((p) => p.data.k)
      .sort((a, b) => a - b);
    if (JSON.stringify(ks) !== JSON.stringify(committed)) failed++;
    expect(ks).toEqual(committed);
    const jobs = await store.db
      .selectFrom('jobs')
      .select('payload')
      .where('workspace_id', '=', ws.id)
      .where('name', '=', 'webhook.deliver')
      .execute();
    const delivered = new Set(deliveries.map((d) => d.id));
    const jobFor = jobs.map(
      (j) =>
        (typeof j.payload === 'string' ? JSON.parse(j.payload) : j.payload) as {
          deliveryId: string;
        },
    );
    expect(jobFor).toHaveLength(10);
    expect(jobFor.every((p) => delivered.has(p.deliveryId))).toBe(true);
  });
});
