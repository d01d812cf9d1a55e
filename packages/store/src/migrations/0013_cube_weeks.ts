/**
 * A week grain in the metric cube: a trend by week over half a year reads 26 week rows per
 * combination instead of 182 day rows. A week is named by its Monday, as the metrics API's
 * week grouping names it. Backfilled from the cube's day grain; new responses add to it in
 * their transaction (`cubeRowsOf`).
 */
import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { ROLLUP_BUCKETS } from './0003_feedback.ts';
import { CUBE_KEY } from './0011_metric_cube.ts';
import type { RapportMigration } from './types.ts';

export const cubeWeeks: RapportMigration = {
  async up(db: Kysely<unknown>, dialect) {
    await backfillCubeWeeks(db, dialect);
  },
};

/** Adds the week grain, summed from the day grain, to a cube that has none. */
export async function backfillCubeWeeks(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const buckets = Array.from({ length: ROLLUP_BUCKETS }, (_, k) => `c${k}`);
  const sums = sql.raw(buckets.map((b) => `sum(${b})`).join(', '));
  const cols = sql.raw([...CUBE_KEY, 'n', ...buckets].join(', '));
  const monday =
    dialect === 'postgres'
      ? sql.raw(`to_char(date_trunc('week', period::date), 'YYYY-MM-DD')`)
      : sql.raw(`date(period, 'weekday 0', '-6 days')`);
  await sql`insert into metric_cube (${cols})
    select workspace_id, metric, scope, 'week', ${monday}, survey_id, scale_min, scale_max,
      top_box_min, channel, stage, team_id, segment, sum(n), ${sums}
    from metric_cube where grain = 'day'
    group by workspace_id, metric, scope, ${monday}, survey_id, scale_min, scale_max,
      top_box_min, channel, stage, team_id, segment`.execute(db);
}
