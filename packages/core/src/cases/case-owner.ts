/**
 * Who owns a case, by attribution (DESIGN.md): a relationship red flag (a detractor, churn
 * words) belongs to the account's relationship owner, else the retention team's lead, else
 * the workspace's default owner; a transactional one (a low CSAT, an angry call note) to the
 * lead of the agent's team — or the agent's manager when the agent leads the team or has no
 * team — never to the agent who happened to take the call.
 */
import type { Deps } from '../common/deps.ts';
import type { Customer } from '../customers/customer.ts';
import type { Employee } from '../employees/employee.ts';
import type { Interaction } from '../interactions/interaction.ts';
import type { CaseOwnerChoice } from '../rules/rule.ts';
import { withDefaults, type WorkspaceSettings } from '../workspace/workspace.ts';
import { closedLoopSettings } from './case-settings.ts';

export type CaseScope = 'relationship' | 'transactional';

export interface OwnerBasis {
  scope: CaseScope;
  customer: Customer | null;
  interaction: Interaction | null;
  /** The workspace's settings when the caller has read them already (saves a read). */
  settings?: WorkspaceSettings | undefined;
}

export interface OwnerChoice {
  ownerId: string | null;
  teamId: string | null;
  /** In words, for the case history: why this person. */
  why: string;
}

async function active(d: Deps, ws: string, id: string | null | undefined) {
  if (!id) return undefined;
  const e = await d.r.employees.get(ws, id);
  return e?.active ? e : undefined;
}

const chosen = (e: Employee, why: string): OwnerChoice => ({
  ownerId: e.id,
  teamId: e.teamId,
  why,
});

async function fallback(
  d: Deps,
  ws: string,
  retentionFirst: boolean,
  known: WorkspaceSettings | undefined,
): Promise<OwnerChoice> {
  const settings = closedLoopSettings(
    (known ?? withDefaults((await d.r.workspaces.get(ws))?.settings)).closedLoop,
  );
  if (retentionFirst && settings.retentionTeamId) {
    const team = await d.r.teams.get(ws, settings.retentionTeamId);
    const lead = await active(d, ws, team?.leadId);
    if (lead) return chosen(lead, 'lead of the retention team');
  }
  const def = await active(d, ws, settings.defaultOwnerId);
  if (def) return chosen(def, 'the workspace default case owner');
  return { ownerId: null, teamId: null, why: 'nobody found by attribution: unassigned' };
}

async function relationshipOwner(d: Deps, ws: string, b: OwnerBasis): Promise<OwnerChoice> {
  const owner = await active(d, ws, b.customer?.relationshipOwnerId);
  if (owner) return chosen(owner, "the account's relationship owner");
  return fallback(d, ws, true, b.settings);
}

async function teamLead(d: Deps, ws: string, b: OwnerBasis): Promise<OwnerChoice> {
  const agentId = b.interaction?.employeeIds[0];
  const agent = agentId ? await d.r.employees.get(ws, agentId) : undefined;
  const teamId = b.interaction?.teamId ?? agent?.teamId ?? null;
  const team = teamId ? await d.r.teams.get(ws, teamId) : undefined;
  // No agent and no team (a comment without an interaction): the relationship decides.
  if (!agent && !team) return relationshipOwner(d, ws, b);
  const lead = team?.leadId !== agentId ? await active(d, ws, team?.leadId) : undefined;
  if (lead) return { ...chosen(lead, "lead of the agent's team"), teamId: team?.id ?? lead.teamId };
  const manager = await active(d, ws, agent?.managerId);
  if (manager) return chosen(manager, "the agent's manager");
  return fallback(d, ws, false, b.settings);
}

export async function caseOwner(
  d: Deps,
  ws: string,
  choice: CaseOwnerChoice,
  basis: OwnerBasis,
): Promise<OwnerChoice> {
  if (typeof choice === 'object') {
    const e = await active(d, ws, choice.employeeId);
    return e ? chosen(e, 'named by the rule') : fallback(d, ws, false, basis.settings);
  }
  if (choice === 'retention') return fallback(d, ws, true, basis.settings);
  if (choice === 'relationship_owner') return relationshipOwner(d, ws, basis);
  if (choice === 'team_lead') return teamLead(d, ws, basis);
  return basis.scope === 'relationship' ? relationshipOwner(d, ws, basis) : teamLead(d, ws, basis);
}
