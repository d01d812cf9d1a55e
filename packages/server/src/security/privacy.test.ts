/**
 * Privacy (issue 9, item 8): a customer's data exported as JSON and erased from every table —
 * interactions and transcripts, invitations, responses and answers, signals, cases, praise,
 * tasks, engagement, queued jobs and stored idempotent replies — with metric roll-ups left as
 * they were, other customers untouched and an audit entry for each; the raw-text retention
 * job; admins only. The erasure is checked by scanning every column of every table for the
 * customer's id, name, e-mail, phone and texts.
 */
import {
  INVITATION_STATUSES,
  receiveReply,
  recomputeEngagement,
  startConversation,
  transactionalCsatSurvey,
  type Signal,
} from '@rapport/core';
import { describeEachDialect } from '@rapport/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { retentionJob } from '@rapport/worker';
import { testApi, type TestApi } from '../testing/harness.ts';
import { seedWorkspace, type SeededWorkspace } from '../testing/security-world.ts';
import { changedTables, fingerprint, tablesAndColumns } from './fuzz/fingerprint.ts';

let tried = 0;
let failed = 0;
const check = (ok: boolean) => {
  tried++;
  if (!ok) failed++;
  return ok;
};

describeEachDialect('privacy: export, erasure, retention', (db) => {
  let api: TestApi;
  let w: SeededWorkspace;
  let customer: string;
  const TEXTS = ['Privacy says hello 0', 'Secret note about her divorce', 'Lovely'];

  /** Every table's rows that mention any of the needles, as "table: row". */
  async function traces(needles: string[]): Promise<string[]> {
    const out: string[] = [];
    for (const { table } of await tablesAndColumns(db().store)) {
      const rows = (
        await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db().store.db)
      ).rows;
      for (const row of rows) {
        const text = JSON.stringify(row);
        if (needles.some((n) => text.includes(n))) out.push(`${table}: ${text.slice(0, 160)}`);
      }
    }
    return out;
  }

  beforeAll(async () => {
    api = await testApi(db().store);
    w = await seedWorkspace(api, 'Privacy');
    customer = w.ids.customers ?? '';
    const ws = w.ws;
    // More about the customer: an invitation, an idempotent interaction, a signal, engagement.
    await ws.json(
      'POST',
      '/api/v1/interactions',
      {
        customerId: customer,
        channel: 'phone',
        stage: 'support',
        occurredAt: new Date().toISOString(),
        employeeIds: [w.ids.employees],
        note: TEXTS[1],
      },
      { 'idempotency-key': 'privacy-1' },
    );
    const survey = await ws.json<{ id: string }>('POST', '/api/v1/surveys', {
      definition: (await import('@rapport/core')).relationshipNpsSurvey({ id: 'nps' }),
      status: 'live',
    });
    await ws.json('POST', '/api/v1/invitations', {
      surveyId: survey.id,
      customerId: customer,
      channel: 'web',
    });
    const now = new Date().toISOString();
    const signal: Signal = {
      id: api.ids.id('sig'),
      workspaceId: ws.id,
      sourceType: 'interaction_note',
      sourceId: w.ids.interactions ?? '',
      seq: 0,
      customerId: customer,
      interactionId: w.ids.interactions ?? null,
      responseId: null,
      channel: 'chat',
      stage: 'support',
      speaker: null,
      sentiment: 'negative',
      ekman: ['sadness'],
      emotions: { sadness: 0.8 },
      praise: 0,
      churnRisk: 0.7,
      effort: 0.1,
      humour: 0,
      urgency: 0,
      escalation: 'none',
      triggers: { churn_risk: ['divorce'] },
      modelVersion: 'test',
      at: now,
      createdAt: now,
    };
    await db().store.write((r) => r.signals.upsert(signal));
    await db()
      .store.db.insertInto('engagement_events')
      .values({
        workspace_id: ws.id,
        customer_id: customer,
        id: api.ids.id('eng'),
        at: now,
        interaction_id: w.ids.interactions ?? null,
        response_id: null,
        before: 50,
        after: 40,
        delta: -10,
        reasons: JSON.stringify(['negative note']),
      })
      .execute();
  }, 120_000);
  afterAll(async () => {
    await api.close();
    console.log(`[privacy] cases tried: ${tried}, failed: ${failed}`);
  });

  it('exports everything about the customer as JSON, to admins only, and audits it', async () => {
    for (const role of ['analyst', 'manager', 'agent'] as const) {
      const res = await api.app.inject({
        method: 'GET',
        url: `/api/v1/customers/${customer}/export`,
        headers: { authorization: `Bearer ${w.keys[role].key}` },
      });
      expect(check(res.statusCode === 403), role).toBe(true);
    }
    const res = await w.ws.call('GET', `/api/v1/customers/${customer}/export`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const data = res.json<{
      format: string;
      customer: { id: string };
      records: Record<string, unknown[]>;
    }>();
    expect(data.format).toBe('rapport.customer-export/1');
    expect(data.customer.id).toBe(customer);
    for (const table of [
      'customers',
      'interactions',
      'messages',
      'responses',
      'answers',
      'invitations',
      'signals',
      'cases',
      'praise',
      'tasks',
      'engagement_events',
    ])
      expect(check((data.records[table]?.length ?? 0) > 0), `export has ${table}`).toBe(true);
    expect(check(!res.body.includes('token_hash') && !res.body.includes('password_hash'))).toBe(
      true,
    );
    for (const t of TEXTS) expect(check(res.body.includes(t)), t).toBe(true);
    const other = w.all.customers?.[2] ?? '';
    expect(check(!res.body.includes(other))).toBe(true);
    const audit = await w.ws.json<{ items: Array<{ action: string; targetId: string }> }>(
      'GET',
      `/api/v1/audit?targetId=${customer}`,
    );
    expect(check(audit.items.some((e) => e.action === 'customer.export'))).toBe(true);
  });

  it('erases the customer from every table, keeps the roll-ups and the others, and audits it', async () => {
    const c = await w.ws.json<{ name: string; email: string; phone: string }>(
      'GET',
      `/api/v1/customers/${customer}`,
    );
    const needles = [customer, c.name, c.email, c.phone, ...TEXTS.slice(0, 2), 'divorce'];
    expect((await traces(needles)).length).toBeGreaterThan(10);
    const shape = (await tablesAndColumns(db().store)).filter((t) => t.table === 'metric_rollups');
    const rollups = await fingerprint(db().store, shape);
    const otherCustomer = w.all.customers?.[2] ?? '';
    const otherBefore = (await w.ws.call('GET', `/api/v1/customers/${otherCustomer}`)).body;

    expect(
      check(
        (
          await api.app.inject({
            method: 'POST',
            url: `/api/v1/customers/${customer}/erase`,
            headers: { authorization: `Bearer ${w.keys.analyst.key}` },
          })
        ).statusCode === 403,
      ),
    ).toBe(true);
    const res = await w.ws.call('POST', `/api/v1/customers/${customer}/erase`);
    expect(res.statusCode).toBe(200);
    const report = res.json<{ deleted: Record<string, number> }>();
    for (const table of [
      'customers',
      'interactions',
      'messages',
      'responses',
      'answers',
      'signals',
      'cases',
      'praise',
      'tasks',
      'engagement_events',
      'jobs',
      'idempotency_keys',
    ])
      expect(check((report.deleted[table] ?? 0) > 0), `erased from ${table}`).toBe(true);

    const left = (await traces(needles)).filter((t) => !t.startsWith('audit_log:'));
    expect(check(left.length === 0), left.join('\n')).toBe(true);
    const audit = (await traces([customer])).filter((t) => t.startsWith('audit_log:'));
    expect(check(audit.every((t) => !t.includes(c.email) && !t.includes(c.name)))).toBe(true);
    expect(changedTables(rollups, await fingerprint(db().store, shape))).toEqual([]);
    expect(
      check((await w.ws.call('GET', `/api/v1/customers/${otherCustomer}`)).body === otherBefore),
    ).toBe(true);
    expect(
      check((await w.ws.call('GET', `/api/v1/customers/${customer}`)).statusCode === 404),
    ).toBe(true);
    expect(
      check((await w.ws.call('POST', `/api/v1/customers/${customer}/erase`)).statusCode === 404),
    ).toBe(true);
    const log = await w.ws.json<{ items: Array<{ action: string; detail: { total?: number } }> }>(
      'GET',
      `/api/v1/audit?action=customer.erase&targetId=${customer}`,
    );
    expect(check(log.items.length === 1 && (log.items[0]?.detail.total ?? 0) > 10)).toBe(true);
  });

  it('removes raw text older than the retention policy on schedule, and nothing newer', async () => {
    expect(
      check(
        (
          await api.app.inject({
            method: 'PUT',
            url: '/api/v1/settings/retention',
            payload: { rawTextDays: 30 },
            headers: { authorization: `Bearer ${w.keys.analyst.key}` },
          })
        ).statusCode === 403,
      ),
    ).toBe(true);
    expect(
      check(
        (await w.ws.call('PUT', '/api/v1/settings/retention', { rawTextDays: 0 })).statusCode ===
          422,
      ),
    ).toBe(true);
    const set = await w.ws.json<{ rawTextDays: number }>('PUT', '/api/v1/settings/retention', {
      rawTextDays: 30,
    });
    expect(set.rawTextDays).toBe(30);
    const keep = w.all.customers?.[2] ?? '';
    const old = await w.ws.json<{ id: string }>('POST', '/api/v1/interactions', {
      customerId: keep,
      channel: 'chat',
      stage: 'support',
      occurredAt: '2020-01-01T10:00:00Z',
      employeeIds: [],
      note: 'An old note',
      transcript: [{ speaker: 'customer', text: 'An old message', at: '2020-01-01T10:00:00Z' }],
    });
    const recent = await w.ws.json<{ id: string }>('POST', '/api/v1/interactions', {
      customerId: keep,
      channel: 'chat',
      stage: 'support',
      occurredAt: new Date().toISOString(),
      employeeIds: [],
      note: 'A recent note',
      transcript: [{ speaker: 'customer', text: 'A recent message' }],
    });
    // An old detractor comment: copied into the case its low scores open (evidence, history)
    // and into the case's webhook (delivered long ago, backdated here).
    const words = 'Retention marker: the meter was read wrong again';
    const detractor = await w.ws.json<{ id: string }>('POST', '/api/v1/responses', {
      surveyId: w.all.surveys?.[0],
      customerId: keep,
      channel: 'email',
      submittedAt: '2020-01-01T10:05:00Z',
      answers: [
        { questionId: 'csat', value: 1 },
        { questionId: 'ces', value: 1 },
        { questionId: 'comment', value: words },
      ],
    });
    type CaseView = {
      id: string;
      evidence: Array<{ id: string; summary: string; detail: { comment?: string | null } }>;
    };
    const casesOf = async () =>
      (await w.ws.json<{ items: CaseView[] }>('GET', `/api/v1/cases?customerId=${keep}`)).items;
    const opened = (await casesOf()).filter((c) =>
      c.evidence.some((e) => e.id === detractor.id && e.summary.includes(words)),
    );
    expect(check(opened.length > 0)).toBe(true);
    // An old SMS survey conversation, finished: its invitation keeps the customer's replies.
    const said = 'Retention marker: the engineer never came';
    const csat = transactionalCsatSurvey({ id: 'csat' });
    const t2020 = '2020-01-01T11:00:00.000Z';
    let state = startConversation(csat, { channel: 'sms' }, t2020, { seed: 1 }).state;
    for (const reply of ['2', said, '3', 'slow', '1', 'no'])
      state = receiveReply(csat, state, reply, t2020).state;
    const inv = w.all.invitations?.[0] ?? '';
    await db().store.write((r) =>
      r.invitations.saveConversation(
        w.ws.id,
        inv,
        { dialogue: state, transcriptInteractionId: null },
        INVITATION_STATUSES,
        'completed',
        t2020,
      ),
    );
    expect(check((await traces([said])).length === 1)).toBe(true);
    // An old signal on the old note: the engagement history quotes its words.
    const cue = 'Retention marker: close my account';
    await db().store.write((r) =>
      r.signals.upsert({
        id: api.ids.id('sig'),
        workspaceId: w.ws.id,
        sourceType: 'interaction_note',
        sourceId: old.id,
        seq: 0,
        customerId: keep,
        interactionId: old.id,
        responseId: null,
        channel: 'chat',
        stage: 'support',
        speaker: null,
        sentiment: 'negative',
        ekman: ['anger'],
        emotions: { anger: 0.8 },
        praise: 0,
        churnRisk: 0.9,
        effort: 0,
        humour: 0,
        urgency: 0,
        escalation: 'none',
        triggers: { churn_risk: [cue] },
        modelVersion: 'test',
        at: '2020-01-01T10:00:00.000Z',
        createdAt: '2020-01-01T10:00:00.000Z',
      }),
    );
    const rescore = () =>
      db().store.write((r) =>
        recomputeEngagement({ r, clock: api.clock, ids: api.ids }, w.ws.id, keep, null),
      );
    await rescore();
    expect(check((await traces([cue])).some((t) => t.startsWith('engagement_events: ')))).toBe(
      true,
    );
    await sql`update webhook_deliveries set status = 'delivered', created_at = ${'2020-01-02T00:00:00.000Z'}
      where workspace_id = ${w.ws.id}`.execute(db().store.db);
    await db().store.transact(async (tx) => {
      const r = db().store.reposFor(tx);
      await retentionJob.handler(
        {
          r,
          tx,
          dialect: db().dialect,
          now: new Date().toISOString(),
          ids: api.ids,
          clock: api.clock,
          logger: {
            debug: () => undefined,
            info: () => undefined,
            warn: () => undefined,
            error: () => undefined,
          },
          enqueue: async () => null,
        } as unknown as Parameters<typeof retentionJob.handler>[0],
        undefined,
      );
    });
    const o = await w.ws.json<{ note: string | null; messages: Array<{ text: string }> }>(
      'GET',
      `/api/v1/interactions/${old.id}`,
    );
    const n = await w.ws.json<{ note: string | null; messages: Array<{ text: string }> }>(
      'GET',
      `/api/v1/interactions/${recent.id}`,
    );
    expect(check(o.note === null && o.messages.every((m) => m.text === ''))).toBe(true);
    expect(check(n.note === 'A recent note' && n.messages[0]?.text === 'A recent message')).toBe(
      true,
    );
    // The history that quoted the signal's words is recomputed (the worker's job, run here).
    const recompute = await sql<{ n: number }>`select count(*) as n from jobs
      where workspace_id = ${w.ws.id} and name = 'engagement.recompute'
        and cast(payload as text) like ${`%${keep}%`}`.execute(db().store.db);
    expect(check(Number(recompute.rows[0]?.n) > 0)).toBe(true);
    await rescore();
    // The case keeps the scores and loses the words, in its evidence and its history.
    for (const c of opened) {
      const now = await w.ws.json<CaseView & { history: unknown[] }>(
        'GET',
        `/api/v1/cases/${c.id}`,
      );
      const item = now.evidence.find((e) => e.id === detractor.id);
      expect(check(item !== undefined && item.detail.comment === null)).toBe(true);
      expect(check(item?.summary.startsWith('Survey response: CSAT 1 (1–5)') === true)).toBe(true);
      expect(check(!JSON.stringify(now).includes(words))).toBe(true);
    }
    // Nowhere else: done jobs (the case's e-mail, the analysis of the comment) go a week after
    // they ran (jobs.purge), like stored Idempotency-Key replies.
    const left = (await traces([words, said, cue])).filter((t) => !t.startsWith('jobs: '));
    expect(left).toEqual([]);
    const log = await w.ws.json<{ items: Array<{ actorKind: string }> }>(
      'GET',
      '/api/v1/audit?action=retention.run',
    );
    expect(check(log.items.length === 1 && log.items[0]?.actorKind === 'system')).toBe(true);
    expect(failed).toBe(0);
  });
});
