import { describe, expect, it } from 'vitest';
import type { Case } from './case.ts';
import { caseFigures, durationStats, groupCases } from './case-metrics.ts';
import { checkMove } from './case-status.ts';
import { slaState } from './sla.ts';

const base: Case = {
  id: 'cas_1',
  workspaceId: 'ws',
  reason: 'churn_risk',
  ruleId: null,
  customerId: 'cus_1',
  interactionId: null,
  responseId: null,
  ownerId: 'emp_a',
  teamId: 'tm_a',
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
  evidence: [],
  version: 1,
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
};

const closed = (over: Partial<Case>): Case => ({
  ...base,
  status: 'closed',
  firstActionAt: '2026-01-05T10:00:00.000Z',
  closedAt: '2026-01-05T13:00:00.000Z',
  resolvedAt: '2026-01-05T13:00:00.000Z',
  outcome: 'recovered',
  ...over,
});

describe('case metrics', () => {
  it('computes time to first action, time to close, SLA kept and recovery rate by hand', () => {
    const cases = [
      closed({ id: 'c1' }), // 1 h to act, 4 h to close, SLA kept, recovered
      closed({
        id: 'c2',
        outcome: 'not_recovered',
        closedAt: '2026-01-05T19:00:00.000Z',
        slaBreachedAt: '2026-01-05T17:00:00.000Z',
      }),
      closed({ id: 'c3', outcome: 'unreachable', firstActionAt: '2026-01-05T12:00:00.000Z' }),
      { ...base, id: 'c4' }, // open, on track: SLA not decided yet
      { ...base, id: 'c5', slaBreachedAt: '2026-01-05T17:00:00.000Z', escalationLevel: 1 },
    ];
    const f = caseFigures(cases);
    expect(f).toMatchObject({ opened: 5, active: 2, closed: 3 });
    expect(f.timeToFirstAction).toEqual({ n: 3, medianHours: 1, meanHours: (1 + 1 + 3) / 3 });
    expect(f.timeToClose).toEqual({ n: 3, medianHours: 4, meanHours: (4 + 10 + 4) / 3 });
    // Decided: c1, c2, c3 (finished) and c5 (breached); kept: c1 and c3.
    expect(f.slaKept.n).toBe(4);
    expect(f.slaKept.count).toBe(2);
    expect(f.slaKept.share).toBe(50);
    expect(f.recoveryRate).toMatchObject({ n: 3, count: 1 });
    expect(f.recoveryRate.share).toBeCloseTo(100 / 3);
    expect(f.recoveryRate.interval?.low).toBeLessThan(33.4);
    expect(f.recoveryRate.interval?.high).toBeGreaterThan(33.3);
    expect(f.outcomes).toEqual({ recovered: 1, not_recovered: 1, unreachable: 1 });
  });

  it('says n = 0 rather than inventing figures', () => {
    const f = caseFigures([]);
    expect(f.recoveryRate).toMatchObject({ n: 0, share: 0, interval: null });
    expect(durationStats([])).toEqual({ n: 0, medianHours: null, meanHours: null });
  });

  it('groups per team and per owner', () => {
    const cases = [
      closed({ id: 'a' }),
      closed({ id: 'b', ownerId: 'emp_b', teamId: 'tm_b', outcome: 'not_recovered' }),
    ];
    expect(groupCases(cases, 'owner').map((g) => [g.key, g.recoveryRate.count])).toEqual([
      ['emp_a', 1],
      ['emp_b', 0],
    ]);
    expect(groupCases(cases, 'team').map((g) => g.key)).toEqual(['tm_a', 'tm_b']);
  });

  it('tells where an SLA stands', () => {
    const now = '2026-01-05T16:00:00.000Z';
    const soon = '2026-01-05T18:00:00.000Z';
    expect(slaState(base, '2026-01-05T10:00:00.000Z', '2026-01-05T12:00:00.000Z')).toBe('on_track');
    expect(slaState(base, now, soon)).toBe('due_soon');
    expect(slaState(base, '2026-01-05T17:00:00.000Z', soon)).toBe('breached');
    expect(slaState(closed({}), now, soon)).toBe('met');
    expect(slaState(closed({ slaBreachedAt: now }), now, soon)).toBe('missed');
  });

  it('allows the lifecycle moves and refuses the others', () => {
    expect(() => checkMove('open', 'in_progress')).not.toThrow();
    expect(() => checkMove('waiting_on_customer', 'in_progress')).not.toThrow();
    expect(() => checkMove('resolved', 'in_progress')).not.toThrow();
    expect(() => checkMove('in_progress', 'open')).toThrow(/cannot go from in_progress to open/);
    expect(() => checkMove('closed', 'in_progress')).toThrow(/closed/);
  });
});
