/** The journey API's use cases: the emotion map of a workspace, and one customer's journey. */
import { authorize, type Ctx } from '../auth/actor.ts';
import { visiblePeople } from '../auth/visibility.ts';
import type { Deps } from '../common/deps.ts';
import { workspaceEngagementParams } from '../engagement/engagement.service.ts';
import { assembleTouchpoints } from '../engagement/touchpoint.ts';
import { getCustomer } from '../customers/customer.service.ts';
import { invalid } from '../errors/domain-error.ts';
import { withDefaults } from '../workspace/workspace.ts';
import { customerJourney, type CustomerJourney } from './customer-journey.ts';
import { emotionMap, type EmotionMap, type EmotionMapFilter } from './emotion-map.ts';
import { journeyInScope } from './journey-scope.ts';

/**
 * The emotion map of an agent or manager counts the texts of the interactions they (or anyone
 * under them) served and the comments about those (docs/SECURITY.md § 9); an analyst's, an
 * admin's and an API key's the whole workspace's.
 */
export async function getEmotionMap(
  d: Deps,
  ctx: Ctx,
  filter: EmotionMapFilter,
): Promise<EmotionMap> {
  authorize(ctx, 'metrics:read');
  if (filter.from && filter.to && Date.parse(filter.from) >= Date.parse(filter.to))
    throw invalid('to', '`to` must come after `from`.');
  const settings = withDefaults((await d.r.workspaces.get(ctx.workspaceId))?.settings);
  const servedBy = await visiblePeople(d, ctx);
  const counts = await d.r.journey.emotionCounts(ctx.workspaceId, { ...filter, servedBy });
  return emotionMap(counts, settings.journeyStages, settings.minResponses);
}

export const JOURNEY_LIMIT = { default: 200, max: 1000 } as const;

export async function getCustomerJourney(
  d: Deps,
  ctx: Ctx,
  customerId: string,
  limit: number = JOURNEY_LIMIT.default,
): Promise<CustomerJourney> {
  authorize(ctx, 'customers:read');
  authorize(ctx, 'interactions:read');
  const ws = ctx.workspaceId;
  // A customer outside an agent's or manager's scope is as missing as a foreign id.
  const customer = await getCustomer(d, ctx, customerId);
  const people = await visiblePeople(d, ctx);
  const settings = withDefaults((await d.r.workspaces.get(ws))?.settings);
  const [data, events, params] = [
    await journeyInScope(
      d,
      ctx,
      customer,
      people,
      await d.r.engagement.touchpoints(ws, customerId, null),
    ),
    await d.r.engagement.events(ws, customerId),
    await workspaceEngagementParams(d, ws),
  ];
  return customerJourney({
    customerId,
    engagementScore: customer.engagementScore,
    stages: settings.journeyStages,
    params,
    touchpoints: assembleTouchpoints(data),
    events,
    limit: Math.max(1, Math.min(JOURNEY_LIMIT.max, Math.floor(limit))),
  });
}
