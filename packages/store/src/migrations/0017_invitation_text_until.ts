/**
 * Raw-text retention reaches a survey conversation's copy of the customer's words, kept on its
 * invitation (`conversation.dialogue`: the transcript, the replies, the follow-ups; core's
 * privacy/conversation-text.ts), and a web survey's answers so far, left on an invitation never
 * finished. `text_until` is the time of the oldest words a finished conversation still keeps,
 * or the link's expiry for answers so far, so the retention job finds them by index.
 */
import { conversationTextSince, progressKept } from '@rapport/core';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { fromJson } from '../codec.ts';
import { columnTypes, type RapportMigration } from './types.ts';

const CHUNK = 500;

export const invitationTextUntil: RapportMigration = {
  async up(db: Kysely<unknown>, dialect) {
    const t = columnTypes(dialect);
    await db.schema.alterTable('invitations').addColumn('text_until', t.ts).execute();
    await sql`create index invitations_text_until_idx on invitations (workspace_id, text_until)`.execute(
      db,
    );
    await backfillInvitationTextUntil(db, dialect);
  },
};

interface Row {
  workspace_id: string;
  id: string;
  conversation: unknown;
  expires_at: string | Date;
}

/** Sets `text_until` of the invitations whose conversation keeps words (exported for the test). */
export async function backfillInvitationTextUntil(
  db: Kysely<unknown>,
  dialect: DialectName,
): Promise<void> {
  // Only rows holding a dialogue or a web survey's answers so far.
  const dialogue: RawBuilder<unknown> =
    dialect === 'postgres'
      ? sql`(conversation -> 'dialogue' ->> 'schema' = '1' or jsonb_array_length(coalesce(conversation -> 'answers', '[]'::jsonb)) > 0)`
      : sql`(json_extract(conversation, '$.dialogue.schema') = 1 or json_array_length(conversation, '$.answers') > 0)`;
  let after: Pick<Row, 'workspace_id' | 'id'> | null = null;
  for (;;) {
    const past: RawBuilder<unknown> = after
      ? sql`and (workspace_id, id) > (${after.workspace_id}, ${after.id})`
      : sql``;
    const { rows }: { rows: Row[] } =
      await sql<Row>`select workspace_id, id, conversation, expires_at
      from invitations where ${dialogue} ${past} order by workspace_id, id limit ${CHUNK}`.execute(
        db,
      );
    if (!rows.length) return;
    for (const r of rows) {
      const conversation = fromJson<Record<string, unknown>>(r.conversation, {});
      const since = progressKept(conversation)
        ? new Date(r.expires_at).toISOString()
        : conversationTextSince(conversation);
      if (since)
        await sql`update invitations set text_until = ${since}
          where workspace_id = ${r.workspace_id} and id = ${r.id}`.execute(db);
    }
    const last = rows[rows.length - 1] as Row;
    after = { workspace_id: last.workspace_id, id: last.id };
  }
}
