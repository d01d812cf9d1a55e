// @rapport/store — persistence behind core's ports: Kysely over SQLite (default) and PostgreSQL.
export * from './store.ts';
export * from './dialect.ts';
export * from './schema.ts';
export * from './codec.ts';
export { migrateToLatest, MIGRATIONS } from './migrations/index.ts';
export { backfillCube } from './migrations/0011_metric_cube.ts';
export { backfillCubeWeeks } from './migrations/0013_cube_weeks.ts';
export { rollupRowsOf, cubeRowsOf, ROLLUP_KEY, BUCKETS } from './repositories/rollup-writes.ts';
export { CUBE_KEY } from './migrations/0011_metric_cube.ts';
export { createRepos } from './repositories/index.ts';
export {
  toJob,
  DEFAULT_MAX_ATTEMPTS,
  PENDING_WITH_DEDUPE_KEY,
} from './repositories/job.repository.ts';
export * from './repositories/queue.repository.ts';
export { opsRepository, type OpsStats } from './repositories/ops.repository.ts';
export * from './workspace-transfer.ts';
export { jobProgress, type JobProgress } from './repositories/job-progress.ts';
export { backupSqlite, type BackupReport, type BackupOptions } from './backup.ts';
