/**
 * What follows every step of a survey conversation, in the step's transaction: the state and
 * status go on the invitation, the transcript on the customer's history, the events are acted
 * on (a low score is announced at once, opt-outs recorded for every channel, the response
 * submitted once when the conversation ends), the next timeout is scheduled and the bot's
 * messages are handed to the delivery job — or returned to the caller to answer inline.
 */
import { systemCtx } from '../auth/actor.ts';
import type { Deps } from '../common/deps.ts';
import type { ConversationState } from '../dialogue/conversation-state.ts';
import type { DialogueEvent, DialogueStep } from '../dialogue/dialogue-events.ts';
import type { Invitation, InvitationStatus } from '../feedback/invitation.ts';
import { submitResponse } from '../feedback/response.service.ts';
import type { JobRequest } from '../jobs/job.ts';
import type { SurveyDefinition } from '../surveys/survey-definition.ts';
import {
  CONVERSATION_DELIVER_JOB,
  CONVERSATION_TIMEOUT_JOB,
  SURVEY_CALLBACK_EVENT,
  SURVEY_LOW_SCORE_EVENT,
  type CallbackPayload,
  type DeliverPayload,
  type LowScorePayload,
} from './conversation-jobs.ts';
import { withConversation, type ConversationRecord } from './conversation-record.ts';
import { updateTranscript } from './transcript.ts';

/** `inline`: the caller answers with the messages (TwiML, chat); `job`: a job sends them. */
export type Delivery = 'inline' | 'job';

export interface TurnResult {
  invitation: Invitation;
  state: ConversationState;
  /** The bot's messages of this step, in order. */
  outgoing: string[];
  /** Index in the transcript of this step's first entry. */
  from: number;
}

export interface StepInput {
  inv: Invitation;
  def: SurveyDefinition;
  prev: ConversationRecord | null;
  transcriptInteractionId: string | null;
  step: DialogueStep;
  delivery: Delivery;
  inReplyTo?: string | undefined;
}

const OPEN: ReadonlySet<InvitationStatus> = new Set(['sent', 'opened']);

async function enqueue(d: Deps, ws: string, job: JobRequest): Promise<void> {
  await d.r.jobs.enqueue(ws, job, d.ids.id('job'), d.clock.now().toISOString());
}

async function setOptOut(d: Deps, inv: Invitation, optedOut: boolean, now: string): Promise<void> {
  if (!inv.customerId) return;
  const c = await d.r.customers.get(inv.workspaceId, inv.customerId);
  if (!c || Boolean(c.optedOutAt) === optedOut) return;
  await d.r.customers.setOptedOut(c.workspaceId, c.id, optedOut ? now : null, now);
}

async function actOn(d: Deps, inv: Invitation, e: DialogueEvent, now: string): Promise<void> {
  const ws = inv.workspaceId;
  if (e.type === 'low_score') {
    const payload: LowScorePayload = {
      invitationId: inv.id,
      questionId: e.questionId,
      metric: e.metric,
      scope: e.scope,
      score: e.score,
      scaleMin: e.scale.min,
      scaleMax: e.scale.max,
    };
    await enqueue(d, ws, { name: SURVEY_LOW_SCORE_EVENT, payload });
  } else if (e.type === 'callback_requested') {
    const payload: CallbackPayload = { invitationId: inv.id, questionId: e.questionId };
    await enqueue(d, ws, { name: SURVEY_CALLBACK_EVENT, payload });
  } else if (e.type === 'opt_out') await setOptOut(d, inv, true, now);
  else if (e.type === 'opt_in') await setOptOut(d, inv, false, now);
}

/** Submits the answers of a conversation that ended: once, and only if anything was asked. */
async function submit(d: Deps, inv: Invitation, state: ConversationState, now: string) {
  if (state.answers.length === 0) return;
  await submitResponse(d, systemCtx(inv.workspaceId), {
    surveyId: inv.surveyId,
    surveyVersion: inv.surveyVersion,
    channel: inv.channel,
    answers: state.answers.map((a) => ({
      questionId: a.questionId,
      value: a.status === 'answered' ? a.value : null,
    })),
    customerId: inv.customerId,
    interactionId: inv.interactionId,
    invitationId: inv.id,
    submittedAt: now,
    completed: state.status === 'completed',
  });
}

function nextStatus(inv: Invitation, state: ConversationState, replied: boolean): InvitationStatus {
  if (!OPEN.has(inv.status)) return inv.status;
  if (state.status === 'completed') return 'completed';
  if (state.status !== 'active') return 'partial';
  return replied ? 'opened' : inv.status;
}

export async function afterStep(d: Deps, input: StepInput): Promise<TurnResult> {
  const { inv, step, prev } = input;
  const ws = inv.workspaceId;
  const now = d.clock.now().toISOString();
  const state = step.state;
  const prevState = prev?.dialogue ?? null;
  const from = prevState?.transcript.length ?? 0;
  const replied = state.transcript.slice(from).some((e) => e.speaker === 'customer');
  for (const e of step.events) await actOn(d, inv, e, now);

  const status = nextStatus(inv, state, replied);
  const ended = (prevState?.status ?? 'active') === 'active' && state.status !== 'active';
  if (ended && OPEN.has(inv.status)) await submit(d, inv, state, now);
  const record: ConversationRecord = {
    dialogue: state,
    transcriptInteractionId: input.transcriptInteractionId,
  };
  const updated: Invitation = {
    ...inv,
    status,
    openedAt: inv.openedAt ?? (replied ? now : null),
    completedAt: status === 'completed' ? (inv.completedAt ?? now) : inv.completedAt,
    reminderSentAt: step.events.some((e) => e.type === 'reminder') ? now : inv.reminderSentAt,
    conversation: withConversation(inv, record),
    updatedAt: now,
  };
  await d.r.invitations.update(updated);
  if (input.transcriptInteractionId)
    await updateTranscript(d, ws, input.transcriptInteractionId, state, ended);

  if (state.timeoutAt && state.timeoutAt !== prevState?.timeoutAt) {
    await enqueue(d, ws, {
      name: CONVERSATION_TIMEOUT_JOB,
      payload: { invitationId: inv.id },
      runAt: state.timeoutAt,
      dedupeKey: `${CONVERSATION_TIMEOUT_JOB}:${inv.id}:${state.timeoutAt}`,
    });
  }
  const sendsOut = inv.channel === 'sms' || inv.channel === 'email';
  if (input.delivery === 'job' && sendsOut && step.outgoing.length > 0) {
    const payload: DeliverPayload = {
      invitationId: inv.id,
      from,
      to: state.transcript.length,
      ...(input.inReplyTo ? { inReplyTo: input.inReplyTo } : {}),
    };
    await enqueue(d, ws, {
      name: CONVERSATION_DELIVER_JOB,
      payload,
      orderingKey: `conversation:${inv.id}`,
      dedupeKey: `${CONVERSATION_DELIVER_JOB}:${inv.id}:${from}`,
    });
  }
  return { invitation: updated, state, outgoing: step.outgoing, from };
}
