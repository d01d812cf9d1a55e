/**
 * The closed loop: cases keep a version (optimistic concurrency), the manager they are
 * escalated to and their first SLA breach; praise remembers the signal it came from; tasks
 * get a title and the interaction that recorded a completed follow-up; webhook endpoints a
 * description. Indexes for finding a customer's active case per reason, "my cases", the
 * metrics period, praise per source and passed up, and signals of a period (rule dry runs).
 */
import type { Kysely } from 'kysely';
import { columnTypes, type RapportMigration } from './types.ts';

export const closedLoop: RapportMigration = {
  async up(db: Kysely<unknown>, dialect) {
    const t = columnTypes(dialect);
    const index = async (table: string, name: string, cols: string[]) => {
      await db.schema
        .createIndex(`${table}_${name}_idx`)
        .on(table)
        .columns(['workspace_id', ...cols])
        .execute();
    };
    // One column per statement: SQLite adds one column at a time.
    await db.schema
      .alterTable('cases')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.alterTable('cases').addColumn('escalated_to_id', 'text').execute();
    await db.schema.alterTable('cases').addColumn('sla_breached_at', t.ts).execute();
    await index('cases', 'active', ['customer_id', 'reason', 'status']);
    await index('cases', 'escalated', ['escalated_to_id', 'status']);
    await index('cases', 'created', ['created_at']);

    await db.schema.alterTable('praise').addColumn('signal_id', 'text').execute();
    await index('praise', 'interaction', ['interaction_id']);
    await index('praise', 'response', ['response_id']);
    await index('praise', 'created', ['created_at']);
    await index('praise_deliveries', 'passed_by', ['passed_by']);

    await db.schema
      .alterTable('tasks')
      .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await db.schema.alterTable('tasks').addColumn('interaction_id', 'text').execute();
    await index('tasks', 'praise', ['praise_id']);

    await db.schema.alterTable('webhook_endpoints').addColumn('description', 'text').execute();
    await index('signals', 'at', ['at']);
  },
};
