/**
 * Story 3, the unbroken chain (seeds/002). The chain itself is the demo's: ten teams whose
 * leadership engagement, employee engagement and customers' outcomes follow one another with
 * noise (../chain.ts). This reads it the way the chain screen does — the last ended quarter,
 * CSAT as the outcome — and records the quarter and the teams where the chain is broken (low
 * leadership engagement and low customer outcome), so the tour can open the screen on them.
 */
import {
  lastClosedQuarter,
  systemCtx,
  teamLinkage,
  type Clock,
  type DemoStory,
  type Ids,
} from '@rapport/core';
import type { Store } from '@rapport/store';
import { storyRecord } from './story-record.ts';

export async function readUnbrokenChain(
  store: Store,
  deps: { clock: Clock; ids: Ids },
  ws: string,
  until: Date,
): Promise<DemoStory> {
  const period = lastClosedQuarter(until);
  const report = await store.read((r) =>
    teamLinkage({ r, ...deps }, systemCtx(ws), {
      period,
      outcome: 'csat',
      lag: 0,
      weighted: false,
    }),
  );
  const teamIds = report.chain.broken.map((t) => t.teamId);
  const teams = await store.read((r) => r.teams.list(ws));
  // The people to look at: the leads of the teams where the chain is broken.
  const employeeIds = teamIds.flatMap((id) => teams.find((t) => t.id === id)?.leadId ?? []);
  return storyRecord({ key: 'unbroken-chain', teamIds, employeeIds, period: period.key });
}
