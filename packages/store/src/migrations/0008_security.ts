/**
 * Security and privacy: rate-limit counters kept in the database (so every server instance
 * shares them; pre-authentication counters such as sign-in live under the workspace
 * `_global`), each workspace's retention policy for raw text, and audit-log indexes for
 * reading the log by action and by target.
 */
import type { Kysely } from 'kysely';
import { columnTypes, type RapportMigration } from './types.ts';

export const security: RapportMigration = {
  async up(db: Kysely<unknown>, dialect) {
    const t = columnTypes(dialect);
    await db.schema
      .createTable('rate_limits')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('window_start', t.ts, (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('rate_limits_pk', ['workspace_id', 'key'] as never)
      .execute();
    await db.schema
      .createIndex('rate_limits_window_idx')
      .on('rate_limits')
      .columns(['workspace_id', 'window_start'])
      .execute();

    await db.schema
      .createTable('privacy_settings')
      .addColumn('workspace_id', 'text', (c) => c.primaryKey())
      .addColumn('raw_text_days', 'integer')
      .addColumn('updated_at', t.ts, (c) => c.notNull())
      .execute();

    await db.schema
      .createIndex('audit_log_action_idx')
      .on('audit_log')
      .columns(['workspace_id', 'action', 'id'])
      .execute();
    await db.schema
      .createIndex('audit_log_target_idx')
      .on('audit_log')
      .columns(['workspace_id', 'target_id', 'id'])
      .execute();
  },
};
