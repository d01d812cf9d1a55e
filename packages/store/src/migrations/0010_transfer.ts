/**
 * Imports: responses keep the id they had in the tool they came from, so an import can be
 * resumed after a crash (or run twice) without storing anything twice.
 */
import type { Kysely } from 'kysely';
import type { RapportMigration } from './types.ts';

export const transfer: RapportMigration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('responses').addColumn('external_id', 'text').execute();
    await db.schema
      .createIndex('responses_external_id_idx')
      .on('responses')
      .columns(['workspace_id', 'external_id'])
      .unique()
      .execute();
  },
};
