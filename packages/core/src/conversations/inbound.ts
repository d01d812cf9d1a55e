/**
 * An inbound message (an SMS from a number, an e-mail to a reply address) finds its
 * conversation and is answered once: the provider's id (MessageSid, Message-ID) is claimed in
 * the same transaction as the reply, so a retried delivery gets the same answer and changes
 * nothing, and a failure leaves nothing claimed. A number or address with no conversation is
 * answered politely and nothing is stored.
 */
import type { Deps } from '../common/deps.ts';
import type { DialogueAnalyzer } from '../dialogue/analyzer.ts';
import { parseSmsKeyword } from '../dialogue/keywords.ts';
import { addressKey } from './addresses.ts';
import { replyToConversation } from './conversation.service.ts';
import { conversationOf } from './conversation-record.ts';

export interface InboundMessage {
  workspaceId: string;
  channel: 'sms' | 'email';
  /** The provider's id of the message: Twilio's MessageSid, the e-mail's Message-ID. */
  externalId: string;
  /** The sender: a phone number or an e-mail address. */
  from: string;
  text: string;
  /** E-mail: the invitation its reply address (or In-Reply-To) names, found by the caller. */
  invitationId?: string | null | undefined;
  /** E-mail: the Message-ID to quote in the answer. */
  inReplyTo?: string | null | undefined;
}

export type InboundOutcome =
  | { kind: 'unknown'; keyword: boolean }
  | { kind: 'replay'; invitationId: string | null; replies: string[] }
  | { kind: 'handled'; invitationId: string; replies: string[] };

const OPEN = new Set(['sent', 'opened']);
const CANDIDATES = 5;

/** The conversation an SMS from this number continues: the newest open one, else the newest. */
async function conversationFor(d: Deps, ws: string, channel: string, from: string) {
  const ids = await d.r.conversations.findByAddress(
    ws,
    channel,
    addressKey(channel, from),
    CANDIDATES,
  );
  let fallback: string | null = null;
  for (const id of ids) {
    const inv = await d.r.invitations.get(ws, id);
    if (!inv || !conversationOf(inv)) continue;
    if (OPEN.has(inv.status)) return id;
    fallback ??= id;
  }
  return fallback;
}

export async function receiveInbound(
  d: Deps,
  msg: InboundMessage,
  opts: { analyze?: DialogueAnalyzer | undefined } = {},
): Promise<InboundOutcome> {
  const ws = msg.workspaceId;
  const known = await d.r.conversations.getInbound(ws, msg.channel, msg.externalId);
  if (known) return { kind: 'replay', invitationId: known.invitationId, replies: known.reply };
  const invitationId = msg.invitationId ?? (await conversationFor(d, ws, msg.channel, msg.from));
  if (!invitationId) return { kind: 'unknown', keyword: parseSmsKeyword(msg.text) !== null };
  const now = d.clock.now().toISOString();
  if (!(await d.r.conversations.claimInbound(ws, msg.channel, msg.externalId, invitationId, now))) {
    // Claimed meanwhile by a concurrent delivery of the same message, now committed.
    const prev = await d.r.conversations.getInbound(ws, msg.channel, msg.externalId);
    return { kind: 'replay', invitationId, replies: prev?.reply ?? [] };
  }
  const turn = await replyToConversation(d, ws, invitationId, msg.text, {
    analyze: opts.analyze,
    delivery: msg.channel === 'sms' ? 'inline' : 'job',
    inReplyTo: msg.inReplyTo,
  });
  const replies = msg.channel === 'sms' ? turn.outgoing : [];
  await d.r.conversations.setInboundReply(ws, msg.channel, msg.externalId, replies);
  return { kind: 'handled', invitationId, replies };
}
