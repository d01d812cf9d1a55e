import type { Answer, GroupByDimension, MetricQuery, SurveyResponse } from '@rapport/core';
import { describeEachDialect, factory } from '@rapport/testing';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { backfillCube } from '../migrations/0011_metric_cube.ts';
import { backfillCubeWeeks } from '../migrations/0013_cube_weeks.ts';

/** A small seeded generator, so a failure reproduces. */
function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  return { next, pick, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)) };
}

const DAY_MS = 86_400_000;
const START = Date.parse('2025-11-20T00:00:00Z');
const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);

function responses(ws: string, count: number): SurveyResponse[] {
  const r = seeded(7);
  const out: SurveyResponse[] = [];
  for (let i = 0; i < count; i++) {
    const at = new Date(START + r.int(0, 120) * DAY_MS + r.int(0, 86_399_999)).toISOString();
    const agent = r.pick(['emp_a', 'emp_b', 'emp_c', null]);
    const team = agent ? r.pick(['team_1', 'team_2']) : null;
    const base = { valueText: null, valueJson: null, managerId: null };
    const ten = r.next() < 0.5;
    const answers: Answer[] = [
      {
        ...base,
        questionId: 'nps',
        metric: 'nps',
        scope: 'relationship',
        valueNum: ten ? r.int(0, 10) : r.int(1, 10),
        scaleMin: ten ? 0 : 1,
        scaleMax: 10,
        topBoxMin: null,
        agentId: null,
        teamId: r.pick(['team_1', 'team_2', null]),
        ownerId: r.pick(['emp_o1', 'emp_o2', null]),
      },
      {
        ...base,
        questionId: 'csat1',
        metric: 'csat',
        scope: 'transactional',
        valueNum: r.int(1, 5),
        scaleMin: 1,
        scaleMax: 5,
        topBoxMin: r.next() < 0.3 ? 5 : null,
        agentId: agent,
        teamId: team,
        ownerId: null,
      },
      {
        // A second question on the same scale: two answers of one response share a roll-up key.
        ...base,
        questionId: 'csat2',
        metric: 'csat',
        scope: 'transactional',
        valueNum: r.int(1, 5),
        scaleMin: 1,
        scaleMax: 5,
        topBoxMin: null,
        agentId: agent,
        teamId: team,
        ownerId: null,
      },
    ];
    out.push({
      id: `rsp_${i}`,
      workspaceId: ws,
      invitationId: null,
      surveyId: r.pick(['srv_1', 'srv_2']),
      surveyVersion: 1,
      surveyKind: 'transactional',
      channel: r.pick(['web', 'sms', 'email'] as const),
      stage: r.pick(['support', 'billing', null]),
      customerId: null,
      interactionId: null,
      segment: r.pick(['smb', 'enterprise', null]),
      comment: null,
      completed: true,
      submittedAt: at,
      createdAt: at,
      answers,
    });
  }
  return out;
}

/** The histograms recomputed from the answers themselves, as the ground truth. */
function expected(rs: SurveyResponse[], q: MetricQuery): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const resp of rs) {
    const day = resp.submittedAt.slice(0, 10);
    if (q.from && day < q.from) continue;
    if (q.to && day >= q.to) continue;
    for (const a of resp.answers) {
      if (a.metric !== q.metric || !q.scopes.includes(a.scope)) continue;
      const dims: Record<GroupByDimension, string | null> = {
        channel: resp.channel,
        stage: resp.stage,
        team: a.teamId,
        agent: a.agentId,
        owner: a.ownerId,
        segment: resp.segment,
        survey: resp.surveyId,
        month: day.slice(0, 7),
        week: dayOf(Date.parse(day) - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS),
      };
      const f = q.filters;
      if (f.channel !== undefined && f.channel !== resp.channel) continue;
      if (f.teamId !== undefined && f.teamId !== a.teamId) continue;
      if (f.agentId !== undefined && f.agentId !== a.agentId) continue;
      if (f.segment !== undefined && f.segment !== resp.segment) continue;
      const key = [
        ...q.groupBy.map((g) => dims[g]),
        a.scaleMin,
        a.scaleMax,
        a.topBoxMin ?? -1,
      ].join('|');
      const counts =
        out.get(key) ?? Array.from({ length: (a.scaleMax ?? 0) - (a.scaleMin ?? 0) + 1 }, () => 0);
      counts[(a.valueNum ?? 0) - (a.scaleMin ?? 0)]! += 1;
      out.set(key, counts);
    }
  }
  return out;
}

const QUERIES: Array<Omit<MetricQuery, 'scopes' | 'metric'> & { metric: 'nps' | 'csat' }> = [
  { metric: 'nps', from: undefined, to: undefined, filters: {}, groupBy: ['month'] },
  { metric: 'nps', from: '2025-11-25', to: '2026-02-03', filters: {}, groupBy: ['month', 'stage'] },
  { metric: 'nps', from: '2025-12-01', to: '2026-02-01', filters: {}, groupBy: ['team', 'stage'] },
  { metric: 'nps', from: '2025-12-10', to: '2025-12-20', filters: {}, groupBy: [] },
  {
    metric: 'nps',
    from: '2025-12-10',
    to: '2026-03-01',
    filters: { segment: 'smb' },
    groupBy: ['owner'],
  },
  {
    metric: 'csat',
    from: '2025-11-21',
    to: '2026-03-15',
    filters: {},
    groupBy: ['month', 'channel'],
  },
  { metric: 'csat', from: '2025-11-21', to: '2026-03-15', filters: {}, groupBy: ['week'] },
  // Weeks: from the first answer, from a Monday to the end, inside one week, and with months.
  { metric: 'nps', from: undefined, to: '2026-01-14', filters: {}, groupBy: ['week', 'channel'] },
  {
    metric: 'csat',
    from: '2025-12-01',
    to: undefined,
    filters: { segment: 'enterprise' },
    groupBy: ['week'],
  },
  { metric: 'nps', from: '2025-12-03', to: '2025-12-07', filters: {}, groupBy: ['week'] },
  { metric: 'csat', from: '2025-12-01', to: '2026-01-31', filters: {}, groupBy: ['week', 'month'] },
  {
    metric: 'csat',
    from: '2026-01-01',
    to: undefined,
    filters: { channel: 'sms' },
    groupBy: ['team'],
  },
  { metric: 'csat', from: undefined, to: '2026-01-17', filters: {}, groupBy: ['agent', 'month'] },
  {
    metric: 'csat',
    from: '2025-12-05',
    to: '2026-02-28',
    filters: { agentId: 'emp_a' },
    groupBy: ['survey'],
  },
];

describeEachDialect('metric roll-ups and cube', (db) => {
  it('answer every period and grouping exactly as the answers do, also after a backfill', async () => {
    const { store } = db();
    const f = factory(store);
    await f.workspace();
    const rs = responses(f.ws, 400);
    await store.writeEach(rs, (r, resp) => r.responses.insert(resp));
    const check = async () => {
      for (const q of QUERIES) {
        const query: MetricQuery = {
          ...q,
          scopes: [q.metric === 'nps' ? 'relationship' : 'transactional'],
        };
        const rows = await store.read((r) => r.responses.histograms(f.ws, query));
        const got = new Map(
          rows.map((row) => [
            [
              ...q.groupBy.map((g) => row.group[g] ?? null),
              row.scaleMin,
              row.scaleMax,
              row.topBoxMin ?? -1,
            ].join('|'),
            row.counts,
          ]),
        );
        expect(got, JSON.stringify(q)).toEqual(expected(rs, query));
      }
    };
    await check();
    await store.transact(async (tx) => {
      await sql`delete from metric_cube`.execute(tx);
      await backfillCube(tx as never);
      await backfillCubeWeeks(tx as never, store.dialect);
    });
    await check();
  });
});

describeEachDialect('roll-ups kept until the COMMIT', (db) => {
  const byMonth: MetricQuery = {
    metric: 'csat',
    scopes: ['transactional'],
    from: undefined,
    to: undefined,
    filters: {},
    groupBy: ['month', 'channel'],
  };
  const counts = async (store: ReturnType<typeof db>['store'], ws: string) => {
    const rows = await store.read((r) => r.responses.histograms(ws, byMonth));
    return new Map(
      rows.map((row) => [
        [row.group.month, row.group.channel, row.scaleMin, row.scaleMax, row.topBoxMin ?? -1].join(
          '|',
        ),
        row.counts,
      ]),
    );
  };

  it('counts only the writes that commit: one undone by its savepoint takes its counts out', async () => {
    const { store } = db();
    const f = factory(store);
    await f.workspace();
    const rs = responses(f.ws, 120);
    const fails = (i: number) => i % 7 === 3;
    // One batch: every write is queued before the first runs (one group commit on SQLite, one
    // transaction with savepoints per chunk on PostgreSQL).
    const out = await store.writeEach(rs, async (r, resp, i) => {
      await r.responses.insert(resp);
      if (fails(i)) throw new Error(`write ${i} fails after its answers`);
      return resp.id;
    });
    expect(out.filter((o) => !o.ok)).toHaveLength(rs.filter((_, i) => fails(i)).length);
    const kept = rs.filter((_, i) => !fails(i));
    expect(await counts(store, f.ws)).toEqual(expected(kept, byMonth));
    // Concurrent single writes share a group commit on SQLite; the one that throws adds nothing.
    const more = responses(f.ws, 130).slice(120);
    const settled = await Promise.allSettled(
      more.map((resp, i) =>
        store.write(async (r) => {
          await r.responses.insert({ ...resp, id: `${resp.id}_b` });
          if (i === 4) throw new Error('refused after its answers');
        }),
      ),
    );
    expect(settled.filter((s) => s.status === 'rejected')).toHaveLength(1);
    const all = [...kept, ...more.filter((_, i) => i !== 4)];
    expect(await counts(store, f.ws)).toEqual(expected(all, byMonth));
    // A rehearsal rolls everything back, its roll-ups included.
    await store.rehearse(responses(f.ws, 10), (r, resp) =>
      r.responses.insert({ ...resp, id: `${resp.id}_dry` }),
    );
    expect(await counts(store, f.ws)).toEqual(expected(all, byMonth));
  });

  it('writes at once on a connection that keeps nothing (a transaction of its own)', async () => {
    const { store } = db();
    const f = factory(store);
    await f.workspace();
    const rs = responses(f.ws, 5);
    await store.db.transaction().execute(async (tx) => {
      for (const resp of rs) await store.reposFor(tx).responses.insert(resp);
    });
    expect(await counts(store, f.ws)).toEqual(expected(rs, byMonth));
  });
});
