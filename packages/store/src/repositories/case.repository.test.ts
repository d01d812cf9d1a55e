import {
  MAX_CASE_EVIDENCE,
  withoutText,
  type Case,
  type CaseFilter,
  type Evidence,
} from '@rapport/core';
import { sql } from 'kysely';
import { describeEachDialect } from '@rapport/testing';
import { expect, it } from 'vitest';

const ws = 'ws_case_repo';

function aCase(id: string, over: Partial<Case> = {}): Case {
  return {
    id,
    workspaceId: ws,
    reason: 'churn_risk',
    ruleId: null,
    customerId: 'cus_1',
    interactionId: null,
    responseId: null,
    ownerId: 'emp_owner',
    teamId: 'tm_1',
    escalatedToId: null,
    priority: 'high',
    status: 'open',
    escalationLevel: 0,
    slaDueAt: '2026-01-05T17:00:00.000Z',
    slaBreachedAt: null,
    firstActionAt: null,
    resolvedAt: null,
    closedAt: null,
    rootCause: null,
    outcome: null,
    evidence: [
      {
        kind: 'response',
        id: 'rsp_1',
        at: '2026-01-05T09:00:00.000Z',
        summary: 'NPS 1',
        detail: { score: 1 },
      },
    ],
    version: 1,
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    ...over,
  };
}

describeEachDialect('case repository', (db) => {
  it('round-trips a case, refuses a stale update, and numbers its history', async () => {
    const { store } = db();
    const c = aCase('cas_a');
    await store.write(async (r) => {
      await r.cases.insert(c);
      await r.cases.addEvent({
        workspaceId: ws,
        caseId: c.id,
        at: c.createdAt,
        kind: 'opened',
        actorKind: 'system',
        actorId: 'system',
        data: { why: 'owner' },
      });
      const noted = await r.cases.addEvent({
        workspaceId: ws,
        caseId: c.id,
        at: c.createdAt,
        kind: 'note',
        actorKind: 'user',
        actorId: 'usr_1',
        data: { text: 'Called' },
      });
      // The seq is the one the insert stored (read inside it), returned as a number.
      expect(noted.seq).toBe(2);
    });
    expect(await store.read((r) => r.cases.get(ws, c.id))).toEqual(c);
    expect(await store.read((r) => r.cases.get('ws_other', c.id))).toBeUndefined();
    const next = { ...c, status: 'in_progress' as const, version: 2 };
    expect(await store.write((r) => r.cases.update(next))).toBe(true);
    // A writer that loaded version 1 meanwhile loses.
    expect(await store.write((r) => r.cases.update({ ...c, status: 'resolved', version: 2 }))).toBe(
      false,
    );
    expect((await store.read((r) => r.cases.get(ws, c.id)))?.status).toBe('in_progress');
    const events = await store.read((r) => r.cases.events(ws, c.id));
    expect(events.map((e) => [e.seq, e.kind, e.data])).toEqual([
      [1, 'opened', { why: 'owner' }],
      [2, 'note', { text: 'Called' }],
    ]);
  });

  it('finds the active case of a customer per reason, and filters by owner, escalation and SLA state', async () => {
    const { store } = db();
    await store.write(async (r) => {
      await r.cases.insert(
        aCase('cas_b1', { customerId: 'cus_b', slaDueAt: '2026-01-06T12:00:00.000Z' }),
      );
      await r.cases.insert(
        aCase('cas_b2', {
          customerId: 'cus_b',
          reason: 'low_csat',
          status: 'closed',
          slaDueAt: '2026-01-06T12:00:00.000Z',
          closedAt: '2026-01-05T10:00:00.000Z',
          outcome: 'recovered',
        }),
      );
      await r.cases.insert(
        aCase('cas_b3', {
          customerId: 'cus_b',
          reason: 'low_csat',
          ownerId: 'emp_x',
          escalatedToId: 'emp_owner',
          escalationLevel: 1,
          slaBreachedAt: '2026-01-05T17:00:00.000Z',
          slaDueAt: '2026-01-07T12:00:00.000Z',
        }),
      );
      await r.cases.insert(
        aCase('cas_b4', {
          customerId: 'cus_b',
          reason: 'negative_emotion',
          ownerId: 'emp_y',
          slaDueAt: '2026-01-05T11:00:00.000Z',
        }),
      );
    });
    expect((await store.read((r) => r.cases.findActive(ws, 'cus_b', 'churn_risk')))?.id).toBe(
      'cas_b1',
    );
    expect((await store.read((r) => r.cases.findActive(ws, 'cus_b', 'low_csat')))?.id).toBe(
      'cas_b3',
    );
    expect(await store.read((r) => r.cases.findActive(ws, 'cus_b', 'pricing'))).toBeUndefined();
    const ids = async (f: CaseFilter) =>
      (
        await store.read((r) =>
          r.cases.list(
            ws,
            {
              customerId: 'cus_b',
              now: '2026-01-05T10:00:00.000Z',
              dueSoonBefore: '2026-01-05T12:00:00.000Z',
              ...f,
            },
            { limit: 50 },
          ),
        )
      ).items
        .map((c) => c.id)
        .sort();
    expect(await ids({ ownerId: 'emp_owner' })).toEqual(['cas_b1', 'cas_b2', 'cas_b3']);
    await store.write((r) =>
      r.cases.insert(aCase('cas_c1', { customerId: 'cus_c', reason: 'churn_risk', ownerId: null })),
    );
    expect(await ids({ customerId: 'cus_c', unassigned: true })).toEqual(['cas_c1']);
    expect(await ids({ unassigned: true })).toEqual([]);
    expect(await ids({ status: ['closed'] })).toEqual(['cas_b2']);
    expect(await ids({ slaState: 'breached' })).toEqual(['cas_b3']);
    expect(await ids({ slaState: 'due_soon' })).toEqual(['cas_b4']);
    expect(await ids({ slaState: 'on_track' })).toEqual(['cas_b1']);
    expect(await ids({ slaState: 'met' })).toEqual(['cas_b2']);
    const page1 = await store.read((r) => r.cases.list(ws, { customerId: 'cus_b' }, { limit: 3 }));
    const page2 = await store.read((r) =>
      r.cases.list(
        ws,
        { customerId: 'cus_b' },
        { limit: 3, cursor: page1.nextCursor ?? undefined },
      ),
    );
    expect([...page1.items, ...page2.items].map((c) => c.id)).toEqual([
      'cas_b4',
      'cas_b3',
      'cas_b2',
      'cas_b1',
    ]);
    expect(page2.nextCursor).toBeNull();
    // Newest opened first, whatever the ids say (a case opened as of an earlier time, as an
    // import of old responses opens it, has a later id than its time), page by page.
    await store.write(async (r) => {
      await r.cases.insert(
        aCase('cas_d2', { customerId: 'cus_d', createdAt: '2026-01-01T09:00:00.000Z' }),
      );
      await r.cases.insert(
        aCase('cas_d1', { customerId: 'cus_d', createdAt: '2026-01-09T09:00:00.000Z' }),
      );
      await r.cases.insert(
        aCase('cas_d3', { customerId: 'cus_d', createdAt: '2026-01-05T09:00:00.000Z' }),
      );
    });
    const newest: string[] = [];
    let cursor: string | undefined;
    do {
      const p = await store.read((r) =>
        r.cases.list(ws, { customerId: 'cus_d' }, { limit: 1, cursor }),
      );
      newest.push(...p.items.map((c) => c.id));
      cursor = p.nextCursor ?? undefined;
    } while (cursor);
    expect(newest).toEqual(['cas_d1', 'cas_d3', 'cas_d2']);
    const period = await store.read((r) =>
      r.cases.openedBetween(ws, '2026-01-05T00:00:00.000Z', '2026-01-06T00:00:00.000Z'),
    );
    expect(period.length).toBeGreaterThanOrEqual(4);
  });
});

describeEachDialect('case evidence and raw-text retention', (db) => {
  const worded = (id: string, at: string, comment: string): Evidence => ({
    kind: 'response',
    id,
    at,
    summary: `Survey response: CSAT 1 (1–5), "${comment}"`,
    detail: { surveyId: 'srv_1', scores: [], comment },
  });

  it('finds the cases whose evidence holds words older than a time, and redacts them unless changed', async () => {
    const { store } = db();
    const old = aCase('cas_old', {
      evidence: [
        worded('rsp_o', '2020-01-01T00:00:00.000Z', 'old words'),
        worded('rsp_n', '2026-01-05T00:00:00.000Z', 'new words'),
      ],
    });
    const recent = aCase('cas_new', {
      evidence: [worded('rsp_r', '2026-01-05T00:00:00.000Z', 'recent words')],
    });
    const plain = aCase('cas_plain');
    await store.write(async (r) => {
      for (const c of [old, recent, plain]) await r.cases.insert(c);
    });
    const before = '2021-01-01T00:00:00.000Z';
    const found = await store.read((r) => r.cases.withTextBefore(ws, before, 10));
    expect(found.map((c) => c.id)).toEqual(['cas_old']);
    const redacted = found[0]!.evidence.map((e) => (e.at < before ? withoutText(e) : e));
    // A stale version changes nothing; the read one redacts.
    expect(await store.write((r) => r.cases.redactEvidence(ws, 'cas_old', 7, redacted))).toBe(
      false,
    );
    expect(await store.write((r) => r.cases.redactEvidence(ws, 'cas_old', 1, redacted))).toBe(true);
    const after = await store.read((r) => r.cases.get(ws, 'cas_old'));
    expect(after?.evidence.map((e) => e.detail.comment)).toEqual([null, 'new words']);
    expect(after?.version).toBe(1);
    expect(await store.read((r) => r.cases.withTextBefore(ws, before, 10))).toEqual([]);
    expect((await store.read((r) => r.cases.withTextBefore(ws, '2027-01-01', 10))).length).toBe(2);
  });

  it('an added item with words dates the case for retention, unless the case holds older words', async () => {
    const { store } = db();
    await store.write((r) => r.cases.insert(aCase('cas_plain2', { customerId: 'cus_p2' })));
    const found = (before: string) =>
      store.read(async (r) => (await r.cases.withTextBefore(ws, before, 50)).map((c) => c.id));
    expect(await found('2027-01-01')).not.toContain('cas_plain2');
    const words = worded('rsp_w', '2024-06-01T00:00:00.000Z', 'words');
    expect(await store.write((r) => r.cases.addEvidence(ws, 'cas_plain2', [words]))).toEqual([
      words,
    ]);
    expect(await found('2024-06-02')).toContain('cas_plain2');
    expect(await found('2024-06-01')).not.toContain('cas_plain2');
    // A later item with words leaves the earlier date.
    await store.write((r) =>
      r.cases.addEvidence(ws, 'cas_plain2', [worded('rsp_w2', '2025-01-01T00:00:00.000Z', 'more')]),
    );
    expect(await found('2024-06-02')).toContain('cas_plain2');
    // A change of the case's fields keeps it.
    const c = await store.read((r) => r.cases.get(ws, 'cas_plain2'));
    await store.write((r) => r.cases.update({ ...c!, status: 'in_progress', version: 2 }));
    expect(await found('2024-06-02')).toContain('cas_plain2');
  });
});

describeEachDialect('case evidence rows', (db) => {
  const nps = (n: number): Evidence => ({
    kind: 'response',
    id: `rsp_${n}`,
    at: `2026-01-05T09:${String(n).padStart(2, '0')}:00.000Z`,
    summary: `NPS ${n % 11}`,
    detail: { n },
  });

  it('appends items, keeps the latest MAX_CASE_EVIDENCE oldest first, and a change of the case leaves them', async () => {
    const { store } = db();
    const c = aCase('cas_many', { customerId: 'cus_many', evidence: [nps(1)] });
    await store.write((r) => r.cases.insert(c));
    const range = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, k) => nps(from + k));
    for (const [from, to] of [
      [2, 31],
      [32, 56],
      [57, 57],
    ] as const)
      expect(await store.write((r) => r.cases.addEvidence(ws, c.id, range(from, to)))).toEqual(
        range(from, to),
      );
    // An item the case holds is not added again; the new ones among them are, in order.
    expect(await store.write((r) => r.cases.addEvidence(ws, c.id, [nps(57), nps(56)]))).toEqual([]);
    const got = await store.read((r) => r.cases.get(ws, c.id));
    expect(MAX_CASE_EVIDENCE).toBe(50);
    expect(got?.evidence).toEqual(range(8, 57));
    // Nothing past the latest 50 stays stored (its words would escape retention).
    const { rows } = await sql<{ n: number | string }>`select count(*) as n from case_evidence
      where workspace_id = ${ws} and case_id = ${c.id}`.execute(store.db);
    expect(Number(rows[0]?.n)).toBe(50);
    // A change of the case's fields writes them only, whatever evidence the case carries.
    const emptied: Case = { ...c, status: 'in_progress', evidence: [], version: 2 };
    await store.write((r) => r.cases.update(emptied));
    const changed = await store.read((r) => r.cases.get(ws, c.id));
    expect(changed?.status).toBe('in_progress');
    expect(changed?.evidence).toEqual(range(8, 57));
    // Lists carry each case's own items; other workspaces see none of them.
    await store.write((r) =>
      r.cases.insert(aCase('cas_few', { customerId: 'cus_many', evidence: [nps(3), nps(4)] })),
    );
    const listed = await store.read((r) =>
      r.cases.list(ws, { customerId: 'cus_many' }, { limit: 5 }),
    );
    expect(
      Object.fromEntries(listed.items.map((x) => [x.id, x.evidence.map((e) => e.id)])),
    ).toEqual({ cas_many: range(8, 57).map((e) => e.id), cas_few: ['rsp_3', 'rsp_4'] });
    expect(await store.read((r) => r.cases.get('ws_other', c.id))).toBeUndefined();
  });
});

describeEachDialect('case repository under concurrent joins', (db) => {
  it('lets concurrent writes read, add to and save the open case of a customer without a conflict', async () => {
    const { store } = db();
    await store.write((r) => r.cases.insert(aCase('cas_busy', { customerId: 'cus_busy' })));
    const joins = Array.from({ length: 8 }, (_, k) =>
      store.write(async (r) => {
        const c = await r.cases.findActive(ws, 'cus_busy', 'churn_risk');
        if (!c) throw new Error('no open case');
        // Work between the read and the write, as a response's rules do.
        await new Promise((res) => setTimeout(res, 5));
        const item = {
          kind: 'response' as const,
          id: `rsp_j${k}`,
          at: c.createdAt,
          summary: 'NPS 2',
          detail: {},
        };
        expect(await r.cases.addEvidence(ws, c.id, [item])).toEqual([item]);
        return r.cases.update({ ...c, version: c.version + 1 });
      }),
    );
    expect(await Promise.all(joins)).toEqual(Array.from({ length: 8 }, () => true));
    const c = await store.read((r) => r.cases.get(ws, 'cas_busy'));
    expect(c?.version).toBe(9);
    expect(c?.evidence).toHaveLength(9);
  });
});
