/**
 * Metric roll-ups: one histogram per UTC day and dimension combination, kept in step with the
 * answers table in the same transaction, and read back grouped for the metrics API.
 */
import type { GroupByDimension, HistogramRow, MetricQuery, SurveyResponse } from '@rapport/core';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { num } from '../codec.ts';
import type { DialectName } from '../dialect.ts';
import { CUBE_KEY } from '../migrations/0011_metric_cube.ts';
import { CUBE_GRAINS, periodOf, periodsWithin, type CubeGrain } from './cube-periods.ts';
import type { Database, MetricCubeTable, MetricRollupsTable } from '../schema.ts';

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

type Histogram = Record<Bucket, number> & { n: number };
const emptyHistogram = (): Histogram => ({
  n: 0,
  c0: 0,
  c1: 0,
  c2: 0,
  c3: 0,
  c4: 0,
  c5: 0,
  c6: 0,
  c7: 0,
  c8: 0,
  c9: 0,
  c10: 0,
});

/** Adds `from`'s counts to the row of `key`, made from `row` when new. */
function accumulate<R extends Histogram>(
  into: Map<string, R>,
  key: string,
  row: () => R,
  from: Histogram,
): void {
  let cur = into.get(key);
  if (!cur) into.set(key, (cur = row()));
  cur.n += from.n;
  for (let k = 0; k < BUCKETS.length; k++) {
    const b = BUCKETS[k] as Bucket;
    cur[b] += from[b];
  }
}

/** The daily roll-up rows a response adds to (one per key, counts summed). */
export function rollupRowsOf(r: SurveyResponse): MetricRollupsTable[] {
  const day = r.submittedAt.slice(0, 10);
  const out = new Map<string, MetricRollupsTable>();
  for (const a of r.answers) {
    if (!a.metric || a.valueNum === null || a.scaleMin === null || a.scaleMax === null) continue;
    const k = a.valueNum - a.scaleMin;
    if (!Number.isInteger(k) || k < 0 || k > 10) continue;
    const one = emptyHistogram();
    one.n = 1;
    one[BUCKETS[k] as Bucket] = 1;
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
      ...emptyHistogram(),
    };
    accumulate(out, KEY.map((c) => row[c]).join('\u0000'), () => row, one);
  }
  return [...out.values()];
}

/** The metric cube rows (day, week and month grain, no per-person dimensions) of daily roll-ups. */
export function cubeRowsOf(rows: readonly MetricRollupsTable[]): MetricCubeTable[] {
  const out = new Map<string, MetricCubeTable>();
  for (const r of rows) {
    for (const grain of CUBE_GRAINS) {
      const period = periodOf(grain, r.day);
      const key = [
        r.workspace_id,
        r.metric,
        r.scope,
        grain,
        period,
        r.survey_id,
        r.scale_min,
        r.scale_max,
        r.top_box_min,
        r.channel,
        r.stage,
        r.team_id,
        r.segment,
      ].join('\u0000');
      accumulate(
        out,
        key,
        () => ({
          workspace_id: r.workspace_id,
          metric: r.metric,
          scope: r.scope,
          grain,
          period,
          survey_id: r.survey_id,
          scale_min: r.scale_min,
          scale_max: r.scale_max,
          top_box_min: r.top_box_min,
          channel: r.channel,
          stage: r.stage,
          team_id: r.team_id,
          segment: r.segment,
          ...emptyHistogram(),
        }),
        r,
      );
    }
  }
  return [...out.values()];
}

/** On conflict, add the new row's counts to the stored ones. */
const addCounts = (table: 'metric_rollups' | 'metric_cube') =>
  Object.fromEntries(
    (['n', ...BUCKETS] as const).map((c) => [
      c,
      sql`${sql.ref(`${table}.${c}`)} + ${sql.ref(`excluded.${c}`)}`,
    ]),
  );

/**
 * Adds a response's scored answers to the daily roll-ups and the metric cube: one statement
 * per table whatever the number of answers (rows sharing a key are summed first, as
 * PostgreSQL refuses to update one row twice in a statement).
 */
export async function addToRollups(db: Kysely<Database>, r: SurveyResponse): Promise<void> {
  const rows = rollupRowsOf(r);
  if (!rows.length) return;
  await db
    .insertInto('metric_rollups')
    .values(rows)
    .onConflict((oc) => oc.columns([...KEY]).doUpdateSet(addCounts('metric_rollups')))
    .execute();
  await db
    .insertInto('metric_cube')
    .values(cubeRowsOf(rows))
    .onConflict((oc) => oc.columns([...CUBE_KEY]).doUpdateSet(addCounts('metric_cube')))
    .execute();
}

function groupExpr(
  dim: GroupByDimension,
  dialect: DialectName,
  time: 'day' | 'period',
): RawBuilder<string> {
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
      return sql<string>`substr(${sql.ref(time)}, 1, 7)`;
    case 'week':
      return dialect === 'postgres'
        ? sql<string>`to_char(date_trunc('week', ${sql.ref(time)}::date), 'YYYY-MM-DD')`
        : sql<string>`date(${sql.ref(time)}, 'weekday 0', '-6 days')`;
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

type Filterable = Exclude<keyof typeof FILTER_COLUMN, 'agentId' | 'ownerId'>;
const CUBE_FILTERS = ['surveyId', 'channel', 'stage', 'teamId', 'segment'] as const;

/** The part of a query period read from one grain of the cube. */
interface CubeRange {
  grain: CubeGrain;
  from: string | undefined;
  to: string | undefined;
}

/**
 * The days [from, to) as ranges of the coarsest grains that fit: whole periods of `grain`, then
 * whole weeks inside what is left at either end (when `grain` is month), then days.
 */
function cover(
  grain: 'week' | 'month',
  from: string | undefined,
  to: string | undefined,
): CubeRange[] {
  const whole = periodsWithin(grain, from, to);
  if (!whole && grain === 'week') return [{ grain: 'day', from, to }];
  if (!whole) {
    // No whole month: the days lie in one month or two; weeks are read for each month apart.
    const split = to === undefined ? undefined : periodOf('month', to);
    if (from === undefined || split === undefined || split <= from || split === to)
      return cover('week', from, to);
    return [...cover('week', from, split), ...cover('week', split, to)];
  }
  const edge = (f: string, t: string): CubeRange[] =>
    grain === 'month' ? cover('week', f, t) : [{ grain: 'day', from: f, to: t }];
  const out: CubeRange[] = [];
  if (from !== undefined && whole.from !== undefined && from < whole.from)
    out.push(...edge(from, whole.from));
  out.push({ grain, from: whole.from, to: whole.to });
  if (to !== undefined && whole.to !== undefined && whole.to < to) out.push(...edge(whole.to, to));
  return out;
}

/**
 * The query period as ranges of the cube's grains: whole months, and whole weeks and days at
 * the ends. A week read for a partial month lies inside that month, so grouping by month stays
 * exact. Grouping by week reads weeks and days only (weeks cross months); by week and month
 * together, days only.
 */
export function cubeRanges(q: Pick<MetricQuery, 'from' | 'to' | 'groupBy'>): CubeRange[] {
  const byWeek = q.groupBy.includes('week');
  if (byWeek && q.groupBy.includes('month')) return [{ grain: 'day', from: q.from, to: q.to }];
  return cover(byWeek ? 'week' : 'month', q.from, q.to);
}

/** The cube serves every query that neither groups nor filters by a person. */
export function cubeServes(q: MetricQuery): boolean {
  return (
    !q.groupBy.includes('agent') &&
    !q.groupBy.includes('owner') &&
    q.filters.agentId === undefined &&
    q.filters.ownerId === undefined &&
    q.filters.agentIn === undefined &&
    q.filters.ownerIn === undefined
  );
}

type Summed = Record<string, unknown>;

function toHistogramRows(q: MetricQuery, rows: Summed[]): HistogramRow[] {
  // Rows of several ranges may share a group: add them up.
  const merged = new Map<string, Summed>();
  for (const rec of rows) {
    const key = [
      ...q.groupBy.map((_, i) => String(rec[`g${i}`] ?? '')),
      rec.scale_min,
      rec.scale_max,
      rec.top_box_min,
    ].join('\u0000');
    const cur = merged.get(key);
    if (!cur) merged.set(key, { ...rec });
    else for (const b of BUCKETS) cur[b] = num(cur[b]) + num(rec[b]);
  }
  return [...merged.values()].map((rec) => {
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

const summedBuckets = () => BUCKETS.map((b) => sql<number>`sum(${sql.ref(b)})`.as(b));

async function fromCube(
  db: Kysely<Database>,
  dialect: DialectName,
  ws: string,
  q: MetricQuery,
  range: CubeRange,
): Promise<Summed[]> {
  let query = db
    .selectFrom('metric_cube')
    .where('workspace_id', '=', ws)
    .where('metric', '=', q.metric)
    .where('scope', 'in', q.scopes)
    .where('grain', '=', range.grain);
  if (range.from !== undefined) query = query.where('period', '>=', range.from);
  if (range.to !== undefined) query = query.where('period', '<', range.to);
  for (const key of CUBE_FILTERS satisfies readonly Filterable[]) {
    const v = q.filters[key];
    if (v !== undefined) query = query.where(FILTER_COLUMN[key], '=', v);
  }
  const rows = await query
    .select([
      ...q.groupBy.map((g, i) => groupExpr(g, dialect, 'period').as(`g${i}`)),
      'scale_min',
      'scale_max',
      'top_box_min',
      ...summedBuckets(),
    ])
    .groupBy([
      ...q.groupBy.map((g) => groupExpr(g, dialect, 'period')),
      'scale_min',
      'scale_max',
      'top_box_min',
    ])
    .execute();
  return rows as unknown as Summed[];
}

async function fromDailyRollups(
  db: Kysely<Database>,
  dialect: DialectName,
  ws: string,
  q: MetricQuery,
): Promise<Summed[]> {
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
  // A manager's people (issue 11): by the interaction's agent, or the relationship owner.
  for (const [people, column] of [
    [q.filters.agentIn, 'agent_id'],
    [q.filters.ownerIn, 'owner_id'],
  ] as const)
    if (people)
      query = people.length
        ? query.where(column, 'in', [...people])
        : query.where(sql<boolean>`1 = 0`);
  const rows = await query
    .select([
      ...q.groupBy.map((g, i) => groupExpr(g, dialect, 'day').as(`g${i}`)),
      'scale_min',
      'scale_max',
      'top_box_min',
      ...summedBuckets(),
    ])
    .groupBy([
      ...q.groupBy.map((g) => groupExpr(g, dialect, 'day')),
      'scale_min',
      'scale_max',
      'top_box_min',
    ])
    .execute();
  return rows as unknown as Summed[];
}

export async function rollupHistograms(
  db: Kysely<Database>,
  dialect: DialectName,
  ws: string,
  q: MetricQuery,
): Promise<HistogramRow[]> {
  if (!cubeServes(q)) return toHistogramRows(q, await fromDailyRollups(db, dialect, ws, q));
  const parts: Summed[] = [];
  for (const range of cubeRanges(q)) parts.push(...(await fromCube(db, dialect, ws, q, range)));
  return toHistogramRows(q, parts);
}
