/**
 * Feedback: each answer records its attribution scope, and metric roll-ups keep one histogram
 * (a count per score value) per UTC day and dimension combination, so a dashboard reads a
 * few thousand roll-up rows instead of millions of answers. Dimension columns hold '' for
 * "none" (never NULL) so the roll-up key is one unique key on both engines.
 */
import type { Kysely } from 'kysely';
import type { RapportMigration } from './types.ts';

export const ROLLUP_BUCKETS = 11; // a 0–10 scale has 11 values; smaller scales use a prefix

export const feedback: RapportMigration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('answers')
      .addColumn('scope', 'text', (c) => c.notNull().defaultTo('transactional'))
      .execute();
    let t = db.schema
      .createTable('metric_rollups')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('metric', 'text', (c) => c.notNull())
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('survey_id', 'text', (c) => c.notNull())
      .addColumn('scale_min', 'integer', (c) => c.notNull())
      .addColumn('scale_max', 'integer', (c) => c.notNull())
      .addColumn('top_box_min', 'integer', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('stage', 'text', (c) => c.notNull())
      .addColumn('team_id', 'text', (c) => c.notNull())
      .addColumn('agent_id', 'text', (c) => c.notNull())
      .addColumn('owner_id', 'text', (c) => c.notNull())
      .addColumn('segment', 'text', (c) => c.notNull())
      .addColumn('n', 'integer', (c) => c.notNull());
    for (let k = 0; k < ROLLUP_BUCKETS; k++)
      t = t.addColumn(`c${k}`, 'integer', (c) => c.notNull().defaultTo(0));
    await t
      .addPrimaryKeyConstraint('metric_rollups_pk', [
        'workspace_id',
        'metric',
        'scope',
        'day',
        'survey_id',
        'scale_min',
        'scale_max',
        'top_box_min',
        'channel',
        'stage',
        'team_id',
        'agent_id',
        'owner_id',
        'segment',
      ] as never)
      .execute();
    await db.schema
      .createIndex('answers_response_idx')
      .on('answers')
      .columns(['workspace_id', 'metric', 'scope', 'submitted_at'])
      .execute();
    await db.schema
      .createIndex('invitations_customer_status_idx')
      .on('invitations')
      .columns(['workspace_id', 'customer_id', 'status', 'send_at'])
      .execute();
  },
};
