/**
 * Which views of the cases inbox each role gets. The API answers each user with their scope
 * only (an agent the cases owned by or escalated to them, a manager also those of everyone under
 * them, an analyst or admin all; docs/SECURITY.md § 9); these views narrow it further: an
 * agent's own, a manager's team or own, an analyst's or admin's all. A case page opened by
 * link is checked the same way (mayOpenCase); the server answers 404 outside scope anyway.
 */
import type { Case, CaseQuery, CaseStatus, Me, SlaState, Team } from '@rapport/contracts';
import { ACTIVE_STATUSES, SLA_STATES, STATUSES } from './case-labels.ts';
import { PRIORITIES } from './case-labels.ts';

export type CaseView = 'team' | 'mine' | 'all';
export const VIEW_LABELS: Record<CaseView, string> = {
  team: "My team's cases",
  mine: 'Mine and escalated to me',
  all: 'All cases',
};

export interface CaseScope {
  views: CaseView[];
  /** Why this user has no cases of their own to see. */
  blocked?: string;
  /**
   * May reassign cases (bulk assign, change owner) — to whom, the server says
   * (AssigneeSelect): an agent only to themselves or up their manager chain.
   */
  canAssign: boolean;
  team: Team | undefined;
}

type Who = Pick<Me, 'role' | 'employeeId'>;

export function caseScope(me: Who, team: Team | undefined): CaseScope {
  if (me.role === 'agent') {
    return me.employeeId
      ? { views: ['mine'], canAssign: true, team }
      : {
          views: ['mine'],
          canAssign: false,
          team,
          blocked:
            'Your user is not linked to an employee, so no case can be yours. Ask an administrator to link it.',
        };
  }
  if (me.role === 'manager') {
    const views: CaseView[] = team ? ['team', 'mine'] : ['mine'];
    return me.employeeId
      ? { views, canAssign: true, team }
      : {
          views,
          canAssign: true,
          team,
          blocked:
            'Your user is not linked to an employee, so there is no team of yours. Ask an administrator to link it.',
        };
  }
  return { views: me.employeeId ? ['all', 'mine'] : ['all'], canAssign: true, team };
}

/** The owner filter's value for cases nobody owns (`?owner=none`). */
export const NOBODY = 'none';

/** The filters of the inbox, as in the URL. */
export interface CaseFilters {
  view: CaseView;
  /** 'active' (every status but closed), 'all', or one status. */
  status: 'active' | 'all' | CaseStatus;
  sla?: SlaState;
  priority?: Case['priority'];
  /** Only in the "all" view: one owner (or NOBODY: the unassigned cases), one team. */
  ownerId?: string;
  teamId?: string;
}

const oneOf = <T extends string>(v: string | null, list: readonly T[]): T | undefined =>
  list.find((x) => x === v);

export function filtersFromSearch(search: URLSearchParams, scope: CaseScope): CaseFilters {
  const view = oneOf(search.get('view'), scope.views) ?? scope.views[0] ?? 'mine';
  const status = search.get('status');
  return {
    view,
    status: status === 'all' ? 'all' : (oneOf(status, STATUSES) ?? 'active'),
    sla: oneOf(search.get('sla'), SLA_STATES),
    priority: oneOf(search.get('priority'), PRIORITIES),
    ownerId: view === 'all' ? (search.get('owner') ?? undefined) : undefined,
    teamId: view === 'all' ? (search.get('team') ?? undefined) : undefined,
  };
}

export function filtersToSearch(f: CaseFilters): Record<string, string | undefined> {
  return {
    view: f.view,
    status: f.status === 'active' ? undefined : f.status,
    sla: f.sla,
    priority: f.priority,
    owner: f.view === 'all' ? f.ownerId : undefined,
    team: f.view === 'all' ? f.teamId : undefined,
  };
}

/** The list query: the view's owner or team, and the filters. */
export function filtersToQuery(f: CaseFilters, me: Who, scope: CaseScope): CaseQuery {
  const status =
    f.status === 'active' ? ACTIVE_STATUSES.join(',') : f.status === 'all' ? undefined : f.status;
  const base: CaseQuery =
    f.view === 'mine'
      ? { ownerId: me.employeeId ?? undefined }
      : f.view === 'team'
        ? { teamId: scope.team?.id }
        : f.ownerId === NOBODY
          ? { unassigned: 'true' as const, teamId: f.teamId }
          : { ownerId: f.ownerId, teamId: f.teamId };
  return { ...base, status, slaState: f.sla, priority: f.priority };
}

/** Whether this user may see and work on a case opened by its link. */
export function mayOpenCase(me: Who, c: Case, team: Team | undefined): boolean {
  if (me.role === 'admin' || me.role === 'analyst') return true;
  const mine =
    me.employeeId !== null && (c.ownerId === me.employeeId || c.escalatedToId === me.employeeId);
  if (me.role === 'agent') return mine;
  return mine || (team !== undefined && c.teamId === team.id);
}
