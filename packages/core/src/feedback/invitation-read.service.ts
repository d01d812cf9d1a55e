/**
 * Reading invitations (who was asked, over what, and how far they got). An agent or manager
 * reads the invitations about interactions they (or anyone under them) served and those to
 * customers in their book — the rule of responses (docs/SECURITY.md § 9); one outside answers
 * like a missing id. Invitations of employee and leadership pulses are never listed.
 */
import { authorize, type Ctx } from '../auth/actor.ts';
import { visiblePeople } from '../auth/visibility.ts';
import type { Deps } from '../common/deps.ts';
import type { Page, PageRequest } from '../common/page.ts';
import { notFound } from '../errors/domain-error.ts';
import type { Invitation, InvitationStatus } from './invitation.ts';
import { getSurvey } from './survey.service.ts';

export interface InvitationListFilter {
  surveyId?: string | undefined;
  customerId?: string | undefined;
  status?: InvitationStatus | undefined;
}

export async function listInvitations(
  d: Deps,
  ctx: Ctx,
  filter: InvitationListFilter,
  page: PageRequest,
): Promise<Page<Invitation>> {
  authorize(ctx, 'surveys:read');
  if (filter.surveyId) await getSurvey(d, ctx, filter.surveyId);
  const visibleTo = await visiblePeople(d, ctx);
  return d.r.invitations.list(ctx.workspaceId, { ...filter, customersOnly: true, visibleTo }, page);
}

export async function getInvitation(d: Deps, ctx: Ctx, id: string): Promise<Invitation> {
  authorize(ctx, 'surveys:read');
  const visibleTo = await visiblePeople(d, ctx);
  const found = (
    await d.r.invitations.list(
      ctx.workspaceId,
      { ids: [id], customersOnly: true, visibleTo },
      { limit: 1 },
    )
  ).items[0];
  if (!found) throw notFound('invitation', id);
  return found;
}
