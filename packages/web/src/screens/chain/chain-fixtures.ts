/** A linkage answer for component tests: five teams shown (one chain broken), one hidden. */
import type { Linkage, LinkageEstimate, LinkageLink } from '@rapport/contracts';

const period = {
  key: '2026-Q3',
  kind: 'quarter' as const,
  from: '2026-07-01',
  to: '2026-10-01',
  closed: true,
};
const estimate = (
  r: number,
  sentence: string,
  method: LinkageEstimate['method'] = 'pearson',
): LinkageEstimate => ({
  method,
  r,
  n: 5,
  nEffective: 5,
  interval: { low: 0.12, high: 0.97 },
  intervalMethod: 'fisher',
  includesZero: false,
  sentence,
});
const TEAMS = [
  { teamId: 'tm_a', name: 'Billing <b>Support</b>', lead: 4.7, eng: 4.6, csat: 96 },
  { teamId: 'tm_b', name: 'Claims', lead: 3.6, eng: 3.5, csat: 78 },
  { teamId: 'tm_c', name: 'Digital Care', lead: 4.5, eng: 4.2, csat: 92 },
  { teamId: 'tm_d', name: 'Phone Support South', lead: 2.3, eng: 2.6, csat: 40 },
  { teamId: 'tm_e', name: 'Retail Stores', lead: 3.0, eng: 3.6, csat: 81 },
];
const link = (y: 'engagement' | 'csat'): LinkageLink => {
  const sentence =
    y === 'engagement'
      ? 'very strong positive link, r = 0.93, 95 % interval 0.12–0.97, 5 teams'
      : 'strong positive link, r = 0.79, 95 % interval 0.12–0.97, 5 teams';
  return {
    x: y === 'engagement' ? 'leadership' : 'engagement',
    y,
    n: 5,
    primary: estimate(y === 'engagement' ? 0.93 : 0.79, sentence),
    pearson: estimate(y === 'engagement' ? 0.93 : 0.79, sentence),
    spearman: estimate(0.9, 'very strong positive link, ρ = 0.90', 'spearman'),
    weightedPearson: null,
    line: { slope: 0.8, intercept: 0.7 },
    points: TEAMS.map((t) => ({
      teamId: t.teamId,
      name: t.name,
      x: y === 'engagement' ? t.lead : t.eng,
      y: y === 'engagement' ? t.eng : t.csat,
      weight: 6,
    })),
  };
};

export const LINKAGE: Linkage = {
  period,
  outcomePeriod: period,
  outcome: 'csat',
  lag: 0,
  weighted: false,
  threshold: 5,
  surveys: { employee: 'srv_e', leadership: 'srv_l' },
  leadershipToEngagement: link('engagement'),
  engagementToOutcome: link('csat'),
  chain: {
    status: 'ok',
    k: 0.5,
    cutoffs: { leadership: 3.2, outcome: 70 },
    teams: TEAMS.map((t) => ({
      teamId: t.teamId,
      name: t.name,
      leadership: t.lead,
      engagement: t.eng,
      outcome: t.csat,
      leadershipZ: (t.lead - 3.6) / 0.9,
      outcomeZ: (t.csat - 77) / 20,
      lowLeadership: t.lead < 3.2,
      lowOutcome: t.csat < 70,
      chainBroken: t.lead < 3.2 && t.csat < 70,
    })),
    broken: [],
  },
  teamsHidden: 1,
};
