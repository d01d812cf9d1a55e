import { authorize, type Ctx } from '../auth/actor.ts';
import { addMs, HOUR_MS } from '../common/clock.ts';
import type { Deps } from '../common/deps.ts';
import { sha256Hex } from '../common/hash.ts';
import { checkSendAt } from '../common/schedule-time.ts';
import { DomainError, invalid, notFound } from '../errors/domain-error.ts';
import type { Interaction } from '../interactions/interaction.ts';
import { withDefaults } from '../workspace/workspace.ts';
import { contactDecision } from './contact-rules.ts';
import { invitationToken, type Invitation } from './invitation.ts';
import type { InteractionTrigger, InvitationChannel, Survey } from './survey.ts';

/** The job that delivers a scheduled invitation over SMS or e-mail. */
export const INVITATION_SEND_JOB = 'invitation.send';

export interface InviteInput {
  surveyId: string;
  customerId: string;
  interactionId?: string | null | undefined;
  channel: InvitationChannel;
  /** Default: now. */
  sendAt?: string | undefined;
  expiresAfterHours?: number | undefined;
}

export interface InviteResult {
  invitation: Invitation;
  /** The single-use token (for the link `/s/<token>`); null when the invitation was skipped. */
  token: string | null;
}

const DEFAULT_EXPIRY_HOURS = 24 * 7;

/**
 * Invites a customer to a survey, honouring consent, opt-out, the contact window and quiet
 * hours. A skipped invitation is stored with the reason. SMS and e-mail invitations are
 * delivered by a job at their send time; web and chat ones are handed to the caller.
 */
export async function inviteCustomer(d: Deps, ctx: Ctx, input: InviteInput): Promise<InviteResult> {
  authorize(ctx, 'surveys:write');
  const ws = ctx.workspaceId;
  const survey = await d.r.surveys.get(ws, input.surveyId);
  if (!survey) throw invalid('surveyId', `No survey ${input.surveyId} in this workspace.`);
  if (survey.kind === 'employee' || survey.kind === 'leadership') {
    throw invalid(
      'surveyId',
      'Employee and leadership pulses are sent to employees, not customers.',
    );
  }
  const customer = await d.r.customers.get(ws, input.customerId);
  if (!customer) throw invalid('customerId', `No customer ${input.customerId} in this workspace.`);
  if (input.interactionId) {
    const i = await d.r.interactions.get(ws, input.interactionId);
    if (!i || i.customerId !== customer.id)
      throw invalid('interactionId', `No interaction ${input.interactionId} of this customer.`);
  }
  const expiresAfterHours = input.expiresAfterHours ?? DEFAULT_EXPIRY_HOURS;
  if (input.sendAt !== undefined)
    checkSendAt(d.clock.now(), 'sendAt', input.sendAt, expiresAfterHours);
  const settings = withDefaults((await d.r.workspaces.get(ws))?.settings);
  const now = d.clock.now().toISOString();
  const decision =
    survey.status !== 'live'
      ? ({ send: false, reason: 'survey_not_live' } as const)
      : contactDecision({
          customer,
          channel: input.channel,
          desiredAt: input.sendAt ?? now,
          lastInvitedAt: await d.r.invitations.lastInvitedAt(ws, customer.id),
          contactWindowDays: settings.contactWindowDays,
          quietHours: settings.quietHours,
          defaultTimezone: settings.timezone,
        });
  const secret = d.ids.secret();
  const token = invitationToken(ws, secret);
  const sendAt = decision.send ? decision.sendAt : now;
  const handedOver = input.channel === 'web' || input.channel === 'chat';
  const invitation: Invitation = {
    id: d.ids.id('inv'),
    workspaceId: ws,
    surveyId: survey.id,
    surveyVersion: survey.version,
    channel: input.channel,
    customerId: customer.id,
    employeeId: null,
    interactionId: input.interactionId ?? null,
    address: decision.send ? decision.address : null,
    tokenHash: sha256Hex(token),
    status: !decision.send ? 'skipped' : handedOver ? 'sent' : 'scheduled',
    skipReason: decision.send ? null : decision.reason,
    sendAt,
    sentAt: decision.send && handedOver ? now : null,
    expiresAt: addMs(sendAt, expiresAfterHours * HOUR_MS),
    openedAt: null,
    completedAt: null,
    reminderSentAt: null,
    conversation: {},
    createdAt: now,
    updatedAt: now,
  };
  await d.r.invitations.insert(invitation);
  if (invitation.status === 'scheduled') {
    await d.r.jobs.enqueue(
      ws,
      { name: INVITATION_SEND_JOB, payload: { invitationId: invitation.id }, runAt: sendAt },
      d.ids.id('job'),
      now,
    );
  }
  return { invitation, token: decision.send ? token : null };
}

/** Whether an interaction matches a survey's interaction trigger. */
export function triggerMatches(
  t: InteractionTrigger,
  i: Pick<Interaction, 'channel' | 'stage' | 'outcome'>,
): boolean {
  if (t.channels?.length && !t.channels.includes(i.channel)) return false;
  if (t.stages?.length && !t.stages.includes(i.stage)) return false;
  if (t.outcomes?.length && (!i.outcome || !t.outcomes.includes(i.outcome))) return false;
  return true;
}

/** The channel a triggered invitation goes out on: the interaction's own where it can carry one. */
export function channelFor(
  t: InteractionTrigger,
  i: Pick<Interaction, 'channel'>,
): InvitationChannel {
  if (t.sendVia !== 'auto') return t.sendVia;
  if (i.channel === 'sms' || i.channel === 'email' || i.channel === 'chat') return i.channel;
  if (i.channel === 'web') return 'web';
  return 'sms';
}

/**
 * Interactions Rapport records itself — a survey conversation's transcript, a thank-you
 * follow-up — or that an integrator marks `noSurvey: true` never trigger surveys.
 */
export function isSurveyable(i: Pick<Interaction, 'attributes'>): boolean {
  const a = i.attributes;
  return !(a.surveyConversation || a.followUpTaskId || a.noSurvey === true);
}

/** Invites the interaction's customer to every live transactional survey whose trigger matches. */
export async function triggerSurveysForInteraction(
  d: Deps,
  ctx: Ctx,
  interactionId: string,
): Promise<InviteResult[]> {
  const i = await d.r.interactions.get(ctx.workspaceId, interactionId);
  if (!i) throw notFound('interaction', interactionId);
  if (!isSurveyable(i)) return [];
  const surveys: Survey[] = await d.r.surveys.list(ctx.workspaceId, {
    status: 'live',
    kind: 'transactional',
  });
  const out: InviteResult[] = [];
  for (const s of surveys) {
    const t = s.trigger;
    if (t?.type !== 'interaction' || !triggerMatches(t, i)) continue;
    const sendAt = addMs(d.clock.now().toISOString(), t.delayMinutes * 60_000);
    out.push(
      await inviteCustomer(d, ctx, {
        surveyId: s.id,
        customerId: i.customerId,
        interactionId: i.id,
        channel: channelFor(t, i),
        sendAt,
        expiresAfterHours: t.expiresAfterHours,
      }),
    );
  }
  return out;
}

/** Finds the invitation a token opens; `gone` when it was used up or has expired. */
export async function openInvitation(
  d: Deps,
  workspaceId: string,
  token: string,
): Promise<Invitation> {
  const inv = await d.r.invitations.findByTokenHash(workspaceId, sha256Hex(token));
  if (!inv || inv.status === 'skipped')
    throw new DomainError('not_found', 'This survey link is not valid.');
  if (inv.status === 'completed')
    throw new DomainError('gone', 'This survey has already been answered. Thank you!');
  if (inv.status === 'expired' || inv.expiresAt <= d.clock.now().toISOString()) {
    throw new DomainError('gone', 'This survey link has expired.');
  }
  return inv;
}
