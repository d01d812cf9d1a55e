/**
 * Whose answers a figure counts (issue 11, docs/SECURITY.md § 9; DESIGN.md "Attribution"):
 *
 * - a signed-in agent: the answers about the interactions they handled — never the company's
 *   NPS nor another agent's figures;
 * - a signed-in manager: the answers attributed to themselves or anyone under them in the
 *   manager tree — transactional answers by the agent of the interaction, relationship answers
 *   (NPS among them) by the customer's relationship owner; asking for someone outside is 422;
 * - an agent or manager user not linked to an employee: 403, there are no figures of theirs;
 * - analysts, admins and API keys: the workspace's.
 */
import type { Ctx } from '../auth/actor.ts';
import { visibility } from '../auth/visibility.ts';
import type { Deps } from '../common/deps.ts';
import { DomainError, invalid } from '../errors/domain-error.ts';
import type { MetricFilters } from './metric-query.ts';
import type { AnswerScope } from './response.ts';

export async function filtersInScope(
  d: Deps,
  ctx: Ctx,
  metric: string,
  filters: MetricFilters,
  scope: AnswerScope,
): Promise<MetricFilters> {
  const v = await visibility(d, ctx);
  if (v.kind === 'workspace') return filters;
  if (v.self === null)
    throw new DomainError(
      'forbidden',
      'Your user is not linked to an employee, so there are no figures of your own.',
    );
  const people = v.employeeIds;
  if (ctx.actor.role === 'agent') {
    if (metric === 'nps')
      throw invalid(
        'metric',
        'An agent sees their own transactional figures; NPS is the company’s.',
      );
    if (filters.agentId !== undefined && filters.agentId !== v.self)
      throw invalid('agentId', 'An agent sees their own figures only.');
    return { ...filters, agentId: v.self };
  }
  for (const field of ['agentId', 'ownerId'] as const) {
    const id = filters[field];
    if (id !== undefined && !people.includes(id))
      throw invalid(field, 'A manager sees the figures of their own people only.');
  }
  return scope === 'relationship'
    ? { ...filters, ownerIn: people }
    : { ...filters, agentIn: people };
}
