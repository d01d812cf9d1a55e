/**
 * The metric cube: the daily roll-ups of migration 0003 without the per-person dimensions
 * (agent, relationship owner), kept at two grains — per UTC day and per calendar month. A
 * dashboard that neither groups nor filters by a person reads whole months from the month
 * grain and only the partial months at the ends of its period from the day grain, so a
 * two-year trend over ten million answers reads a few thousand rows instead of millions.
 * Backfilled from the daily roll-ups; kept in step with them in the response's transaction.
 */
import { sql, type Kysely } from 'kysely';
import { ROLLUP_BUCKETS } from './0003_feedback.ts';
import type { RapportMigration } from './types.ts';

export const CUBE_KEY = [
  'workspace_id',
  'metric',
  'scope',
  'grain',
  'period',
  'survey_id',
  'scale_min',
  'scale_max',
  'top_box_min',
  'channel',
  'stage',
  'team_id',
  'segment',
] as const;

export const metricCube: RapportMigration = {
  async up(db: Kysely<unknown>, dialect) {
    let t = db.schema
      .createTable('metric_cube')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('metric', 'text', (c) => c.notNull())
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('grain', 'text', (c) => c.notNull())
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('survey_id', 'text', (c) => c.notNull())
      .addColumn('scale_min', 'integer', (c) => c.notNull())
      .addColumn('scale_max', 'integer', (c) => c.notNull())
      .addColumn('top_box_min', 'integer', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('stage', 'text', (c) => c.notNull())
      .addColumn('team_id', 'text', (c) => c.notNull())
      .addColumn('segment', 'text', (c) => c.notNull())
      .addColumn('n', 'integer', (c) => c.notNull());
    for (let k = 0; k < ROLLUP_BUCKETS; k++)
      t = t.addColumn(`c${k}`, 'integer', (c) => c.notNull().defaultTo(0));
    t = t.addPrimaryKeyConstraint('metric_cube_pk', [...CUBE_KEY] as never);
    // SQLite: the rows live in the key's order, so a period's range is one contiguous read.
    if (dialect === 'sqlite') t = t.modifyEnd(sql`without rowid`);
    await t.execute();
    await backfillCube(db);
  },
};

/** Rebuilds both grains of the cube from the daily roll-ups (into an empty cube). */
export async function backfillCube(db: Kysely<unknown>): Promise<void> {
  const buckets = Array.from({ length: ROLLUP_BUCKETS }, (_, k) => `c${k}`);
  const sums = sql.raw(buckets.map((b) => `sum(${b})`).join(', '));
  const cols = sql.raw([...CUBE_KEY, 'n', ...buckets].join(', '));
  for (const [grain, period] of [
    ['day', 'day'],
    ['month', "substr(day, 1, 7) || '-01'"],
  ] as const) {
    await sql`insert into metric_cube (${cols})
      select workspace_id, metric, scope, ${grain}, ${sql.raw(period)}, survey_id, scale_min,
        scale_max, top_box_min, channel, stage, team_id, segment, sum(n), ${sums}
      from metric_rollups
      group by workspace_id, metric, scope, ${sql.raw(period)}, survey_id, scale_min, scale_max,
        top_box_min, channel, stage, team_id, segment`.execute(db);
  }
}
