/**
 * What each role's overview covers (DESIGN.md, "Attribution"): an agent their own
 * transactional figures, a manager their team's (the server counts their people's answers
 * only), an analyst or admin the whole workspace —
 * and which breakdowns each metric may have (NPS is never per agent or per channel).
 */
import type { CustomerMetric, Employee, Me, Team } from '@rapport/contracts';

export type Dimension = 'channel' | 'stage' | 'team' | 'agent';
export const DIMENSION_LABELS: Record<Dimension, string> = {
  channel: 'Survey channel',
  stage: 'Journey stage',
  team: 'Team',
  agent: 'Agent',
};

/** The filters every metric request of the overview carries. */
export interface ScopeFilters {
  agentId?: string;
  teamId?: string;
}

export interface OverviewScope {
  /** Whose figures, in words. */
  title: string;
  filters: ScopeFilters;
  metrics: readonly CustomerMetric[];
  /** Why there is nothing to show, when the user cannot have figures of their own. */
  blocked?: string;
}

const ALL: readonly CustomerMetric[] = ['nps', 'csat', 'ces', 'expectations'];
const TRANSACTIONAL: readonly CustomerMetric[] = ['csat', 'ces', 'expectations'];

/** The team a manager leads (or belongs to). */
export function managersTeam(
  employeeId: string,
  employees: ReadonlyMap<string, Employee> | undefined,
  teams: readonly Team[] | undefined,
): Team | undefined {
  const led = teams?.find((t) => t.leadId === employeeId);
  if (led) return led;
  const own = employees?.get(employeeId)?.teamId;
  return own ? teams?.find((t) => t.id === own) : undefined;
}

export function overviewScope(
  me: Pick<Me, 'role' | 'employeeId' | 'workspaceName'>,
  team: Team | undefined,
): OverviewScope {
  if (me.role === 'agent') {
    if (!me.employeeId) {
      return {
        title: 'Your figures',
        filters: {},
        metrics: TRANSACTIONAL,
        blocked:
          'Your user is not linked to an employee, so there are no figures of your own. Ask an administrator to link it.',
      };
    }
    return {
      title: 'Your figures: the interactions you handled',
      filters: { agentId: me.employeeId },
      metrics: TRANSACTIONAL,
    };
  }
  if (me.role === 'manager' && !me.employeeId) {
    return {
      title: 'Your people’s figures',
      filters: {},
      metrics: ALL,
      blocked:
        'Your user is not linked to an employee, so there are no figures of your people. Ask an administrator to link it.',
    };
  }
  if (me.role === 'manager' && team) {
    return { title: `Team ${team.name}`, filters: { teamId: team.id }, metrics: ALL };
  }
  // The server counts a manager's people only (docs/SECURITY.md § 9).
  if (me.role === 'manager')
    return { title: 'Your people: you and everyone under you', filters: {}, metrics: ALL };
  return { title: `All of ${me.workspaceName}`, filters: {}, metrics: ALL };
}

/**
 * The breakdowns a metric may have in a scope. NPS belongs to the company: never per agent or
 * channel (its team is the relationship owner's). An agent's own figures are not split by team
 * or agent; expectations are not ranked per agent.
 */
export function dimensionsFor(metric: CustomerMetric, scope: OverviewScope): Dimension[] {
  if (metric === 'nps') return ['stage', 'team'];
  if (scope.filters.agentId) return ['channel', 'stage'];
  if (metric === 'expectations') return ['channel', 'stage', 'team'];
  return ['channel', 'stage', 'team', 'agent'];
}
