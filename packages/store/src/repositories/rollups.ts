/**
 * Metric roll-ups: one histogram per UTC day and dimension combination, kept in step with the
 * answers table in the same transaction, and read back grouped for the metrics API.
 */
import type { GroupByDimension, HistogramRow, MetricQuery, SurveyResponse } from '@rapport/core';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { num } from '../codec.ts';
import type { DialectName } from '../dialect.ts';
import type { Database, MetricRollupsTable } from '../schema.ts';

type Bucket = `c${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10}`;
const BUCKETS = Array.from({ length: 11 }, (_, k) => `c${k}` as Bucket);
const KEY = [
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
] as const;

export async function addToRollups(db: Kysely<Database>, r: SurveyResponse): Promise<void> {
  const day = r.submittedAt.slice(0, 10);
  for (const a of r.answers) {
    if (!a.metric || a.valueNum === null || a.scaleMin === null || a.scaleMax === null) continue;
    const k = a.valueNum - a.scaleMin;
    if (!Number.isInteger(k) || k < 0 || k > 10) continue;
    const bucket = BUCKETS[k] as Bucket;
    const row: MetricRollupsTable = {
      workspace_id: r.workspaceId,
      metric: a.metric,
      scope: a.scope,
      day,
      survey_id: r.surveyId,
      scale_min: a.scaleMin,
      scale_max: a.scaleMax,
      top_box_min: a.topBoxMin ?? -1,
      channel: r.channel,
      stage: r.stage ?? '',
      team_id: a.teamId ?? '',
      agent_id: a.agentId ?? '',
      owner_id: a.ownerId ?? '',
      segment: r.segment ?? '',
      n: 1,
      ...(Object.fromEntries(BUCKETS.map((b) => [b, b === bucket ? 1 : 0])) as Record<
        Bucket,
        number
      >),
    };
    await db
      .insertInto('metric_rollups')
      .values(row)
      .onConflict((oc) =>
        oc.columns([...KEY]).doUpdateSet({
          n: sql`metric_rollups.n + 1`,
          [bucket]: sql`metric_rollups.${sql.ref(bucket)} + 1`,
        }),
      )
      .execute();
  }
}

function groupExpr(dim: GroupByDimension, dialect: DialectName): RawBuilder<string> {
  switch (dim) {
    case 'channel':
      return sql<string>`channel`;
    case 'stage':
      return sql<string>`stage`;
    case 'team':
      return sql<string>`team_id`;
    case 'agent':
      return sql<string>`agent_id`;
    case 'owner':
      return sql<string>`owner_id`;
    case 'segment':
      return sql<string>`segment`;
    case 'survey':
      return sql<string>`survey_id`;
    case 'month':
      return sql<string>`substr(day, 1, 7)`;
    case 'week':
      return dialect === 'postgres'
        ? sql<string>`to_char(date_trunc('week', day::date), 'YYYY-MM-DD')`
        : sql<string>`date(day, 'weekday 0', '-6 days')`;
  }
}

const FILTER_COLUMN = {
  surveyId: 'survey_id',
  channel: 'channel',
  stage: 'stage',
  teamId: 'team_id',
  agentId: 'agent_id',
  ownerId: 'owner_id',
  segment: 'segment',
} as const;

export async function rollupHistograms(
  db: Kysely<Database>,
  dialect: DialectName,
  ws: string,
  q: MetricQuery,
): Promise<HistogramRow[]> {
  let query = db
    .selectFrom('metric_rollups')
    .where('workspace_id', '=', ws)
    .where('metric', '=', q.metric)
    .where('scope', 'in', q.scopes);
  if (q.from) query = query.where('day', '>=', q.from);
  if (q.to) query = query.where('day', '<', q.to);
  for (const [key, column] of Object.entries(FILTER_COLUMN) as Array<
    [keyof typeof FILTER_COLUMN, (typeof FILTER_COLUMN)[keyof typeof FILTER_COLUMN]]
  >) {
    const v = q.filters[key];
    if (v !== undefined) query = query.where(column, '=', v);
  }
  const groups = q.groupBy.map((g, i) => groupExpr(g, dialect).as(`g${i}`));
  const rows = await query
    .select([
      ...groups,
      'scale_min',
      'scale_max',
      'top_box_min',
      ...BUCKETS.map((b) => sql<number>`sum(${sql.ref(b)})`.as(b)),
    ])
    .groupBy([
      ...q.groupBy.map((g) => groupExpr(g, dialect)),
      'scale_min',
      'scale_max',
      'top_box_min',
    ])
    .execute();
  return rows.map((r) => {
    const rec = r as unknown as Record<string, unknown>;
    const min = Number(rec.scale_min);
    const max = Number(rec.scale_max);
    const topBox = Number(rec.top_box_min);
    const group: HistogramRow['group'] = {};
    q.groupBy.forEach((g, i) => {
      const v = rec[`g${i}`];
      group[g] = v === '' || v === null || v === undefined ? null : String(v);
    });
    return {
      group,
      scaleMin: min,
      scaleMax: max,
      topBoxMin: topBox < 0 ? null : topBox,
      counts: BUCKETS.slice(0, max - min + 1).map((b) => num(rec[b])),
    };
  });
}
