/**
 * Reading responses one by one (the drill-down under a figure, a customer's answers). An agent
 * or manager reads the responses about interactions they (or anyone under them) served and
 * those of customers in their book (docs/SECURITY.md § 9); one outside answers like a missing
 * id. Employee and leadership pulses are never shown one by one (chain/ shows aggregates).
 */
import { checkTimeRange } from '../common/time-range.ts';
import { authorize, type Ctx } from '../auth/actor.ts';
import { visiblePeople } from '../auth/visibility.ts';
import type { Deps } from '../common/deps.ts';
import type { Page, PageRequest } from '../common/page.ts';
import { notFound } from '../errors/domain-error.ts';
import { isPulseKind } from '../chain/pulse-privacy.ts';
import type { ResponseFilter, SurveyResponse } from './response.ts';

export async function listResponses(
  d: Deps,
  ctx: Ctx,
  filter: ResponseFilter,
  page: PageRequest,
): Promise<Page<SurveyResponse>> {
  authorize(ctx, 'responses:read');
  checkTimeRange(filter.from, filter.to);
  const visibleTo = await visiblePeople(d, ctx);
  const found = await d.r.responses.list(ctx.workspaceId, { ...filter, visibleTo }, page);
  return { ...found, items: found.items.filter((x) => !isPulseKind(x.surveyKind)) };
}

export async function getResponse(d: Deps, ctx: Ctx, id: string): Promise<SurveyResponse> {
  authorize(ctx, 'responses:read');
  const visibleTo = await visiblePeople(d, ctx);
  const seen =
    !visibleTo ||
    (await d.r.responses.list(ctx.workspaceId, { ids: [id], visibleTo }, { limit: 1 })).items
      .length > 0;
  const found = seen ? await d.r.responses.get(ctx.workspaceId, id) : undefined;
  if (!found || isPulseKind(found.surveyKind)) throw notFound('response', id);
  return found;
}
