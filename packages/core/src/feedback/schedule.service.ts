/**
 * Relationship surveys on a schedule: every live survey with a schedule trigger invites the
 * customers of its segment whom it has not invited within `everyDays`, a bounded batch per run.
 */
import { authorize, type Ctx } from '../auth/actor.ts';
import { DAY_MS } from '../common/clock.ts';
import type { Deps } from '../common/deps.ts';
import { inviteCustomer, type InviteResult } from './invitation.service.ts';

export async function runSurveySchedules(
  d: Deps,
  ctx: Ctx,
  batch = 500,
): Promise<{ invited: InviteResult[]; more: boolean }> {
  authorize(ctx, 'surveys:write');
  const surveys = await d.r.surveys.list(ctx.workspaceId, { status: 'live' });
  const invited: InviteResult[] = [];
  let more = false;
  const now = d.clock.now().getTime();
  for (const s of surveys) {
    const t = s.trigger;
    if (t?.type !== 'schedule' || s.kind === 'employee' || s.kind === 'leadership') continue;
    const since = new Date(now - t.everyDays * DAY_MS).toISOString();
    const due = await d.r.invitations.customersDue(
      ctx.workspaceId,
      s.id,
      t.segment ?? null,
      since,
      batch,
    );
    if (due.length === batch) more = true;
    for (const customerId of due) {
      invited.push(
        await inviteCustomer(d, ctx, {
          surveyId: s.id,
          customerId,
          channel: t.sendVia,
          expiresAfterHours: t.expiresAfterHours,
        }),
      );
    }
  }
  return { invited, more };
}
