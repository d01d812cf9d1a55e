/** GET /cases/metrics: the closed-loop figures of a period, overall and per team or owner. */
import { authorize, type Ctx } from '../auth/actor.ts';
import { visiblePeople } from '../auth/visibility.ts';
import { addMs, DAY_MS } from '../common/clock.ts';
import type { Deps } from '../common/deps.ts';
import { invalid } from '../errors/domain-error.ts';
import {
  caseFigures,
  groupCases,
  type CaseFigures,
  type CaseGroup,
  type CaseGroupBy,
} from './case-metrics.ts';

export interface CaseMetricsQuery {
  from?: string | undefined;
  to?: string | undefined;
  groupBy?: CaseGroupBy | undefined;
}

export interface CaseMetrics {
  from: string;
  to: string;
  overall: CaseFigures;
  groupBy: CaseGroupBy;
  groups: Array<CaseGroup & { name: string | null }>;
}

export async function caseMetrics(d: Deps, ctx: Ctx, q: CaseMetricsQuery): Promise<CaseMetrics> {
  authorize(ctx, 'cases:read');
  const to = q.to ? new Date(q.to).toISOString() : addMs(d.clock.now().toISOString(), 1);
  const from = q.from ? new Date(q.from).toISOString() : addMs(to, -90 * DAY_MS);
  if (from >= to) throw invalid('from', 'from must be before to.');
  // An agent's or manager's figures count the cases in their scope, like their inbox.
  const visibleTo = await visiblePeople(d, ctx);
  const cases = await d.r.cases.openedBetween(ctx.workspaceId, from, to, visibleTo);
  const groupBy = q.groupBy ?? 'team';
  const groups = groupCases(cases, groupBy);
  const ids = groups.flatMap((g) => (g.key ? [g.key] : []));
  const names = new Map<string, string>();
  if (groupBy === 'owner')
    for (const e of await d.r.employees.getMany(ctx.workspaceId, ids)) names.set(e.id, e.name);
  else
    for (const t of await d.r.teams.list(ctx.workspaceId))
      if (ids.includes(t.id)) names.set(t.id, t.name);
  return {
    from,
    to,
    overall: caseFigures(cases),
    groupBy,
    groups: groups.map((g) => ({ ...g, name: g.key ? (names.get(g.key) ?? null) : null })),
  };
}
