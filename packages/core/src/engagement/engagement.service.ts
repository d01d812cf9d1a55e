/**
 * Keeping each customer's engagement score: after a touchpoint arrives (or its survey, or a
 * re-analysis), the score is recomputed from that touchpoint on — touchpoints applied in time
 * order even when they arrive out of order — and every step is kept as an engagement event.
 * Recomputes of one customer run one at a time (ordering key `engagement:<customer>`).
 */
import { authorize, type Ctx } from '../auth/actor.ts';
import type { Deps } from '../common/deps.ts';
import { withDefaults } from '../workspace/workspace.ts';
import { eventFromStep } from './engagement-event.ts';
import { replayEngagement, type EngagementStep } from './engagement-model.ts';
import {
  engagementParams,
  validateEngagementParams,
  type EngagementParams,
  type EngagementParamsPatch,
} from './engagement-params.ts';
import { assembleTouchpoints } from './touchpoint.ts';

export const ENGAGEMENT_RECOMPUTE_JOB = 'engagement.recompute';
/** Recomputes every customer of a workspace (after its parameters change). */
export const ENGAGEMENT_RESCORE_JOB = 'engagement.rescore';

export async function workspaceEngagementParams(
  d: Pick<Deps, 'r'>,
  ws: string,
): Promise<EngagementParams> {
  return engagementParams(withDefaults((await d.r.workspaces.get(ws))?.settings).engagement);
}

/**
 * Enqueues a recompute of one customer's score from `from` (null: from the start). A full
 * recompute waiting already covers another one, so those share a dedupe key.
 */
export async function scheduleEngagement(
  d: Deps,
  ws: string,
  customerId: string,
  from: string | null,
): Promise<void> {
  await d.r.jobs.enqueue(
    ws,
    {
      name: ENGAGEMENT_RECOMPUTE_JOB,
      payload: { customerId, from },
      orderingKey: `engagement:${customerId}`,
      ...(from === null ? { dedupeKey: `engagement:${customerId}:all` } : {}),
    },
    d.ids.id('job'),
    d.clock.now().toISOString(),
  );
}

export interface EngagementUpdate {
  score: number;
  steps: EngagementStep[];
}

export async function recomputeEngagement(
  d: Deps,
  ws: string,
  customerId: string,
  from: string | null,
): Promise<EngagementUpdate | null> {
  const customer = await d.r.customers.get(ws, customerId);
  if (!customer) return null;
  const params = await workspaceEngagementParams(d, ws);
  const prior = from ? await d.r.engagement.lastBefore(ws, customerId, from) : undefined;
  const start = prior?.after ?? params.initial;
  const data = await d.r.engagement.touchpoints(ws, customerId, from);
  const touchpoints = assembleTouchpoints(data).filter(
    (t) => from === null || Date.parse(t.at) >= Date.parse(from),
  );
  const steps = replayEngagement(start, touchpoints, params);
  await d.r.engagement.replaceFrom(
    ws,
    customerId,
    from,
    steps.map((s) => eventFromStep(ws, customerId, s)),
  );
  const score = steps.at(-1)?.after ?? start;
  if (score !== customer.engagementScore)
    await d.r.customers.setEngagementScore(ws, customerId, score);
  return { score, steps };
}

export async function getEngagementSettings(d: Deps, ctx: Ctx): Promise<EngagementParams> {
  authorize(ctx, 'settings:read');
  return workspaceEngagementParams(d, ctx.workspaceId);
}

/**
 * Changes the workspace's parameters and rescores every customer with them (in the
 * background: one job walks the customers and enqueues each one's recompute).
 */
export async function updateEngagementSettings(
  d: Deps,
  ctx: Ctx,
  patch: EngagementParamsPatch,
): Promise<EngagementParams> {
  authorize(ctx, 'settings:write');
  const ws = ctx.workspaceId;
  const settings = withDefaults((await d.r.workspaces.get(ws))?.settings);
  const next = engagementParams(patch, engagementParams(settings.engagement));
  validateEngagementParams(next);
  await d.r.workspaces.updateSettings(ws, { ...settings, engagement: next });
  await d.r.jobs.enqueue(
    ws,
    {
      name: ENGAGEMENT_RESCORE_JOB,
      payload: { cursor: null },
      dedupeKey: `engagement.rescore:${ws}`,
    },
    d.ids.id('job'),
    d.clock.now().toISOString(),
  );
  return next;
}

/** One page of a workspace rescore: enqueues each customer's recompute; the next page's cursor. */
export async function rescorePage(
  d: Deps,
  ws: string,
  cursor: string | null,
  limit = 200,
): Promise<string | null> {
  const page = await d.r.customers.list(ws, {}, { limit, cursor: cursor ?? undefined });
  for (const c of page.items) await scheduleEngagement(d, ws, c.id, null);
  return page.nextCursor ?? null;
}
