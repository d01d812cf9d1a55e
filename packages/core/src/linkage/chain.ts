/**
 * "Chain broken" (seeds/002: customer engagement is a function of employee engagement, nurtured by
 * leadership engagement — when the chain breaks, the magic switches off).
 *
 * A team's value is **low** when it lies below the across-team mean by more than k standard
 * deviations: value < mean − k·sd, with the unweighted mean and sample sd over the teams compared
 * and k = 0.5 by default (about the bottom 30 % of teams under normality, and nobody when all teams
 * are alike); optionally, a value under an absolute floor (e.g. 3.0 on a 1–5 index) is low too.
 * A team is **chain broken** when both its leadership engagement and its customer outcome are low.
 * Values must be oriented "higher is better". At least 3 teams are needed to judge.
 */
import { invalid } from '../errors/domain-error.ts';

export interface ChainTeamInput {
  teamId: string;
  /** Leadership engagement of the team's manager (null when hidden or unknown). */
  leadership: number | null;
  /** The customer outcome judged (CSAT %, NPS, …; null when too few). */
  outcome: number | null;
}

export interface ChainOptions {
  /** Standard deviations below the mean that count as low. Default 0.5. */
  k?: number | undefined;
  leadershipFloor?: number | undefined;
  outcomeFloor?: number | undefined;
}

export interface ChainTeam<T extends ChainTeamInput> {
  team: T;
  /** (value − mean)/sd across teams; 0 when sd = 0. */
  leadershipZ: number;
  outcomeZ: number;
  lowLeadership: boolean;
  lowOutcome: boolean;
  chainBroken: boolean;
}

export interface ChainResult<T extends ChainTeamInput> {
  status: 'ok' | 'too_few';
  k: number;
  /** Values strictly below these are low (relative rule; floors apply on top). */
  cutoffs: { leadership: number | null; outcome: number | null };
  /** Every team with both values, with its flags and z-scores. */
  teams: ChainTeam<T>[];
  /** The chain-broken teams, lowest leadership first. */
  broken: ChainTeam<T>[];
  /** Teams left out for a missing value. */
  excluded: T[];
}

const MIN_TEAMS = 3;

function meanSd(vs: readonly number[]): { mean: number; sd: number } {
  const mean = vs.reduce((a, v) => a + v, 0) / vs.length;
  const ss = vs.reduce((a, v) => a + (v - mean) ** 2, 0);
  return { mean, sd: vs.length > 1 ? Math.sqrt(ss / (vs.length - 1)) : 0 };
}

/** Flags the teams whose leadership engagement and customer outcome are both low (see above). */
export function flagChainBroken<T extends ChainTeamInput>(
  teams: readonly T[],
  opts: ChainOptions = {},
): ChainResult<T> {
  const k = opts.k ?? 0.5;
  if (!(k >= 0) || !Number.isFinite(k))
    throw invalid('k', `k must be a finite number ≥ 0, got ${k}.`);
  const complete = teams.filter(
    (t): t is T & { leadership: number; outcome: number } =>
      t.leadership !== null &&
      t.outcome !== null &&
      Number.isFinite(t.leadership) &&
      Number.isFinite(t.outcome),
  );
  const excluded = teams.filter(
    (t) => !complete.includes(t as T & { leadership: number; outcome: number }),
  );
  if (complete.length < MIN_TEAMS) {
    return {
      status: 'too_few',
      k,
      cutoffs: { leadership: null, outcome: null },
      teams: [],
      broken: [],
      excluded,
    };
  }
  const l = meanSd(complete.map((t) => t.leadership));
  const o = meanSd(complete.map((t) => t.outcome));
  const cutL = l.mean - k * l.sd;
  const cutO = o.mean - k * o.sd;
  const z = (v: number, s: { mean: number; sd: number }) => (s.sd === 0 ? 0 : (v - s.mean) / s.sd);
  const rows = complete.map((t) => {
    const lowLeadership =
      t.leadership < cutL ||
      (opts.leadershipFloor !== undefined && t.leadership < opts.leadershipFloor);
    const lowOutcome =
      t.outcome < cutO || (opts.outcomeFloor !== undefined && t.outcome < opts.outcomeFloor);
    return {
      team: t as T,
      leadershipZ: z(t.leadership, l),
      outcomeZ: z(t.outcome, o),
      lowLeadership,
      lowOutcome,
      chainBroken: lowLeadership && lowOutcome,
    };
  });
  const broken = rows.filter((r) => r.chainBroken).sort((a, b) => a.leadershipZ - b.leadershipZ);
  return {
    status: 'ok',
    k,
    cutoffs: { leadership: cutL, outcome: cutO },
    teams: rows,
    broken,
    excluded,
  };
}
