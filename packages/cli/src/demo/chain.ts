/**
 * The unbroken chain in the demo (issue 7, seeds/002): four more teams (ten in all, one of four
 * people), a leadership engagement and an employee engagement per team that follow one another
 * with noise, pulses answered anonymously in the last two ended quarters, and customers' CSAT,
 * CES and NPS following each team's engagement — so the linkage view has something true to show.
 */
import {
  lastClosedQuarter,
  shiftQuarter,
  type Clock,
  type Customer,
  type Ids,
} from '@rapport/core';
import type { Store } from '@rapport/store';
import { addCustomerFeedback } from './chain-customers.ts';
import { teamChain, type TeamChain } from './chain-model.ts';
import { addPulseWaves } from './chain-pulses.ts';
import { addChainTeams } from './chain-teams.ts';
import type { Company } from './company.ts';
import type { Rng } from './random.ts';

export interface ChainDemoCounts {
  teams: number;
  employees: number;
  interactions: number;
  responses: number;
}

export async function addUnbrokenChain(
  store: Store,
  deps: { clock: Clock; ids: Ids },
  opts: {
    ws: string;
    company: Company;
    customers: readonly Customer[];
    rng: Rng;
    until: Date;
    /** The story customers (./stories), left out of the made-up answers. */
    skipCustomers?: ReadonlySet<string> | undefined;
  },
): Promise<ChainDemoCounts> {
  const { rng } = opts;
  const until = opts.until.getTime();
  const last = lastClosedQuarter(opts.until).key;
  const quarters = [shiftQuarter(last, -1), last];
  const extra = await addChainTeams(store, deps, { ...opts, until });
  const teams = [...opts.company.teams, ...extra.teams];
  const chains = new Map<string, TeamChain>(
    teams.map((t) => [t.team.id, teamChain(t.quality, quarters, rng)] as const),
  );
  const ownerTeam = new Map<string, string>();
  for (const t of teams) for (const a of [t.lead, ...t.agents]) ownerTeam.set(a.id, t.team.id);
  const pulses = await addPulseWaves(store, deps, { ...opts, teams, chains, quarters });
  const feedback = await addCustomerFeedback(store, deps, {
    ...opts,
    chains,
    ownerTeam,
    quarters,
    until,
  });
  return {
    teams: extra.teams.length,
    employees: extra.teams.reduce((s, t) => s + 1 + t.agents.length, 0),
    interactions: extra.interactions,
    responses: pulses.responses + feedback.responses,
  };
}
