/**
 * One-click unsubscribe from a survey e-mail (RFC 8058): the reply key in the link names the
 * conversation; the customer is opted out of every channel and the conversation closes — no
 * confirmation e-mail is sent.
 */
import type { Deps } from '../common/deps.ts';
import { DomainError } from '../errors/domain-error.ts';
import { REPLY_KEY_PATTERN } from './addresses.ts';
import { replyToConversation } from './conversation.service.ts';

export async function unsubscribeByReplyKey(d: Deps, ws: string, replyKey: string): Promise<void> {
  const key = replyKey.toLowerCase();
  const invitationId = REPLY_KEY_PATTERN.test(key)
    ? await d.r.conversations.findByReplyKey(ws, key)
    : undefined;
  if (!invitationId) throw new DomainError('not_found', 'This unsubscribe link is not valid.');
  const inv = await d.r.invitations.get(ws, invitationId);
  const customer = inv?.customerId ? await d.r.customers.get(ws, inv.customerId) : undefined;
  if (customer?.optedOutAt) return;
  await replyToConversation(d, ws, invitationId, 'UNSUBSCRIBE', { delivery: 'inline' });
}
