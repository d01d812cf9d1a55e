/**
 * A case's tasks (`GET /api/v1/tasks?caseId=`, the case screen) had no index of their own, so
 * reading them walked every task of the workspace (store/src/query-plans.test.ts).
 */
import { sql, type Kysely } from 'kysely';
import type { RapportMigration } from './types.ts';

export const taskCaseIndex: RapportMigration = {
  async up(db: Kysely<unknown>) {
    await sql`create index tasks_case_idx on tasks (workspace_id, case_id)`.execute(db);
  },
};
