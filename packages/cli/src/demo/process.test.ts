/**
 * `rapport demo` lives its history in order (process.ts, case-closures.ts): the cases the rules
 * open are opened when their customers spoke, not when the command ran, and their owners close
 * most of them some hours or days later — all before "now", and nothing due left undone.
 */
import { describeEachDialect, FakeClock, idsFor } from '@rapport/testing';
import { beforeAll, expect, it } from 'vitest';
import { generateDemo, type DemoResult } from './generate.ts';

const NOW = '2026-11-23T15:00:00.000Z';
const DAY = 86_400_000;

describeEachDialect('the demo’s history, lived in order', (db) => {
  let demo: DemoResult;

  beforeAll(async () => {
    const clock = new FakeClock(NOW);
    demo = await generateDemo(
      db().store,
      { clock, ids: idsFor(clock) },
      { seed: 3, customers: 30, interactions: 160, processJobs: true },
    );
  }, 240_000);

  const cases = () =>
    db()
      .store.db.selectFrom('cases')
      .select(['id', 'status', 'outcome', 'interaction_id', 'created_at', 'closed_at'])
      .where('workspace_id', '=', demo.workspaceId)
      .execute();

  it('runs every job that fell due, and only those', async () => {
    expect(demo.jobs).toBeGreaterThan(100);
    const late = await db()
      .store.db.selectFrom('jobs')
      .select(['name', 'run_at'])
      .where('status', '=', 'queued')
      .where('run_at', '<=', NOW)
      .execute();
    expect(late).toEqual([]);
  });

  it('opens each case when its customer spoke, across the history', async () => {
    const all = await cases();
    expect(all.length).toBeGreaterThan(5);
    for (const c of all) expect(c.created_at <= NOW, c.id).toBe(true);
    // Spread over the months of history, not all at the moment the demo was made.
    const days = new Set(all.map((c) => c.created_at.slice(0, 10)));
    expect(days.size).toBeGreaterThan(5);
    expect(all.some((c) => Date.parse(c.created_at) < Date.parse(NOW) - 30 * DAY)).toBe(true);
    // A case opened by an interaction's rules opens after that interaction, within hours.
    const times = new Map(
      (
        await db()
          .store.db.selectFrom('interactions')
          .select(['id', 'occurred_at'])
          .where('workspace_id', '=', demo.workspaceId)
          .execute()
      ).map((i) => [i.id, Date.parse(i.occurred_at)]),
    );
    const fromInteractions = all.filter((c) => c.interaction_id && times.has(c.interaction_id));
    expect(fromInteractions.length).toBeGreaterThan(0);
    for (const c of fromInteractions) {
      const lag = Date.parse(c.created_at) - (times.get(c.interaction_id ?? '') ?? 0);
      expect(lag, c.id).toBeGreaterThanOrEqual(0);
      expect(lag, c.id).toBeLessThan(DAY);
    }
  });

  it('gives every case an owner: churn risks nobody owns go to the retention lead', async () => {
    const rows = await db()
      .store.db.selectFrom('cases')
      .leftJoin('customers', (j) =>
        j
          .onRef('customers.workspace_id', '=', 'cases.workspace_id')
          .onRef('customers.id', '=', 'cases.customer_id'),
      )
      .select(['cases.id', 'cases.owner_id', 'cases.reason', 'customers.relationship_owner_id'])
      .where('cases.workspace_id', '=', demo.workspaceId)
      .execute();
    expect(rows.filter((c) => c.owner_id === null)).toEqual([]);
    const lead = await db().store.read(async (r) => {
      const ws = await r.workspaces.get(demo.workspaceId);
      const teamId = ws?.settings.closedLoop?.retentionTeamId;
      return teamId ? (await r.teams.get(demo.workspaceId, teamId))?.leadId : undefined;
    });
    expect(lead).toBeTruthy();
    const unowned = rows.filter((c) => c.reason === 'churn_risk' && !c.relationship_owner_id);
    expect(unowned.length).toBeGreaterThan(0);
    for (const c of unowned) expect(c.owner_id, c.id).toBe(lead);
  });

  it('has their owners close most of them later, with an outcome, by a person or the help desk', async () => {
    const all = await cases();
    const closed = all.filter((c) => c.status === 'closed');
    expect(closed.length / all.length).toBeGreaterThan(0.5);
    for (const c of closed) {
      expect(c.outcome, c.id).toMatch(/^(recovered|not_recovered|unreachable)$/);
      expect(c.closed_at && c.closed_at > c.created_at && c.closed_at <= NOW, c.id).toBe(true);
    }
    const closers = await db()
      .store.db.selectFrom('case_events')
      .select('actor_kind')
      .where('workspace_id', '=', demo.workspaceId)
      .where('kind', '=', 'closed')
      .execute();
    expect(closers.length).toBe(closed.length);
    expect(closers.every((e) => e.actor_kind !== 'system')).toBe(true);
    // Most were taken up before they were closed: time to first action comes before time to close.
    const taken = await db()
      .store.db.selectFrom('cases')
      .select(['id', 'first_action_at', 'closed_at'])
      .where('workspace_id', '=', demo.workspaceId)
      .where('status', '=', 'closed')
      .execute();
    const early = taken.filter(
      (c) => c.first_action_at && c.closed_at && c.first_action_at < c.closed_at,
    );
    expect(early.length / taken.length).toBeGreaterThan(0.6);
    // The stories' cases stay as the stories leave them.
    const storyCases = demo.stories.flatMap((s) => (s.caseId ? [s.caseId] : []));
    expect(storyCases.length).toBeGreaterThan(0);
    for (const id of storyCases)
      expect(all.find((c) => c.id === id)?.status, id).not.toBe('closed');
  });

  it('has the team leads thank most customers who praised, on the customer’s history', async () => {
    const tasks = await db()
      .store.db.selectFrom('tasks')
      .select(['id', 'status', 'created_at', 'completed_at', 'interaction_id', 'customer_id'])
      .where('workspace_id', '=', demo.workspaceId)
      .where('kind', '=', 'thank_customer')
      .execute();
    expect(tasks.length).toBeGreaterThan(5);
    const done = tasks.filter((t) => t.status === 'done');
    expect(done.length / tasks.length).toBeGreaterThan(0.6);
    const followUps = new Map(
      (
        await db()
          .store.db.selectFrom('interactions')
          .select(['id', 'occurred_at', 'customer_id'])
          .where('workspace_id', '=', demo.workspaceId)
          .where(
            'id',
            'in',
            done.map((t) => t.interaction_id ?? ''),
          )
          .execute()
      ).map((i) => [i.id, i]),
    );
    for (const t of done) {
      expect(t.completed_at && t.completed_at > t.created_at && t.completed_at <= NOW, t.id).toBe(
        true,
      );
      const i = followUps.get(t.interaction_id ?? '');
      expect(i?.customer_id, t.id).toBe(t.customer_id);
      expect(i?.occurred_at, t.id).toBe(t.completed_at);
    }
    // Done over the months of history, not at the moment the demo was made.
    const days = new Set(done.map((t) => t.completed_at?.slice(0, 10)));
    expect(days.size).toBeGreaterThan(3);
  });
});
