import { loadSettings } from '@rapport/config';
import {
  closeCase,
  createCase,
  createRule,
  installDefaultRules,
  SIGNAL_CREATED_JOB,
  systemCtx,
  type Deps,
  type Signal,
} from '@rapport/core';
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
    // The webhook endpoints below are on loopback on purpose: allow it explicitly.
    const settings = loadSettings({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
    const worker = createWorker({
      store,
      registry: createRapportRegistry(),
      clock,
      ids,
      logger,
      settings,
    });
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

  it('churn words in a comment open a case for the relationship owner and tag the customer', async () => {
    const { f, worker, store, clock, ids } = await setup();
    const owner = await f.employee({ name: 'Account Owner' });
    const lead = await f.employee({ name: 'Lead' });
    const team = await f.team('Phones', lead.id);
    const agent = await f.employee({ name: 'Agent', teamId: team.id });
    const c = await f.customer({ relationshipOwnerId: owner.id });
    const call = await f.interaction({ customerId: c.id, employeeIds: [agent.id] });
    const now = clock.now().toISOString();
    const signal: Signal = {
      id: ids.id('sig'),
      workspaceId: f.ws,
      sourceType: 'message',
      sourceId: call.id,
      seq: 0,
      customerId: c.id,
      interactionId: call.id,
      responseId: null,
      channel: 'phone',
      stage: 'support',
      speaker: 'customer',
      sentiment: 'negative',
      ekman: [],
      emotions: { disappointment: 0.4 },
      praise: 0,
      churnRisk: 0.3,
      effort: 0,
      humour: 0,
      urgency: 0,
      escalation: 'none',
      triggers: { churn_risk: ['moving all of my accounts'] },
      modelVersion: 'test',
      at: now,
      createdAt: now,
    };
    await store.write(async (r) => {
      await r.signals.upsert(signal);
      await r.jobs.enqueue(
        f.ws,
        { name: SIGNAL_CREATED_JOB, payload: { signalId: signal.id } },
        ids.id('job'),
        now,
      );
    });
    await worker.drain();
    const cases = await store.read((r) => r.cases.list(f.ws, { customerId: c.id }, { limit: 10 }));
    expect(cases.items.map((x) => [x.reason, x.ownerId])).toEqual([['churn_risk', owner.id]]);
    expect((await store.read((r) => r.customers.get(f.ws, c.id)))?.attributes.tags).toEqual([
      'at-risk',
    ]);
  });

  it('a rule of its own notifies people and sends rule.matched to webhooks', async () => {
    const { f, worker, store, write, lines } = await setup();
    const lead = await f.employee({ name: 'Lead', email: 'lead@example.com' });
    const team = await f.team('Stores', lead.id);
    const agent = await f.employee({ name: 'Agent', teamId: team.id });
    await write((d) =>
      createRule(d, systemCtx(f.ws), {
        name: 'Unresolved store visits',
        trigger: 'interaction',
        condition: { interaction: { channels: ['in_store'], outcomes: ['unresolved'] } },
        actions: [
          { type: 'notify', to: ['team_lead', 'cx@example.com'], subject: 'Unresolved visit' },
          { type: 'webhook' },
        ],
      }),
    );
    await store.write((r) =>
      r.webhooks.insertEndpoint({
        id: 'whk_rule',
        workspaceId: f.ws,
        url: 'http://127.0.0.1:9/hook',
        secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
        events: ['rule.matched'],
        enabled: true,
        description: null,
        createdAt: '2026-03-02T09:00:00.000Z',
      }),
    );
    const c = await f.customer();
    await f.interaction({
      customerId: c.id,
      channel: 'in_store',
      outcome: 'resolved',
      employeeIds: [agent.id],
    });
    await f.interaction({
      customerId: c.id,
      channel: 'in_store',
      outcome: 'unresolved',
      employeeIds: [agent.id],
    });
    await worker.drain(); // the delivery to port 9 fails and waits for its backoff
    const sent = lines.filter(
      (l) => l.msg === 'SMTP_URL is not set: notification logged, not sent',
    );
    expect(sent.map((l) => l.obj)).toEqual([
      { to: 'lead@example.com', subject: 'Unresolved visit' },
      { to: 'cx@example.com', subject: 'Unresolved visit' },
    ]);
    const deliveries = await store.read((r) =>
      r.webhooks.listDeliveries(f.ws, 'whk_rule', { limit: 10 }),
    );
    expect(
      deliveries.items.map((d) => [d.eventType, (d.payload.data.rule as { name: string }).name]),
    ).toEqual([['rule.matched', 'Unresolved store visits']]);
  });
});
