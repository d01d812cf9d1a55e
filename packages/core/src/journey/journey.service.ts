/** The journey API's use cases: the emotion map of a workspace, and one customer's journey. */
import { authorize, type Ctx } from '../auth/actor.ts';
import type { Deps } from '../common/deps.ts';
import { workspaceEngagementParams } from '../engagement/engagement.service.ts';
import { assembleTouchpoints } from '../engagement/touchpoint.ts';
import { invalid, notFound } from '../errors/domain-error.ts';
import { withDefaults } from '../workspace/workspace.ts';
import { customerJourney, type CustomerJourney } from './customer-journey.ts';
import { emotionMap, type EmotionMap, type EmotionMapFilter } from './emotion-map.ts';

export async function getEmotionMap(
  d: Deps,
  ctx: Ctx,
  filter: EmotionMapFilter,
): Promise<EmotionMap> {
  authorize(ctx, 'metrics:read');
  if (filter.from && filter.to && Date.parse(filter.from) >= Date.parse(filter.to))
    throw invalid('to', '`to` must come after `from`.');
  const settings = withDefaults((await d.r.workspaces.get(ctx.workspaceId))?.settings);
  const counts = await d.r.journey.emotionCounts(ctx.workspaceId, filter);
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
  const customer = await d.r.customers.get(ws, customerId);
  if (!customer) throw notFound('customer', customerId);
  const settings = withDefaults((await d.r.workspaces.get(ws))?.settings);
  const [data, events, params] = [
    await d.r.engagement.touchpoints(ws, customerId, null),
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
