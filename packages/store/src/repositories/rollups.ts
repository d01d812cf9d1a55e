/**
 * Metric roll-ups, read side: the daily histograms and the metric cube grouped for the metrics
 * API. They are written with the answers, in the same transaction (rollup-writes.ts).
 */
import type { GroupByDimension, HistogramRow, MetricQuery } from '@rapport/core';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { num } from '../codec.ts';
import type { DialectName } from '../dialect.ts';
import { periodOf, periodsWithin, type CubeGrain } from './cube-periods.ts';
import { BUCKETS } from './rollup-writes.ts';
import type { Database } from '../schema.ts';

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
