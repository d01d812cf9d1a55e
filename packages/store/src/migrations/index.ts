import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { writePlannerStats } from '../planner-stats.ts';
import { initial } from './0001_initial.ts';
import { jobQueue } from './0002_job_queue.ts';
import { feedback } from './0003_feedback.ts';
import { channels } from './0004_channels.ts';
import { closedLoop } from './0005_closed_loop.ts';
import { chain } from './0006_chain.ts';
import { security } from './0008_security.ts';
import { transfer } from './0010_transfer.ts';
import { metricCube } from './0011_metric_cube.ts';
import { jobPriority } from './0012_job_priority.ts';
import { cubeWeeks } from './0013_cube_weeks.ts';
import { taskCaseIndex } from './0014_task_case_index.ts';
import { invitationInteractionIndex } from './0015_invitation_interaction_index.ts';
import { caseTextUntil } from './0016_case_text_until.ts';
import { invitationTextUntil } from './0017_invitation_text_until.ts';
import { engagementTextUntil } from './0018_engagement_text_until.ts';
import { jobKeyIndexes } from './0019_job_key_indexes.ts';
import { caseEvidence } from './0020_case_evidence.ts';
import type { RapportMigration } from './types.ts';

/**
 * The one migration set, in order. To add a migration: create `NNNN_name.ts` exporting a
 * RapportMigration, and append it here. Never edit a migration that has shipped.
 */
export const MIGRATIONS: Array<[string, RapportMigration]> = [
  ['0001_initial', initial],
  ['0002_job_queue', jobQueue],
  ['0003_feedback', feedback],
  ['0004_channels', channels],
  ['0005_closed_loop', closedLoop],
  ['0006_chain', chain],
  ['0008_security', security],
  ['0010_transfer', transfer],
  ['0011_metric_cube', metricCube],
  ['0012_job_priority', jobPriority],
  ['0013_cube_weeks', cubeWeeks],
  ['0014_task_case_index', taskCaseIndex],
  ['0015_invitation_interaction_index', invitationInteractionIndex],
  ['0016_case_text_until', caseTextUntil],
  ['0017_invitation_text_until', invitationTextUntil],
  ['0018_engagement_text_until', engagementTextUntil],
  ['0019_job_key_indexes', jobKeyIndexes],
  ['0020_case_evidence', caseEvidence],
];

function provider(dialect: DialectName): MigrationProvider {
  return {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, m] of MIGRATIONS) {
        out[name] = {
          up: (db) => m.up(db, dialect),
          ...(m.down ? { down: (db: Kysely<unknown>) => m.down!(db, dialect) } : {}),
        };
      }
      return out;
    },
  };
}

// Migrations are independent (each adds its own tables and columns), so one written in
// parallel and merged later may run after a higher-numbered one already applied.
const migratorOf = (db: Kysely<unknown>, dialect: DialectName) =>
  new Migrator({ db, provider: provider(dialect), allowUnorderedMigrations: true });

/** Brings the schema up to the migration `name` and no further: a migration's own tests. */
export async function migrateTo(
  db: Kysely<unknown>,
  dialect: DialectName,
  name: string,
): Promise<void> {
  const { error } = await migratorOf(db, dialect).migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

export interface MigrationReport {
  applied: string[];
  current: string | null;
}

/** Brings the schema up to date; safe to run from several processes at once (Kysely locks). */
export async function migrateToLatest(
  db: Kysely<unknown>,
  dialect: DialectName,
): Promise<MigrationReport> {
  const migrator = migratorOf(db, dialect);
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  const applied = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  if (dialect === 'sqlite') await writePlannerStats(db);
  const all = await migrator.getMigrations();
  const done = all.filter((m) => m.executedAt);
  return { applied, current: done.at(-1)?.name ?? null };
}
