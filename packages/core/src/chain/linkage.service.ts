/**
 * The unbroken chain over teams (seeds/002): leadership engagement → employee engagement →
 * customer outcome. Each link is a correlation over the teams whose figures may be shown — hidden
 * teams are left out of the points, the estimates and the flags alike — with Pearson and Spearman,
 * 95 % intervals, the fitted line and the plain sentence. Lagged (lag = 1): employee engagement of
 * one quarter against the customers' outcomes of the next.
 */
import { authorize, type Ctx } from '../auth/actor.ts';
import type { Deps } from '../common/deps.ts';
import { invalid } from '../errors/domain-error.ts';
import { flagChainBroken } from '../linkage/chain.ts';
import { linkTeams, type CorrelationEstimate } from '../linkage/link-teams.ts';
import type { FittedLine } from '../linkage/fit.ts';
import { withDefaults } from '../workspace/workspace.ts';
import { nextQuarter, type PulsePeriod } from './periods.ts';
import { teamOutcomes, type OutcomeMetric } from './team-outcomes.ts';
import { periodInfo, teamScores, type PeriodInfo, type TeamScore } from './team-scores.service.ts';

export interface LinkageRequest {
  period: PulsePeriod;
  outcome: OutcomeMetric;
  /** 0: the same period; 1: outcomes of the next quarter. */
  lag: 0 | 1;
  /** Weight teams by their respondents (size-weighted Pearson as the headline). */
  weighted: boolean;
  employeeSurveyId?: string | undefined;
  leadershipSurveyId?: string | undefined;
}

export interface TeamPoint {
  teamId: string;
  name: string;
  x: number;
  y: number;
  /** Respondents of the team's employee pulse. */
  weight: number;
}

export interface LinkReport {
  x: 'leadership' | 'engagement';
  y: 'engagement' | OutcomeMetric;
  n: number;
  primary: CorrelationEstimate;
  pearson: CorrelationEstimate;
  spearman: CorrelationEstimate;
  weightedPearson: CorrelationEstimate | null;
  line: FittedLine | null;
  points: TeamPoint[];
}

export interface ChainRow {
  teamId: string;
  name: string;
  leadership: number;
  engagement: number | null;
  outcome: number;
  leadershipZ: number;
  outcomeZ: number;
  lowLeadership: boolean;
  lowOutcome: boolean;
  chainBroken: boolean;
}

export interface LinkageReport {
  period: PeriodInfo;
  outcomePeriod: PeriodInfo;
  outcome: OutcomeMetric;
  lag: 0 | 1;
  weighted: boolean;
  threshold: number;
  surveys: { employee: string | null; leadership: string | null };
  leadershipToEngagement: LinkReport;
  engagementToOutcome: LinkReport;
  chain: {
    status: 'ok' | 'too_few';
    k: number;
    cutoffs: { leadership: number | null; outcome: number | null };
    teams: ChainRow[];
    /** Teams whose leadership engagement and customer outcome are both low, lowest first. */
    broken: ChainRow[];
  };
  /** Teams left out of everything because their pulse results are hidden. */
  teamsHidden: number;
}

interface Pair {
  team: TeamScore;
  x: number;
  y: number;
}

function link(
  x: LinkReport['x'],
  y: LinkReport['y'],
  pairs: Pair[],
  weighted: boolean,
): LinkReport {
  const points = pairs.map((p) => ({
    teamId: p.team.teamId,
    name: p.team.name,
    x: p.x,
    y: p.y,
    weight: p.team.employee.respondents ?? 0,
  }));
  const primary = weighted && points.length > 0 ? 'weighted-pearson' : 'pearson';
  const r = linkTeams(points, { primary, seed: 1 });
  return { x, y, ...r, points };
}

const okValue = (f: { status: string; value: number | null } | null): number | null =>
  f && f.status === 'ok' ? f.value : null;

export async function teamLinkage(d: Deps, ctx: Ctx, req: LinkageRequest): Promise<LinkageReport> {
  authorize(ctx, 'metrics:read');
  if (req.lag === 1 && req.period.kind !== 'quarter')
    throw invalid('lag', 'A lagged link pairs one quarter with the next: give a quarter.');
  const scores = await teamScores(d, ctx, req);
  const outcomePeriod = req.lag === 1 ? nextQuarter(req.period) : req.period;
  const settings = withDefaults((await d.r.workspaces.get(ctx.workspaceId))?.settings);
  const outcomes =
    req.lag === 1
      ? await teamOutcomes(d, ctx.workspaceId, outcomePeriod, settings.minResponses)
      : undefined;
  const outcomeOf = (t: TeamScore) =>
    okValue(outcomes ? (outcomes.get(t.teamId)?.[req.outcome] ?? null) : t.customers[req.outcome]);
  // A hidden figure is null: nothing of a hidden team enters a point, an estimate or a flag.
  const lead = (t: TeamScore) => okValue(t.leadership.figure);
  const eng = (t: TeamScore) => okValue(t.employee.engagement);
  const pairs = (fx: (t: TeamScore) => number | null, fy: (t: TeamScore) => number | null) =>
    scores.teams.flatMap((team) => {
      const x = fx(team);
      const y = fy(team);
      return x === null || y === null ? [] : [{ team, x, y }];
    });
  const chain = flagChainBroken(
    scores.teams.map((t) => ({ teamId: t.teamId, leadership: lead(t), outcome: outcomeOf(t), t })),
  );
  const row = (c: (typeof chain.teams)[number]): ChainRow => ({
    teamId: c.team.teamId,
    name: c.team.t.name,
    leadership: c.team.leadership ?? 0,
    engagement: eng(c.team.t),
    outcome: c.team.outcome ?? 0,
    leadershipZ: c.leadershipZ,
    outcomeZ: c.outcomeZ,
    lowLeadership: c.lowLeadership,
    lowOutcome: c.lowOutcome,
    chainBroken: c.chainBroken,
  });
  return {
    period: scores.period,
    outcomePeriod: periodInfo(outcomePeriod, d.clock.now()),
    outcome: req.outcome,
    lag: req.lag,
    weighted: req.weighted,
    threshold: scores.threshold,
    surveys: scores.surveys,
    leadershipToEngagement: link('leadership', 'engagement', pairs(lead, eng), req.weighted),
    engagementToOutcome: link('engagement', req.outcome, pairs(eng, outcomeOf), req.weighted),
    chain: {
      status: chain.status,
      k: chain.k,
      cutoffs: chain.cutoffs,
      teams: chain.teams.map(row),
      broken: chain.broken.map(row),
    },
    teamsHidden: scores.teams.filter((t) => !t.employee.shown || !t.leadership.shown).length,
  };
}
