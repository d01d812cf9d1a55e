/**
 * Survey conversations: a survey invitation run as a dialogue over SMS, e-mail or chat. Start
 * one (the state goes on the invitation, which is marked sent), take each reply, and handle
 * the silences (one reminder, then closing as partial). After every step `after-step.ts`
 * persists the state and transcript and acts on the dialogue's events.
 */
import { systemCtx } from '../auth/actor.ts';
import type { Deps } from '../common/deps.ts';
import type { DialogueAnalyzer } from '../dialogue/analyzer.ts';
import {
  onConversationTimeout,
  receiveReply,
  startConversation,
} from '../dialogue/conversation.ts';
import { DomainError, notFound } from '../errors/domain-error.ts';
import type { Invitation } from '../feedback/invitation.ts';
import { loadVersion } from '../feedback/response.service.ts';
import type { SurveyDefinition } from '../surveys/survey-definition.ts';
import { addressKey } from './addresses.ts';
import { afterStep, type Delivery, type TurnResult } from './after-step.ts';
import { conversationAnalyzer } from './analyzer.ts';
import { conversationContext } from './context.ts';
import { conversationOf, type ConversationRecord } from './conversation-record.ts';
import { createTranscript } from './transcript.ts';

export interface ReplyOptions {
  /** Reads the feeling of free text; default the text-analysis model (or the word list). */
  analyze?: DialogueAnalyzer | undefined;
  /** How the bot's answer leaves: in the caller's response (TwiML, chat) or by a job. */
  delivery: Delivery;
  /** E-mail: the Message-ID of the customer's message, quoted by the reply. */
  inReplyTo?: string | null | undefined;
}

interface Locked {
  inv: Invitation;
  def: SurveyDefinition;
}

async function lockInvitation(d: Deps, ws: string, invitationId: string): Promise<Locked> {
  await d.r.conversations.lock(ws, invitationId);
  const inv = await d.r.invitations.get(ws, invitationId);
  if (!inv) throw notFound('invitation', invitationId);
  const { def } = await loadVersion(d, systemCtx(ws), inv.surveyId, inv.surveyVersion);
  return { inv, def };
}

/** Statuses in which an invitation may start its conversation. */
const STARTABLE = new Set(['scheduled', 'sent', 'opened']);
/** Statuses in which a started conversation is still waiting for the respondent. */
const WAITING = new Set(['sent', 'opened']);

/** Whether the respondent went on in the web survey page (the e-mail's one-click links). */
function answeringOnTheWeb(inv: Invitation): boolean {
  const answers = inv.conversation.answers;
  return Array.isArray(answers) && answers.length > 0;
}

/**
 * Starts the conversation of an invitation: the greeting and the first question, the state on
 * the invitation (marked sent), the transcript on the customer's history. Idempotent: an
 * invitation whose conversation started returns it unchanged; one that may no longer go out
 * (expired, customer opted out since it was scheduled) is closed and null returned.
 */
export async function startSurveyConversation(
  d: Deps,
  ws: string,
  invitationId: string,
  delivery: Delivery,
): Promise<TurnResult | null> {
  const { inv, def } = await lockInvitation(d, ws, invitationId);
  const existing = conversationOf(inv);
  if (existing) return { invitation: inv, state: existing.dialogue, outgoing: [], from: 0 };
  if (!STARTABLE.has(inv.status)) return null;
  const now = d.clock.now().toISOString();
  const customer = inv.customerId ? await d.r.customers.get(ws, inv.customerId) : undefined;
  if (customer?.optedOutAt || inv.expiresAt <= now) {
    const expired = inv.expiresAt <= now;
    await d.r.invitations.update({
      ...inv,
      status: expired ? 'expired' : 'skipped',
      skipReason: expired ? inv.skipReason : 'opted_out',
      updatedAt: now,
    });
    return null;
  }
  const context = await conversationContext(d, inv);
  const step = startConversation(def, context, now);
  const transcriptInteractionId = await createTranscript(d, inv, def, step.state);
  const started: Invitation = { ...inv, status: 'sent', sentAt: inv.sentAt ?? now };
  if (inv.address)
    await d.r.conversations.setRouting(ws, inv.id, {
      addressKey: addressKey(inv.channel, inv.address),
    });
  const prev: ConversationRecord | null = null;
  return afterStep(d, { inv: started, def, prev, transcriptInteractionId, step, delivery });
}

/** The dialogue of an invitation, started if it has not been (chat opens it on first view). */
async function ensureStarted(
  d: Deps,
  ws: string,
  invitationId: string,
): Promise<Locked & { rec: ConversationRecord }> {
  let locked = await lockInvitation(d, ws, invitationId);
  let rec = conversationOf(locked.inv);
  if (!rec) {
    await startSurveyConversation(d, ws, invitationId, 'inline');
    locked = await lockInvitation(d, ws, invitationId);
    rec = conversationOf(locked.inv);
    if (!rec) throw new DomainError('gone', 'This survey is no longer open.');
  }
  return { ...locked, rec };
}

/** Takes one reply of the respondent and answers it (see `receiveReply`). */
export async function replyToConversation(
  d: Deps,
  ws: string,
  invitationId: string,
  text: string,
  opts: ReplyOptions,
): Promise<TurnResult> {
  const { inv, def, rec } = await ensureStarted(d, ws, invitationId);
  const now = d.clock.now().toISOString();
  const step = receiveReply(def, rec.dialogue, text, now, {
    analyze: opts.analyze ?? conversationAnalyzer(rec.dialogue.language),
  });
  return afterStep(d, {
    inv,
    def,
    prev: rec,
    transcriptInteractionId: rec.transcriptInteractionId,
    step,
    delivery: opts.delivery,
    inReplyTo: opts.inReplyTo ?? undefined,
  });
}

/**
 * The clock passed the conversation's `timeoutAt` (the `conversation.timeout` job): the first
 * silence gets one reminder, the next closes the conversation as partial. Early or repeated
 * calls change nothing, and neither does a timeout of an invitation answered elsewhere (the
 * web page the e-mail links to): that respondent is not reminded.
 */
export async function timeOutConversation(
  d: Deps,
  ws: string,
  invitationId: string,
): Promise<TurnResult | null> {
  const { inv, def } = await lockInvitation(d, ws, invitationId);
  const rec = conversationOf(inv);
  if (!rec || !WAITING.has(inv.status) || answeringOnTheWeb(inv)) return null;
  const step = onConversationTimeout(def, rec.dialogue, d.clock.now().toISOString());
  if (step.state === rec.dialogue) return null;
  return afterStep(d, {
    inv,
    def,
    prev: rec,
    transcriptInteractionId: rec.transcriptInteractionId,
    step,
    delivery: 'job',
  });
}

/** Opens a chat conversation for viewing: started on first view, returned as it stands. */
export async function openChatConversation(
  d: Deps,
  ws: string,
  invitationId: string,
): Promise<{ invitation: Invitation; record: ConversationRecord; def: SurveyDefinition }> {
  const { inv, def, rec } = await ensureStarted(d, ws, invitationId);
  return { invitation: inv, record: rec, def };
}
