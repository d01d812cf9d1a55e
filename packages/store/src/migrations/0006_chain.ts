/**
 * The unbroken chain: team scores read pulse answers by survey kind and day, and closed cases by
 * team and closing time. Both indexes lead with workspace_id.
 */
import type { Kysely } from 'kysely';
import type { RapportMigration } from './types.ts';

export const chain: RapportMigration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex('answers_kind_submitted_idx')
      .on('answers')
      .columns(['workspace_id', 'survey_kind', 'submitted_at'])
      .execute();
    await db.schema
      .createIndex('cases_team_closed_idx')
      .on('cases')
      .columns(['workspace_id', 'team_id', 'closed_at'])
      .execute();
    await db.schema
      .createIndex('invitations_survey_created_idx')
      .on('invitations')
      .columns(['workspace_id', 'survey_id', 'created_at'])
      .execute();
  },
};
