/**
 * The invitations a manager or agent sees are those about an interaction one of their people
 * served, or to a customer of their book (store/src/repositories/people-scope.ts). Invitations
 * had no index on their interaction, so that list walked every invitation of the workspace
 * (store/src/query-plans.test.ts); with one, each of the three conditions is read by index.
 */
import { sql, type Kysely } from 'kysely';
import type { RapportMigration } from './types.ts';

export const invitationInteractionIndex: RapportMigration = {
  async up(db: Kysely<unknown>) {
    await sql`create index invitations_interaction_idx on invitations (workspace_id, interaction_id)`.execute(
      db,
    );
  },
};
