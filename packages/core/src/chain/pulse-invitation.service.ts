/**
 * Pulse invitations: an employee or leadership survey sent to employees by e-mail, SMS or link,
 * one wave at a time, and answered anonymously through the invitation's single-use token.
 *
 * The invitation is the only record of who was asked, so once used it keeps nothing that could
 * tie it to the answer (pulse-privacy.ts). The response keeps the team and the rated manager,
 * never the invitation or the person, and only the day it came in (submitResponse).
 */
import { authorize, systemCtx, type Ctx } from '../auth/actor.ts';
import { addMs, HOUR_MS } from '../common/clock.ts';
import type { Deps } from '../common/deps.ts';
import { sha256Hex } from '../common/hash.ts';
import { checkSendAt } from '../common/schedule-time.ts';
import { DomainError, invalid } from '../errors/domain-error.ts';
import type { SubmittedAnswer } from '../feedback/answers.ts';
import { invitationToken, parseInvitationToken, type Invitation } from '../feedback/invitation.ts';
import {
  INVITATION_SEND_JOB,
  openInvitation,
  type InviteResult,
} from '../feedback/invitation.service.ts';
import { submitResponse } from '../feedback/response.service.ts';
import type { InvitationChannel } from '../feedback/survey.ts';
import type { Employee } from '../employees/employee.ts';
import { forgetPulseInvitation } from './pulse-privacy.ts';

/** How a pulse reaches an employee: e-mail, SMS, or a link handed over (web). */
export const PULSE_CHANNELS = ['email', 'sms', 'web'] as const;
export type PulseChannel = (typeof PULSE_CHANNELS)[number];

export interface PulseInviteInput {
  surveyId: string;
  employeeId: string;
  channel: PulseChannel;
  /** Default: now. */
  sendAt?: string | undefined;
  expiresAfterHours?: number | undefined;
}

const DEFAULT_EXPIRY_HOURS = 24 * 14;
const OPEN: Invitation['status'][] = ['scheduled', 'sent', 'opened', 'partial'];

async function pulseSurvey(d: Deps, ws: string, surveyId: string) {
  const survey = await d.r.surveys.get(ws, surveyId);
  if (!survey) throw invalid('surveyId', `No survey ${surveyId} in this workspace.`);
  if (survey.kind !== 'employee' && survey.kind !== 'leadership')
    throw invalid('surveyId', 'Only employee and leadership pulses are sent to employees.');
  return survey;
}

function build(
  d: Deps,
  ws: string,
  survey: { id: string; version: number; status: string },
  e: Employee,
  input: Omit<PulseInviteInput, 'surveyId' | 'employeeId'>,
): { invitation: Invitation; token: string | null } {
  const now = d.clock.now().toISOString();
  const address = input.channel === 'email' ? e.email : input.channel === 'sms' ? e.phone : null;
  const skip =
    survey.status !== 'live'
      ? ('survey_not_live' as const)
      : input.channel !== 'web' && !address
        ? ('no_address' as const)
        : null;
  const expiresAfterHours = input.expiresAfterHours ?? DEFAULT_EXPIRY_HOURS;
  if (input.sendAt !== undefined)
    checkSendAt(d.clock.now(), 'sendAt', input.sendAt, expiresAfterHours);
  const token = invitationToken(ws, d.ids.secret());
  const sendAt = input.sendAt ?? now;
  const handedOver = input.channel === 'web';
  const invitation: Invitation = {
    id: d.ids.id('inv'),
    workspaceId: ws,
    surveyId: survey.id,
    surveyVersion: survey.version,
    channel: input.channel,
    customerId: null,
    employeeId: e.id,
    interactionId: null,
    address: skip ? null : address,
    tokenHash: sha256Hex(token),
    status: skip ? 'skipped' : handedOver ? 'sent' : 'scheduled',
    skipReason: skip,
    sendAt,
    sentAt: !skip && handedOver ? now : null,
    expiresAt: addMs(sendAt, expiresAfterHours * HOUR_MS),
    openedAt: null,
    completedAt: null,
    reminderSentAt: null,
    conversation: {},
    createdAt: now,
    updatedAt: now,
  };
  return { invitation, token: skip ? null : token };
}

async function store(d: Deps, r: { invitation: Invitation; token: string | null }) {
  await d.r.invitations.insert(r.invitation);
  if (r.invitation.status === 'scheduled')
    await d.r.jobs.enqueue(
      r.invitation.workspaceId,
      {
        name: INVITATION_SEND_JOB,
        payload: { invitationId: r.invitation.id },
        runAt: r.invitation.sendAt,
      },
      d.ids.id('job'),
      r.invitation.createdAt,
    );
}

/** Invites one employee to a pulse. A link (web) invitation hands its token to the caller. */
export async function inviteEmployee(
  d: Deps,
  ctx: Ctx,
  input: PulseInviteInput,
): Promise<InviteResult> {
  authorize(ctx, 'surveys:write');
  const survey = await pulseSurvey(d, ctx.workspaceId, input.surveyId);
  const e = await d.r.employees.get(ctx.workspaceId, input.employeeId);
  if (!e || !e.active)
    throw invalid('employeeId', `No active employee ${input.employeeId} in this workspace.`);
  const r = build(d, ctx.workspaceId, survey, e, input);
  await store(d, r);
  return r;
}

export interface WaveResult {
  surveyId: string;
  invited: number;
  skipped: number;
  /** Per employee: the invitation and, for link invitations, its token (shown once). */
  results: Array<InviteResult & { employeeId: string }>;
}

/** Invites every active employee (of one team, if given) to a pulse: one wave. */
export async function launchPulseWave(
  d: Deps,
  ctx: Ctx,
  input: Omit<PulseInviteInput, 'employeeId'> & { teamId?: string | undefined },
): Promise<WaveResult> {
  authorize(ctx, 'surveys:write');
  const survey = await pulseSurvey(d, ctx.workspaceId, input.surveyId);
  if (survey.status !== 'live') throw invalid('surveyId', 'Put the survey live before sending it.');
  const results: WaveResult['results'] = [];
  let cursor: string | undefined;
  do {
    const page = await d.r.employees.list(
      ctx.workspaceId,
      { teamId: input.teamId },
      { limit: 500, cursor },
    );
    for (const e of page.items) {
      if (!e.active) continue;
      const r = build(d, ctx.workspaceId, survey, e, input);
      await store(d, r);
      results.push({ ...r, employeeId: e.id });
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const skipped = results.filter((r) => r.invitation.status === 'skipped').length;
  return { surveyId: survey.id, invited: results.length - skipped, skipped, results };
}

/**
 * Answers a pulse through its invitation's token. The token is used up (single use, even under
 * concurrent submissions), the invitation forgets when and how it was answered, and the response
 * is recorded with the respondent's team and manager only.
 */
export async function answerPulseInvitation(
  d: Deps,
  token: string,
  answers: SubmittedAnswer[],
): Promise<{ received: true }> {
  const parsed = parseInvitationToken(token);
  if (!parsed) throw new DomainError('not_found', 'This survey link is not valid.');
  const ws = parsed.workspaceId;
  const inv = await openInvitation(d, ws, token);
  const survey = await pulseSurvey(d, ws, inv.surveyId);
  if (!inv.employeeId) throw new DomainError('not_found', 'This survey link is not valid.');
  // Used up first, so a second submission with the same token fails even when concurrent.
  if (!(await d.r.invitations.transition(ws, inv.id, OPEN, 'completed', inv.sendAt)))
    throw new DomainError('gone', 'This survey has already been answered. Thank you!');
  await forgetPulseInvitation(d, inv);
  await submitResponse(d, systemCtx(ws), {
    surveyId: survey.id,
    surveyVersion: inv.surveyVersion,
    channel: inv.channel as InvitationChannel,
    answers,
    employeeId: inv.employeeId,
  });
  return { received: true };
}
