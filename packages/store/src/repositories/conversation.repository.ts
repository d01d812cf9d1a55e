import type { ConversationRepo, OutboundRecord } from '@rapport/core';
import type { Selectable } from 'kysely';
import { fromJson, toJson } from '../codec.ts';
import type { OutboundMessagesTable } from '../schema.ts';
import type { RepoContext } from './db.ts';

const toOutbound = (r: Selectable<OutboundMessagesTable>): OutboundRecord => ({
  workspaceId: r.workspace_id,
  key: r.key,
  invitationId: r.invitation_id,
  channel: r.channel as OutboundRecord['channel'],
  to: r.to_address,
  text: r.text,
  providerId: r.provider_id,
  sentAt: r.sent_at,
});

/** Routing, inbound deduplication and outbound records of survey conversations. */
export function conversationRepository({ db, dialect }: RepoContext): ConversationRepo {
  return {
    async lock(ws, invitationId) {
      // SQLite runs one write transaction at a time: the transaction itself is the lock.
      if (dialect !== 'postgres') return;
      await db
        .selectFrom('invitations')
        .select('id')
        .where('workspace_id', '=', ws)
        .where('id', '=', invitationId)
        .forUpdate()
        .execute();
    },
    async setRouting(ws, invitationId, routing) {
      await db
        .updateTable('invitations')
        .set({
          address_key: routing.addressKey,
          ...(routing.replyKey !== undefined ? { reply_key: routing.replyKey } : {}),
        })
        .where('workspace_id', '=', ws)
        .where('id', '=', invitationId)
        .execute();
    },
    async findByAddress(ws, channel, addressKey, limit) {
      const rows = await db
        .selectFrom('invitations')
        .select('id')
        .where('workspace_id', '=', ws)
        .where('channel', '=', channel)
        .where('address_key', '=', addressKey)
        .orderBy('send_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => r.id);
    },
    async findByReplyKey(ws, replyKey) {
      const r = await db
        .selectFrom('invitations')
        .select('id')
        .where('workspace_id', '=', ws)
        .where('reply_key', '=', replyKey)
        .executeTakeFirst();
      return r?.id;
    },
    async replyKeyOf(ws, invitationId) {
      const r = await db
        .selectFrom('invitations')
        .select('reply_key')
        .where('workspace_id', '=', ws)
        .where('id', '=', invitationId)
        .executeTakeFirst();
      return r?.reply_key ?? null;
    },
    async claimInbound(ws, channel, externalId, invitationId, at) {
      const r = await db
        .insertInto('inbound_messages')
        .values({
          workspace_id: ws,
          channel,
          external_id: externalId,
          received_at: at,
          invitation_id: invitationId,
          reply: toJson([]),
        })
        .onConflict((oc) => oc.columns(['workspace_id', 'channel', 'external_id']).doNothing())
        .returning('external_id')
        .executeTakeFirst();
      return r !== undefined;
    },
    async setInboundReply(ws, channel, externalId, reply) {
      await db
        .updateTable('inbound_messages')
        .set({ reply: toJson(reply) })
        .where('workspace_id', '=', ws)
        .where('channel', '=', channel)
        .where('external_id', '=', externalId)
        .execute();
    },
    async getInbound(ws, channel, externalId) {
      const r = await db
        .selectFrom('inbound_messages')
        .select(['invitation_id', 'reply'])
        .where('workspace_id', '=', ws)
        .where('channel', '=', channel)
        .where('external_id', '=', externalId)
        .executeTakeFirst();
      return r && { invitationId: r.invitation_id, reply: fromJson<string[]>(r.reply, []) };
    },
    async getOutbound(ws, key) {
      const r = await db
        .selectFrom('outbound_messages')
        .selectAll()
        .where('workspace_id', '=', ws)
        .where('key', '=', key)
        .executeTakeFirst();
      return r && toOutbound(r);
    },
    async recordOutbound(rec) {
      await db
        .insertInto('outbound_messages')
        .values({
          workspace_id: rec.workspaceId,
          key: rec.key,
          invitation_id: rec.invitationId,
          channel: rec.channel,
          to_address: rec.to,
          text: rec.text,
          provider_id: rec.providerId,
          sent_at: rec.sentAt,
        })
        .onConflict((oc) => oc.columns(['workspace_id', 'key']).doNothing())
        .execute();
    },
    async listOutbound(ws, invitationId) {
      const rows = await db
        .selectFrom('outbound_messages')
        .selectAll()
        .where('workspace_id', '=', ws)
        .where('invitation_id', '=', invitationId)
        .orderBy('sent_at')
        .orderBy('key')
        .execute();
      return rows.map(toOutbound);
    },
  };
}
