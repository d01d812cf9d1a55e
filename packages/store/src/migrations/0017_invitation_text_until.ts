/**
 * Raw-text retention reaches a survey conversation's copy of the customer's words, kept on its
 * invitation (`conversation.dialogue`: the transcript, the replies, the follow-ups; core's
 * privacy/conversation-text.ts). `text_until` is the time of the oldest words a finished
 * conversation still keeps, so the retention job finds those invitations by index.
 */
import { conversationTextSince } from '@rapport/core';
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
}

/** Sets `text_until` of the invitations whose conversation keeps words (exported for the test). */
export async function backfillInvitationTextUntil(
  db: Kysely<unknown>,
  dialect: DialectName,
): Promise<void> {
  // Only rows holding a dialogue: most invitations are e-mail links or web surveys.
  const dialogue: RawBuilder<unknown> =
    dialect === 'postgres'
      ? sql`conversation -> 'dialogue' ->> 'schema' = '1'`
      : sql`json_extract(conversation, '$.dialogue.schema') = 1`;
  let after: Omit<Row, 'conversation'> | null = null;
  for (;;) {
    const past: RawBuilder<unknown> = after
      ? sql`and (workspace_id, id) > (${after.workspace_id}, ${after.id})`
      : sql``;
    const { rows }: { rows: Row[] } = await sql<Row>`select workspace_id, id, conversation
      from invitations where ${dialogue} ${past} order by workspace_id, id limit ${CHUNK}`.execute(
      db,
    );
    if (!rows.length) return;
    for (const r of rows) {
      const since = conversationTextSince(fromJson<Record<string, unknown>>(r.conversation, {}));
      if (since)
        await sql`update invitations set text_until = ${since}
          where workspace_id = ${r.workspace_id} and id = ${r.id}`.execute(db);
    }
    const last = rows[rows.length - 1] as Row;
    after = { workspace_id: last.workspace_id, id: last.id };
  }
}
