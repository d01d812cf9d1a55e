/**
 * Metric roll-ups, write side: a response's scored answers become one histogram row per UTC day
 * and dimension combination (metric_rollups) and rows of the metric cube (day, week and month
 * grain, no per-person dimensions), added to the stored counts in the transaction that stores
 * the answers.
 *
 * A transaction that records many responses (a group commit of SQLite, an import's chunk, the
 * worker's batch) adds them once, before its COMMIT: `deferRollups` makes a connection keep
 * the rows its responses add, summed by key, and `flush` writes them in one statement per
 * table and chunk. A response undone by its savepoint is taken out again (`mark`/`undo`). A
 * connection that defers nothing writes at once, so no path can lose counts by forgetting to
 * flush.
 */
import type { SurveyResponse } from '@rapport/core';
import { CompiledQuery, sql, type Kysely } from 'kysely';
import { CUBE_KEY } from '../migrations/0011_metric_cube.ts';
import { CUBE_GRAINS, periodOf } from './cube-periods.ts';
import type { Database, MetricCubeTable, MetricRollupsTable } from '../schema.ts';

export type Bucket = `c${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10}`;
export const BUCKETS = Array.from({ length: 11 }, (_, k) => `c${k}` as Bucket);
/** The key of a daily roll-up row (migration 0003's primary key). */
export const ROLLUP_KEY = [
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
    accumulate(out, ROLLUP_KEY.map((c) => row[c]).join('\u0000'), () => row, one);
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

/** Rows per statement: 26 columns each stay far below both engines' bound on parameters. */
const CHUNK = 500;

const keyOf = <R extends object>(r: R, key: readonly (keyof R)[]) =>
  key.map((c) => String(r[c])).join('\u0000');

/** A map's values in the order of its keys (see `writeRows`). */
const inKeyOrder = <R>(m: Map<string, R>): R[] =>
  [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);

type CountTable = 'metric_rollups' | 'metric_cube';
const COUNTS = ['n', ...BUCKETS] as const;
const COLUMNS: Record<CountTable, readonly string[]> = {
  metric_rollups: [...ROLLUP_KEY, ...COUNTS],
  metric_cube: [...CUBE_KEY, ...COUNTS],
};
const KEYS: Record<CountTable, readonly string[]> = {
  metric_rollups: ROLLUP_KEY,
  metric_cube: CUBE_KEY,
};

/**
 * The upsert of `rows` rows, written out once per table, size and parameter style ($1 or ?):
 * this runs in every transaction that stores a response (on PostgreSQL, one per response), and
 * building it as a query tree of 26 columns a row cost more than running it. On conflict the new
 * counts are added to the stored ones.
 */
const upsertSql = new Map<string, string>();
function upsertText(table: CountTable, rows: number, numbered: boolean): string {
  const id = `${table}:${rows}:${numbered ? '$' : '?'}`;
  const known = upsertSql.get(id);
  if (known) return known;
  const cols = COLUMNS[table];
  let k = 0;
  const tuple = () => `(${cols.map(() => (numbered ? `$${++k}` : '?')).join(', ')})`;
  const text =
    `insert into "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) values ` +
    `${Array.from({ length: rows }, tuple).join(', ')} ` +
    `on conflict (${KEYS[table].map((c) => `"${c}"`).join(', ')}) do update set ` +
    COUNTS.map((c) => `"${c}" = "${table}"."${c}" + excluded."${c}"`).join(', ');
  upsertSql.set(id, text);
  return text;
}

/** Whether the connection's dialect numbers its parameters ($1: PostgreSQL) or not (?: SQLite). */
const numbering = new WeakMap<Kysely<Database>, boolean>();
function numbersParameters(db: Kysely<Database>): boolean {
  let numbered = numbering.get(db);
  if (numbered === undefined) {
    numbered = sql`select ${1}`.compile(db).sql.includes('$1');
    numbering.set(db, numbered);
  }
  return numbered;
}

/** Upserts rows of counts, CHUNK per statement, adding them to the stored counts. */
async function upsertCounts<T extends CountTable>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Database[T][],
): Promise<void> {
  const cols = COLUMNS[table] as readonly (keyof Database[T])[];
  const numbered = numbersParameters(db);
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const params: unknown[] = [];
    for (const r of chunk) for (const c of cols) params.push(r[c]);
    await db.executeQuery(CompiledQuery.raw(upsertText(table, chunk.length, numbered), params));
  }
}

/**
 * Writes daily roll-up rows and their cube rows, rows sharing a key summed first (PostgreSQL
 * refuses to update one row twice in a statement) and in key order, so two transactions
 * upserting overlapping rows lock them in the same order: PostgreSQL makes one wait instead of
 * failing both with a deadlock.
 */
async function writeRows(
  db: Kysely<Database>,
  daily: readonly MetricRollupsTable[],
): Promise<void> {
  const sums = new Map<string, MetricRollupsTable>();
  for (const row of daily)
    accumulate(sums, keyOf(row, ROLLUP_KEY), () => ({ ...row, ...emptyHistogram() }), row);
  const rows = inKeyOrder(sums);
  await upsertCounts(db, 'metric_rollups', rows);
  const cube = new Map(cubeRowsOf(rows).map((c) => [keyOf(c, CUBE_KEY), c] as const));
  await upsertCounts(db, 'metric_cube', inKeyOrder(cube));
}

/** The roll-up rows a transaction's connection keeps until its COMMIT. */
export interface DeferredRollups {
  /** A point to come back to: the rows added so far. */
  mark(): number;
  /** Forgets the rows added after `mark` (their savepoint was rolled back). */
  undo(mark: number): void;
  /** Writes the rows kept so far and starts again from none. */
  flush(): Promise<void>;
  /** Stops deferring: later responses on this connection write at once. */
  end(): void;
}

const deferred = new WeakMap<
  Kysely<Database>,
  { rows: MetricRollupsTable[]; handle: DeferredRollups }
>();

/** From now until `end`, the responses stored on `db` add their roll-ups at `flush`. */
export function deferRollups(db: Kysely<Database>): DeferredRollups {
  const rows: MetricRollupsTable[] = [];
  const handle: DeferredRollups = {
    mark: () => rows.length,
    undo: (mark) => void rows.splice(mark),
    async flush() {
      if (rows.length) await writeRows(db, rows.splice(0));
    },
    end: () => void deferred.delete(db),
  };
  deferred.set(db, { rows, handle });
  return handle;
}

/** The deferral under way on `db`, if any (savepoints inside its transaction use it). */
export const rollupsDeferredOn = (db: Kysely<Database>): DeferredRollups | undefined =>
  deferred.get(db)?.handle;

/**
 * Adds a response's scored answers to the daily roll-ups and the metric cube: kept for the
 * COMMIT when the connection defers them, else one statement per table.
 */
export async function addToRollups(db: Kysely<Database>, r: SurveyResponse): Promise<void> {
  const rows = rollupRowsOf(r);
  if (!rows.length) return;
  const keep = deferred.get(db);
  if (keep) keep.rows.push(...rows);
  else await writeRows(db, rows);
}
