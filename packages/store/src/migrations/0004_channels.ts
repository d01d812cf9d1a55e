/**
 * Survey conversations over SMS, e-mail and chat: how a reply finds its invitation (the
 * normalised address, the e-mail reply key), what an inbound message was answered (so a
 * retried delivery gets the same answer and is processed once), and what was sent out (so a
 * retried delivery job sends once).
 */
import type { Kysely } from 'kysely';
import { columnTypes, type RapportMigration } from './types.ts';

export const channels: RapportMigration = {
  async up(db: Kysely<unknown>, dialect) {
    const t = columnTypes(dialect);
    // One column per statement: SQLite adds one column at a time.
    await db.schema.alterTable('invitations').addColumn('address_key', 'text').execute();
    await db.schema.alterTable('invitations').addColumn('reply_key', 'text').execute();
    await db.schema
      .createIndex('invitations_address_key_idx')
      .on('invitations')
      .columns(['workspace_id', 'channel', 'address_key', 'send_at'])
      .execute();
    await db.schema
      .createIndex('invitations_reply_key_idx')
      .on('invitations')
      .columns(['workspace_id', 'reply_key'])
      .unique()
      .execute();
    await db.schema.alterTable('inbound_messages').addColumn('invitation_id', 'text').execute();
    await db.schema.alterTable('inbound_messages').addColumn('reply', t.json).execute();
    await db.schema
      .createTable('outbound_messages')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('invitation_id', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('to_address', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('provider_id', 'text')
      .addColumn('sent_at', t.ts, (c) => c.notNull())
      .addPrimaryKeyConstraint('outbound_messages_pk', ['workspace_id', 'key'] as never)
      .execute();
    await db.schema
      .createIndex('outbound_messages_invitation_idx')
      .on('outbound_messages')
      .columns(['workspace_id', 'invitation_id', 'sent_at'])
      .execute();
  },
};
