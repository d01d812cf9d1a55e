import { closeCase, createCase, installDefaultRules, systemCtx, type Deps } from '@rapport/core';
import { describeEachDialect, factory, FakeClock, idsFor } from '@rapport/testing';
import { expect, it } from 'vitest';
import { createRapportRegistry } from './jobs.ts';
import type { WorkerLogger } from './logger.ts';
import { createWorker } from './worker.ts';

function capturingLogger() {
  const lines: Array<{ msg: string; obj: object }> = [];
  const log = (obj: object, msg = '') => void lines.push({ msg, obj });
  const logger: WorkerLogger = { debug: log, info: log, warn: log, error: log };
  return { logger, lines };
}

describeEachDialect('closed-loop jobs', (db) => {
  async function setup() {
    const { store } = db();
    const clock = new FakeClock('2026-03-02T09:00:00.000Z');
    const ids = idsFor(clock);
    const f = factory(store, { clock, ids });
    await f.workspace();
    await store.write((r) => installDefaultRules({ r, clock, ids }, f.ws));
    const { logger, lines } = capturingLogger();
    const worker = createWorker({ store, registry: createRapportRegistry(), clock, ids, logger });
    const write = <T>(fn: (d: Deps) => Promise<T>) => store.write((r) => fn({ r, clock, ids }));
    return { store, clock, ids, f, worker, lines, write };
  }

  it('logs a notification instead of sending it when no SMTP server is set', async () => {
    const { f, worker, lines, write } = await setup();
    const boss = await f.employee({ name: 'Boss', email: 'boss@example.com' });
    const c = await f.customer();
    await write((d) =>
      createCase(d, systemCtx(f.ws), {
        reason: 'billing',
        priority: 'low',
        customerId: c.id,
        ownerId: boss.id,
      }),
    );
    const report = await worker.drain();
    expect(report.dead).toBe(0);
    const logged = lines.find(
      (l) => l.msg === 'SMTP_URL is not set: notification logged, not sent',
    );
    expect(logged?.obj).toEqual({
      to: 'boss@example.com',
      subject: 'New low-priority case: billing',
    });
  });

  it('an SLA timer of a case closed in time does nothing; an escalation without a manager still tells the owner', async () => {
    const { f, worker, clock, write, store } = await setup();
    const owner = await f.employee({ name: 'Lone Owner', email: 'lone@example.com' });
    const c = await f.customer();
    const kept = await write((d) =>
      createCase(d, systemCtx(f.ws), {
        reason: 'kept',
        priority: 'urgent',
        customerId: c.id,
        ownerId: owner.id,
      }),
    );
    const missed = await write((d) =>
      createCase(d, systemCtx(f.ws), {
        reason: 'missed',
        priority: 'urgent',
        customerId: c.id,
        ownerId: owner.id,
      }),
    );
    clock.advance(3_600_000);
    await write((d) =>
      closeCase(
        d,
        { workspaceId: f.ws, actor: { ...systemCtx(f.ws).actor, kind: 'user', id: 'usr_1' } },
        kept.id,
        {
          outcome: 'recovered',
        },
      ),
    );
    clock.advance(4 * 3_600_000);
    await worker.drain();
    const after = await store.read(async (r) => [
      await r.cases.get(f.ws, kept.id),
      await r.cases.get(f.ws, missed.id),
    ]);
    expect(after[0]).toMatchObject({ status: 'closed', escalationLevel: 0, slaBreachedAt: null });
    expect(after[1]).toMatchObject({ status: 'open', escalationLevel: 1, escalatedToId: null });
    expect(after[1]?.slaBreachedAt).toBe('2026-03-02T13:00:00.000Z');
  });

  it('a delivery to an endpoint deleted meanwhile is logged as failed, not retried', async () => {
    const { f, worker, ids, clock, store } = await setup();
    const endpoint = {
      id: ids.id('whk'),
      workspaceId: f.ws,
      url: 'http://127.0.0.1:9/hook',
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      events: ['*'],
      enabled: true,
      description: null,
      createdAt: clock.now().toISOString(),
    };
    await store.write((r) => r.webhooks.insertEndpoint(endpoint));
    const c = await f.customer();
    await store.write((r) =>
      createCase({ r, clock, ids }, systemCtx(f.ws), {
        reason: 'x',
        priority: 'low',
        customerId: c.id,
      }),
    );
    await store.write((r) => r.webhooks.deleteEndpoint(f.ws, endpoint.id));
    const report = await worker.drain();
    expect(report).toMatchObject({ dead: 0, retried: 0 });
    const rows = await store.db
      .selectFrom('webhook_deliveries')
      .select(['status', 'last_error'])
      .where('workspace_id', '=', f.ws)
      .execute();
    expect(rows).toEqual([{ status: 'failed', last_error: 'endpoint deleted' }]);
  });
});
