// Story 3 of DESIGN.md (seeds/002, "the unbroken chain"): eight teams with leadership and employee
// pulse results and their customers' CSAT. The linkage shows the correlation over teams with its
// interval; a team under 5 respondents is hidden (and so is its complement, or the company figure
// would give it away); teams with low leadership engagement stand out.
import { describe, expect, it } from 'vitest';
import { engagementIndex } from '../metrics/engagement.ts';
import type { ScoreAnswer } from '../metrics/histogram.ts';
import { suppressCells } from '../metrics/anonymity.ts';
import { flagChainBroken } from './chain.ts';
import { linkTeams } from './link-teams.ts';

/** n respondents whose two 1–5 items average to `scores` in turn. */
function respondents(scores: readonly number[]): ScoreAnswer[][] {
  return scores.map((s) => [
    { value: Math.floor(s), scaleMin: 1, scaleMax: 5 },
    { value: Math.ceil(s), scaleMin: 1, scaleMax: 5 },
  ]);
}

const teams = [
  {
    id: 'north',
    leadership: [5, 4, 4.5, 4.5, 4, 5, 4.5, 4, 5, 4.5, 4, 5],
    employee: [4, 4.5, 4.5, 4, 4, 4.5, 4, 5, 4, 4, 4.5, 4],
    csat: 84,
  },
  { id: 'south', leadership: [4, 4, 3.5, 4.5, 4, 4], employee: [4, 4, 3.5, 4, 4, 4.5], csat: 84 },
  { id: 'east', leadership: [2, 3, 2.5, 3], employee: [3, 3, 3.5, 2.5], csat: 70 },
  {
    id: 'west',
    leadership: [4, 3.5, 4, 4, 4.5, 3.5, 4, 4, 3.5, 4],
    employee: [3.5, 4, 3.5, 4, 3.5, 4, 3.5, 4, 3.5, 4],
    csat: 82,
  },
  {
    id: 'harbour',
    leadership: [3, 2.5, 3, 2.5, 3, 3, 2.5, 3, 3],
    employee: [3, 3.5, 3, 3, 3, 3.5, 3, 3, 3.5],
    csat: 74,
  },
  {
    id: 'hill',
    leadership: [5, 4.5, 5, 4.5, 5, 4.5, 4.5, 5, 4.5, 5, 4.5, 4.5, 5, 4.5, 4.5],
    employee: [4.5, 4.5, 4, 4.5, 5, 4.5, 4, 4.5, 4.5, 4.5, 4, 4.5, 4.5, 4.5, 4],
    csat: 86,
  },
  {
    id: 'river',
    leadership: [3, 3, 3.5, 2.5, 3, 3, 3.5, 3, 3, 3, 3],
    employee: [3.5, 3.5, 3, 3.5, 3.5, 3, 3.5, 3.5, 3, 3.5, 3.5],
    csat: 73,
  },
  {
    id: 'valley',
    leadership: [4, 4.5, 4, 4, 4.5, 4, 4, 4.5, 4, 4],
    employee: [4, 4, 4, 3.5, 4, 4, 4, 4, 3.5, 4],
    csat: 79,
  },
];

describe('story 3: the unbroken chain', () => {
  const figures = teams.map((t) => ({
    teamId: t.id,
    leadership: engagementIndex(respondents(t.leadership), { metric: 'leadership' }),
    employee: engagementIndex(respondents(t.employee)),
    csat: t.csat,
  }));
  const total = teams.reduce((a, t) => a + t.employee.length, 0);
  const visibility = suppressCells(
    figures.map((f) => ({ key: f.teamId, n: f.employee.n })),
    total,
  );
  const visible = figures.filter((f) => visibility.shown.includes(f.teamId));

  it('hides the team of 4 everywhere, and the complement that would reveal it by difference', () => {
    const east = figures.find((f) => f.teamId === 'east')!;
    expect(east.employee).toMatchObject({ status: 'too_few', value: null, parts: null, n: 4 });
    expect(east.leadership.value).toBeNull();
    expect([...visibility.hidden].sort()).toEqual(['east', 'south']);
    expect(visibility.totalShown).toBe(true);
    expect(visible.map((f) => f.teamId)).toEqual([
      'north',
      'west',
      'harbour',
      'hill',
      'river',
      'valley',
    ]);
  });

  it('correlates employee engagement with CSAT over the visible teams, matching an independent computation', () => {
    const points = visible.map((f) => ({
      teamId: f.teamId,
      x: f.employee.value!,
      y: f.csat,
      weight: f.employee.n,
    }));
    const link = linkTeams(points);
    // Independent: the one-pass textbook formula r = (nΣxy − ΣxΣy)/√((nΣx² − (Σx)²)(nΣy² − (Σy)²)).
    const n = points.length;
    const sx = points.reduce((a, p) => a + p.x, 0);
    const sy = points.reduce((a, p) => a + p.y, 0);
    const sxy = points.reduce((a, p) => a + p.x * p.y, 0);
    const sxx = points.reduce((a, p) => a + p.x * p.x, 0);
    const syy = points.reduce((a, p) => a + p.y * p.y, 0);
    const r = (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
    expect(link.pearson.r).toBeCloseTo(r, 10);
    const se = 1 / Math.sqrt(n - 3);
    expect(link.pearson.interval?.low).toBeCloseTo(Math.tanh(Math.atanh(r) - 1.96 * se), 10);
    expect(link.pearson.interval?.high).toBeCloseTo(Math.tanh(Math.atanh(r) + 1.96 * se), 10);
    expect(link.pearson.includesZero).toBe(false);
    expect(link.pearson.sentence).toMatch(
      /^(strong|very strong) positive link, r = 0\.\d\d, 95 % interval 0\.\d\d–0\.\d\d, 6 teams$/,
    );
  });

  it('flags the low-leadership teams whose customers are also less satisfied', () => {
    const chain = flagChainBroken(
      visible.map((f) => ({ teamId: f.teamId, leadership: f.leadership.value, outcome: f.csat })),
    );
    expect(chain.broken.map((t) => t.team.teamId)).toEqual(['harbour', 'river']);
    expect(
      chain.teams
        .filter((t) => t.lowLeadership)
        .map((t) => t.team.teamId)
        .sort(),
    ).toEqual(['harbour', 'river']);
  });
});
