/**
 * Raw-text retention reaches the engagement history: a step's reasons quote the words a signal
 * was read from ("had to call three times"), which retention removes from the signal. The
 * retention job recomputes the customers whose history still quotes words older than the
 * policy allows, once the signals have lost them; `text_until` (the step's time when its
 * reasons quote words) finds those steps by index.
 */
import { reasonQuotesWords, type EngagementReason } from '@rapport/core';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { fromJson } from '../codec.ts';
import { columnTypes, type RapportMigration } from './types.ts';

const CHUNK = 500;

interface Row {
  workspace_id: string;
  customer_id: string;
  id: string;
  at: string | Date;
  reasons: unknown;
}

export const engagementTextUntil: RapportMigration = {
  async up(db: Kysely<unknown>, dialect) {
    const t = columnTypes(dialect);
    await db.schema.alterTable('engagement_events').addColumn('text_until', t.ts).execute();
    await sql`create index engagement_events_text_until_idx
      on engagement_events (workspace_id, text_until)`.execute(db);
    await backfillEngagementTextUntil(db);
  },
};

/** Sets `text_until` of the steps whose reasons quote words (exported for the test). */
export async function backfillEngagementTextUntil(db: Kysely<unknown>): Promise<void> {
  let after: Pick<Row, 'workspace_id' | 'customer_id' | 'id'> | null = null;
  for (;;) {
    const past: RawBuilder<unknown> = after
      ? sql`where (workspace_id, customer_id, id) > (${after.workspace_id}, ${after.customer_id}, ${after.id})`
      : sql``;
    const { rows }: { rows: Row[] } =
      await sql<Row>`select workspace_id, customer_id, id, at, reasons
      from engagement_events ${past} order by workspace_id, customer_id, id limit ${CHUNK}`.execute(
        db,
      );
    if (!rows.length) return;
    for (const r of rows)
      if (fromJson<EngagementReason[]>(r.reasons, []).some(reasonQuotesWords))
        await sql`update engagement_events set text_until = at
          where workspace_id = ${r.workspace_id} and customer_id = ${r.customer_id} and id = ${r.id}`.execute(
          db,
        );
    const last = rows[rows.length - 1] as Row;
    after = { workspace_id: last.workspace_id, customer_id: last.customer_id, id: last.id };
  }
}
