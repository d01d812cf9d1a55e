/**
 * Delivering one step of a conversation by SMS or e-mail (the `conversation.deliver` job):
 * what to send and to whom, read in one go; for e-mail, the survey token is issued anew when
 * the invitation e-mail goes out (only its hash is stored, so the link can be written only
 * then), with the reply key derived from it.
 */
import type { Deps } from '../common/deps.ts';
import { sha256Hex } from '../common/hash.ts';
import { invitationToken } from '../feedback/invitation.ts';
import { loadVersion } from '../feedback/response.service.ts';
import { systemCtx } from '../auth/actor.ts';
import { nextQuestion } from '../surveys/branching.ts';
import { localize } from '../surveys/localize.ts';
import type { SurveyDefinition } from '../surveys/survey-definition.ts';
import { addressKey, replyKeyFromToken } from './addresses.ts';
import {
  channelSettingsOf,
  type EmailChannelSettings,
  type SmsChannelSettings,
} from './channel-settings.ts';
import type { DeliverPayload } from './conversation-jobs.ts';
import { conversationOf } from './conversation-record.ts';
import type { OneClickQuestion } from './outbound.ts';
import type { OutboundRecord } from '../ports/conversation-repos.ts';
import { withDefaults } from '../workspace/workspace.ts';

interface PlanBase {
  workspaceId: string;
  invitationId: string;
  /** The idempotency key: `<invitationId>:<from>`. */
  key: string;
  to: string;
  text: string;
  paragraphs: string[];
}

export type DeliveryPlan =
  | { kind: 'skip'; reason: string }
  | (PlanBase & { kind: 'sms'; account: SmsChannelSettings })
  | (PlanBase & {
      kind: 'email';
      email: EmailChannelSettings;
      /** Which e-mail of the conversation this is (its Message-ID carries it). */
      index: number;
      /** The invitation e-mail: it carries the survey link and one-click answers. */
      first: boolean;
      companyName: string;
      /** The conversation's language. */
      language: string;
      replyKey: string | null;
      oneClick: OneClickQuestion | null;
      inReplyTo: string | null;
    });

function oneClickOf(def: SurveyDefinition, language: string): OneClickQuestion | null {
  const q = nextQuestion(def, []);
  if (q?.type !== 'score') return null;
  const l = (t: Parameters<typeof localize>[0]) => localize(t, language, def.defaultLanguage);
  return {
    questionId: q.id,
    text: l(q.text),
    min: q.scale.min,
    max: q.scale.max,
    minLabel: l(q.scale.minLabel),
    maxLabel: l(q.scale.maxLabel),
  };
}

/** What a delivery job is to send, or why it sends nothing. Reads only. */
export async function planDelivery(d: Deps, ws: string, p: DeliverPayload): Promise<DeliveryPlan> {
  const key = `${p.invitationId}:${p.from}`;
  if (await d.r.conversations.getOutbound(ws, key)) return { kind: 'skip', reason: 'already sent' };
  const inv = await d.r.invitations.get(ws, p.invitationId);
  const rec = inv && conversationOf(inv);
  if (!inv || !rec || !inv.address) return { kind: 'skip', reason: 'no conversation' };
  const paragraphs = rec.dialogue.transcript
    .slice(p.from, p.to)
    .filter((e) => e.speaker === 'bot')
    .map((e) => e.text);
  if (paragraphs.length === 0) return { kind: 'skip', reason: 'nothing to send' };
  const customer = inv.customerId ? await d.r.customers.get(ws, inv.customerId) : undefined;
  // Opted out elsewhere (another channel, an unsubscribe link): only this conversation's own
  // opt-out confirmation may still go.
  if (customer?.optedOutAt && !rec.dialogue.optedOut)
    return { kind: 'skip', reason: 'customer opted out' };
  const workspace = await d.r.workspaces.get(ws);
  const channels = channelSettingsOf(withDefaults(workspace?.settings));
  const base = { workspaceId: ws, invitationId: inv.id, key, to: inv.address, paragraphs };
  if (inv.channel === 'sms') {
    if (!channels.sms) return { kind: 'skip', reason: 'no SMS account configured' };
    return { ...base, kind: 'sms', text: paragraphs.join('\n\n'), account: channels.sms };
  }
  if (inv.channel !== 'email') return { kind: 'skip', reason: `channel ${inv.channel}` };
  if (!channels.email) return { kind: 'skip', reason: 'no e-mail reply domain configured' };
  const { def } = await loadVersion(d, systemCtx(ws), inv.surveyId, inv.surveyVersion);
  const first = p.from === 0;
  return {
    ...base,
    kind: 'email',
    text: paragraphs.join('\n\n'),
    email: channels.email,
    index: p.from,
    first,
    companyName: workspace?.name ?? 'us',
    language: rec.dialogue.language,
    replyKey: await d.r.conversations.replyKeyOf(ws, inv.id),
    oneClick: first ? oneClickOf(def, rec.dialogue.language) : null,
    inReplyTo: p.inReplyTo ?? null,
  };
}

/**
 * Issues a new survey token for an e-mail invitation and derives its reply key from it: the
 * token's hash and the reply key are stored, the token is returned for the e-mail's links.
 * Any earlier link of this invitation stops working.
 */
export async function issueEmailToken(
  d: Deps,
  ws: string,
  invitationId: string,
): Promise<{ token: string; replyKey: string }> {
  await d.r.conversations.lock(ws, invitationId);
  const inv = await d.r.invitations.get(ws, invitationId);
  if (!inv) throw new Error(`invitation ${invitationId} vanished`);
  const token = invitationToken(ws, d.ids.secret());
  const replyKey = replyKeyFromToken(token);
  await d.r.invitations.update({
    ...inv,
    tokenHash: sha256Hex(token),
    updatedAt: d.clock.now().toISOString(),
  });
  await d.r.conversations.setRouting(ws, invitationId, {
    addressKey: inv.address ? addressKey('email', inv.address) : null,
    replyKey,
  });
  return { token, replyKey };
}

/** Records that a step went out, so a retried job does not send it again. */
export async function recordDelivery(
  d: Deps,
  plan: Extract<DeliveryPlan, { kind: 'sms' | 'email' }>,
  providerId: string,
): Promise<void> {
  const rec: OutboundRecord = {
    workspaceId: plan.workspaceId,
    key: plan.key,
    invitationId: plan.invitationId,
    channel: plan.kind,
    to: plan.to,
    text: plan.text,
    providerId,
    sentAt: d.clock.now().toISOString(),
  };
  await d.r.conversations.recordOutbound(rec);
}
