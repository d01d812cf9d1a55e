/**
 * The crash test's checks can fail: on a sound database they find nothing, and each kind of
 * damage the crash test looks for — a lost acknowledged row, a duplicate, a message or an
 * answer missing, a roll-up off by one, a pending idempotency claim, a response accepted for
 * later whose submission vanished — is reported; one still queued is not.
 */
import { transactionalCsatSurvey } from '@rapport/core';
import { describeEachDialect } from '@rapport/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi, type TestApi, type TestWorkspace } from '../testing/harness.ts';
import { checkStore } from './crash-checks.ts';
import { newLedger, type Ledger } from './crash-load.ts';

describeEachDialect('crash checks', (db) => {
  let failures = 0;
  let api: TestApi;
  let ws: TestWorkspace;
  const ledger: Ledger = newLedger();
  const check = () => checkStore(db().store.db, db().store.sqlite, ws.id, ledger);

  beforeAll(async () => {
    api = await testApi(db().store);
    ws = await api.workspace('Checks');
    const survey = await ws.json<{ id: string }>('POST', '/api/v1/surveys', {
      definition: transactionalCsatSurvey({ id: 'c' }),
      status: 'live',
    });
    for (let k = 0; k < 2; k++) {
      const marker = `m${k}`;
      const c = await ws.json<{ id: string }>('POST', '/api/v1/customers', {
        name: `Crash ${marker}`,
      });
      const i = await ws.json<{ id: string }>('POST', '/api/v1/interactions', {
        customerId: c.id,
        channel: 'chat',
        stage: 'support',
        occurredAt: new Date().toISOString(),
        employeeIds: [],
        note: `Crash ${marker}`,
        transcript: [
          { speaker: 'customer', text: 'a' },
          { speaker: 'customer', text: 'b' },
        ],
      });
      const r = await ws.json<{ id: string }>('POST', '/api/v1/responses', {
        surveyId: survey.id,
        interactionId: i.id,
        answers: [
          { questionId: 'csat', value: 4 },
          { questionId: 'ces', value: 6 },
          { questionId: 'expectations', value: 'met' },
          { questionId: 'comment', value: `Crash ${marker}` },
        ],
      });
      const request = { kind: 'customer' as const, marker, url: '', body: {} };
      ledger.acked.set(`c${k}`, { kind: 'customer', id: c.id, request });
      ledger.acked.set(`i${k}`, {
        kind: 'interaction',
        id: i.id,
        request: { ...request, kind: 'interaction' },
      });
      ledger.acked.set(`r${k}`, {
        kind: 'response',
        id: r.id,
        request: { ...request, kind: 'response' },
      });
      // Accepted for later and not recorded yet (no worker here): fine while its job waits.
      const q = await ws.call(
        'POST',
        '/api/v1/responses',
        { surveyId: survey.id, answers: [{ questionId: 'csat', value: 2 }] },
        { prefer: 'respond-async' },
      );
      const { responseId, submissionId } = q.json<{ responseId: string; submissionId: string }>();
      ledger.acked.set(`q${k}`, {
        kind: 'response',
        id: responseId,
        submissionId,
        request: { ...request, kind: 'response', later: true },
      });
    }
  });
  afterAll(async () => {
    await api.close();
    console.log(`[crash-checks ${db().dialect}] cases tried: 8, failed: ${failures}`);
  });

  it('finds nothing wrong with a sound database', async () => {
    const found = await check();
    failures += found.length;
    expect(found).toEqual([]);
  });

  it('reports each kind of damage', async () => {
    const d = db().store.db;
    const i0 = ledger.acked.get('i0')?.id ?? '';
    const r0 = ledger.acked.get('r0')?.id ?? '';
    await sql`delete from messages where interaction_id = ${i0} and seq = (select max(seq) from messages where interaction_id = ${i0})`.execute(
      d,
    );
    await sql`delete from answers where response_id = ${r0} and question_id = 'ces'`.execute(d);
    await sql`update metric_rollups set n = n + 1, c3 = c3 + 1 where workspace_id = ${ws.id} and metric = 'csat'`.execute(
      d,
    );
    await sql`delete from customers where id = ${ledger.acked.get('c1')?.id ?? ''}`.execute(d);
    await sql`delete from jobs where id = ${ledger.acked.get('q1')?.submissionId ?? ''}`.execute(d);
    await sql`update customers set name = 'Crash m0' where workspace_id = ${ws.id} and name <> 'Crash m0'`.execute(
      d,
    );
    await ws.json('POST', '/api/v1/customers', { name: 'Crash m0' });
    await sql`insert into idempotency_keys (workspace_id, key, request_hash, status, created_at) values (${ws.id}, 'stuck', 'h', 'pending', ${new Date().toISOString()})`.execute(
      d,
    );
    const problems = (await check()).join('\n');
    for (const want of [
      /interaction .*: message_count 2 but 1 messages/,
      /response .*: 3 answers/,
      /roll-up csat:3: \d+ counted, \d+ answers/,
      /acknowledged customer .* is missing/,
      /accepted response .* is missing; its submission is gone/,
      /duplicate rows for Crash m0/,
      /Idempotency-Key stuck left pending/,
    ]) {
      if (!want.test(problems)) failures++;
      expect(problems).toMatch(want);
    }
  });
});
