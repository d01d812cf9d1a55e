/**
 * A survey's invitation → response funnel. Admins, analysts and API keys count the whole
 * workspace; an agent or manager counts only the invitations and responses they may read one
 * by one (invitation-read.service.ts, response-read.service.ts), so the figure never tells them
 * about the rest (docs/SECURITY.md § 9).
 */
import type { Ctx } from '../auth/actor.ts';
import { visiblePeople } from '../auth/visibility.ts';
import type { Deps } from '../common/deps.ts';
import { getSurvey } from './survey.service.ts';

export interface SurveyFunnel {
  surveyId: string;
  /** Invitations per status. */
  byStatus: Record<string, number>;
  /** Responses from every source: invitations, the public link, the API. */
  responses: number;
}

export async function surveyFunnel(d: Deps, ctx: Ctx, surveyId: string): Promise<SurveyFunnel> {
  const s = await getSurvey(d, ctx, surveyId);
  const visibleTo = await visiblePeople(d, ctx);
  return {
    surveyId: s.id,
    byStatus: await d.r.invitations.funnel(ctx.workspaceId, s.id, visibleTo),
    responses: await d.r.responses.count(ctx.workspaceId, { surveyId: s.id, visibleTo }),
  };
}
