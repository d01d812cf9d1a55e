/** Ports of survey conversations: routing replies, deduplicating inbound, recording outbound. */

/** A message Rapport sent (or is sending) on a channel, kept so a retried job sends it once. */
export interface OutboundRecord {
  workspaceId: string;
  /** The idempotency key: `<invitationId>:<transcript index>`. */
  key: string;
  invitationId: string;
  channel: 'sms' | 'email';
  to: string;
  /** The message as the customer reads it (no links: links carry the survey token). */
  text: string;
  /** The provider's id (Twilio's Message SID, the e-mail's Message-ID). */
  providerId: string | null;
  sentAt: string;
}

/** An inbound message already received: the replies it was given, for a retried delivery. */
export interface InboundRecord {
  invitationId: string | null;
  reply: string[];
}

export interface ConversationRepo {
  /**
   * Locks an invitation's row until the transaction ends, so two replies of one conversation
   * are handled one after the other (PostgreSQL; SQLite runs writes one at a time anyway).
   */
  lock(ws: string, invitationId: string): Promise<void>;
  /** Sets how replies find the invitation: the normalised address and the e-mail reply key. */
  setRouting(
    ws: string,
    invitationId: string,
    routing: { addressKey: string | null; replyKey?: string | null | undefined },
  ): Promise<void>;
  /** Invitation ids on this channel and address whose conversation started, newest first. */
  findByAddress(ws: string, channel: string, addressKey: string, limit: number): Promise<string[]>;
  findByReplyKey(ws: string, replyKey: string): Promise<string | undefined>;
  replyKeyOf(ws: string, invitationId: string): Promise<string | null>;
  /**
   * Records an inbound message by its provider id inside the current transaction; false when
   * it was recorded before (a retried delivery). Concurrent claims wait for the first.
   */
  claimInbound(
    ws: string,
    channel: string,
    externalId: string,
    invitationId: string | null,
    at: string,
  ): Promise<boolean>;
  setInboundReply(ws: string, channel: string, externalId: string, reply: string[]): Promise<void>;
  getInbound(ws: string, channel: string, externalId: string): Promise<InboundRecord | undefined>;
  getOutbound(ws: string, key: string): Promise<OutboundRecord | undefined>;
  /** Inserts the record; a second insert of the same key is ignored. */
  recordOutbound(rec: OutboundRecord): Promise<void>;
  listOutbound(ws: string, invitationId: string): Promise<OutboundRecord[]>;
}
