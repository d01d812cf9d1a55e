import { describe, expect, it } from 'vitest';
import { flagChainBroken } from './chain.ts';

const teams = [
  { teamId: 't1', leadership: 4.4, outcome: 88 },
  { teamId: 't2', leadership: 4.0, outcome: 84 },
  { teamId: 't3', leadership: 2.7, outcome: 72 },
  { teamId: 't4', leadership: 3.9, outcome: 70 },
  { teamId: 't5', leadership: 2.9, outcome: 86 },
  { teamId: 't6', leadership: 4.6, outcome: 90 },
  { teamId: 't7', leadership: 3.0, outcome: 75 },
  { teamId: 't8', leadership: 4.2, outcome: 83 },
];

describe('chain broken', () => {
  it('flags teams low on both leadership and outcome (mean − 0.5·sd, hand-checked)', () => {
    // Leadership: mean 29.7/8 = 3.7125; deviations .6875 .2875 −1.0125 .1875 −.8125 .8875 −.7125
    //   .4875, Σ² = 3.80875, sd = √(3.80875/7) = 0.737636 → cut-off 3.7125 − 0.368818 = 3.343682:
    //   t3 (2.7), t5 (2.9), t7 (3.0) are low.
    // Outcome: mean 648/8 = 81; deviations 7 3 −9 −11 5 9 −6 2, Σ² = 406, sd = √(406/7) = 7.615773
    //   → cut-off 77.192113: t3 (72), t4 (70), t7 (75) are low.
    // Both: t3 and t7 (t5 has low leadership but happy customers; t4 the reverse).
    const r = flagChainBroken(teams);
    expect(r.status).toBe('ok');
    expect(r.cutoffs.leadership).toBeCloseTo(3.7125 - 0.5 * Math.sqrt(3.80875 / 7), 10);
    expect(r.cutoffs.outcome).toBeCloseTo(81 - 0.5 * Math.sqrt(406 / 7), 10);
    expect(r.broken.map((t) => t.team.teamId)).toEqual(['t3', 't7']);
    const t5 = r.teams.find((t) => t.team.teamId === 't5')!;
    expect(t5).toMatchObject({ lowLeadership: true, lowOutcome: false, chainBroken: false });
    expect(r.broken[0]!.leadershipZ).toBeCloseTo((2.7 - 3.7125) / Math.sqrt(3.80875 / 7), 10);
  });

  it('keeps the caller’s team objects, and leaves out teams with a missing value', () => {
    const withHidden = [
      ...teams.map((t) => ({ ...t, name: t.teamId.toUpperCase() })),
      { teamId: 't9', leadership: null, outcome: 60, name: 'T9' },
    ];
    const r = flagChainBroken(withHidden);
    expect(r.broken[0]!.team.name).toBe('T3');
    expect(r.excluded.map((t) => t.teamId)).toEqual(['t9']);
  });

  it('flags nobody when all teams are alike, and needs three teams', () => {
    const same = teams.map((t) => ({ ...t, leadership: 4, outcome: 80 }));
    expect(flagChainBroken(same).broken).toEqual([]);
    expect(flagChainBroken(teams.slice(0, 2))).toMatchObject({ status: 'too_few', broken: [] });
    expect(() => flagChainBroken(teams, { k: -1 })).toThrow(/k must be/);
  });

  it('applies absolute floors on top of the relative rule', () => {
    const r = flagChainBroken(teams, { k: 3, leadershipFloor: 3.5, outcomeFloor: 80 });
    expect(r.broken.map((t) => t.team.teamId)).toEqual(['t3', 't7']);
    expect(flagChainBroken(teams, { k: 3 }).broken).toEqual([]);
  });
});
