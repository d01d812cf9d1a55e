import {
  dueSoonBefore,
  publicCase,
  slaState,
  withDefaults,
  type Case,
  type CaseEvent,
  type Deps,
} from '@rapport/core';

/** Cases as the API shows them: without the workspace, with where their SLA stands now. */
export async function presentCases(d: Deps, ws: string, cases: Case[]) {
  const now = d.clock.now().toISOString();
  const soon = dueSoonBefore(now, withDefaults((await d.r.workspaces.get(ws))?.settings));
  return cases.map((c) => ({ ...publicCase(c), slaState: slaState(c, now, soon) }));
}

export async function presentCase(d: Deps, ws: string, c: Case) {
  return (await presentCases(d, ws, [c]))[0] as Awaited<ReturnType<typeof presentCases>>[number];
}

export const presentEvent = ({ workspaceId: _ws, caseId: _c, ...rest }: CaseEvent) => rest;
