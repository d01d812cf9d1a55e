/**
 * The 10M tier, generated inside DuckDB: building ten million SurveyResponse objects in
 * JavaScript and inserting every answer row takes longer than the whole bench may run on two
 * cores, so DuckDB generates the answers itself (the same survey mix, scales, skew and
 * attribution as data/dataset.ts, drawn with DuckDB's `hash` from the seed) and aggregates them
 * into the daily roll-ups and the three grains of the metric cube, which are written into SQLite (or
 * PostgreSQL) as the rows the app's upserts would have left. SQLite then holds what the
 * dashboard reads; the raw answers stay in DuckDB, which is the baseline's table, and every
 * dashboard query is checked equal between the two.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { CHANNELS, DATASET_DAYS, DATASET_END } from './dataset.ts';
import { SEGMENTS, STAGES } from '../lib/workspace.ts';
import type { DuckAnswers } from './duck.ts';
import { CLOSERS, OPENERS } from './comments.ts';

const list = (xs: readonly string[]) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;
const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
/** The expectation's word, as the app stores it beside the number. */
export const EXPECTATION_TEXT = `case when u3 < 0.2 then 'failed' when u3 < 0.8 then 'met' else 'exceeded' end`;
/** A comment from datasets/comments.ts's sentences, drawn from the response's text draw. */
export const COMMENT_TEXT = `${list(OPENERS.map((o) => o.replaceAll("'", "''")))}[(floor(utext * 1000)::integer % ${OPENERS.length}) + 1]
  || ${`[${CLOSERS.map(quote).join(', ')}]`}[(floor(utext * 100000)::integer % ${CLOSERS.length}) + 1]`;

/**
 * `rows: true` (the web screens' store, datasets/sqlite-store.ts) keeps the response table
 * (`resp`) and gives each answer its response number `i`, question id and text, so the response,
 * answer, interaction and customer rows can be written too; the dashboard tiers leave them out
 * (at 10M they would cost memory the cube does not need).
 */
export async function duckGenerated(
  size: number,
  seed: number,
  o: { rows?: boolean } = {},
): Promise<DuckAnswers> {
  const rows = o.rows === true;
  // Extra columns of each answer for `rows`: response number, question id, text.
  const x = (sql: string) => (rows ? `${sql}, ` : '');
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  const start = new Date(Date.parse(`${DATASET_END}T00:00:00Z`) - DATASET_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  // One well-mixed hash per (row, draw): hashing several arguments combines their hashes in a
  // way that keeps small moduli of different draws correlated.
  const salt = (seed % 100_000) * 1_000_000_000_000;
  const TAGS = ['ch', 'st', 'cu', 'ag', 'sv', 'v1', 'v2', 'v3', 'tx', 'sg', 'ow'];
  const h = (col: string, tag: string) =>
    `hash(${col}::bigint * 16 + ${TAGS.indexOf(tag)} + ${salt})`;
  const u = (tag: string) => `((${h('i', tag)} % 1000000) / 1000000.0)`;
  const pick = (tag: string, n: number) => `(${h('i', tag)} % ${n})::integer`;
  await conn.run(`create table resp as
    select i,
      date '${start}' + (i * ${DATASET_DAYS} // ${size})::integer as day,
      ${list(CHANNELS)}[${pick('ch', CHANNELS.length)} + 1] as channel,
      ${list(STAGES)}[${pick('st', STAGES.length)} + 1] as stage,
      ${pick('cu', Math.max(100, Math.floor(size / 20)))} as cust,
      ${pick('ag', 80)} as agent,
      ${pick('sv', 2)} as survey,
      ${u('v1')} as u1, ${u('v2')} as u2, ${u('v3')} as u3, ${u('tx')} as utext
    from range(${size}) t(i)`);
  const segment = `${list(SEGMENTS)}[(${h('cust', 'sg')} % ${SEGMENTS.length})::integer + 1]`;
  const owner = `(${h('cust', 'ow')} % 40)::integer`;
  await conn.run(`create table answers as
    with r as (
      select *, ${segment} as segment, ${owner} as owner from resp),
    a as (
      select ${x("i, 'nps' as question_id, null::varchar as value_text")}'nps' as metric, 'relationship' as scope, least(10, floor(sqrt(u1) * 11))::double as value_num,
        0 as scale_min, 10 as scale_max, null::integer as top_box_min, 'srv_bench_nps' as survey_id,
        channel, stage, null::varchar as agent_id, owner, null::integer as agent, segment, day from r where survey = 0
      union all
      select ${x("i, 'csat', null")}'csat', 'transactional', 1 + least(4, floor(sqrt(u1) * 5)), 1, 5, 4, 'srv_bench_tx',
        channel, stage, null, null, agent, segment, day from r where survey = 1
      union all
      select ${x("i, 'ces', null")}'ces', 'transactional', 1 + least(6, floor(sqrt(u2) * 7)), 1, 7, null, 'srv_bench_tx',
        channel, stage, null, null, agent, segment, day from r where survey = 1
      union all
      select ${x(`i, 'expectations', ${EXPECTATION_TEXT}`)}'expectations', 'transactional', case when u3 < 0.2 then 0 when u3 < 0.8 then 1 else 2 end, 0, 2, null,
        'srv_bench_tx', channel, stage, null, null, agent, segment, day from r where survey = 1
      union all
      select ${x(`i, case when survey = 1 then 'comment' when u1 < ${49 / 121} then 'why_low' when u1 < ${81 / 121} then 'to_earn_more' else 'valued_most' end, ${COMMENT_TEXT}`)}null, case when survey = 0 then 'relationship' else 'transactional' end, null, null, null, null,
        case when survey = 0 then 'srv_bench_nps' else 'srv_bench_tx' end, channel, stage, null,
        case when survey = 0 then owner end, case when survey = 1 then agent end, segment, day
      from r where utext < 0.3)
    select ${x('i, question_id, value_text')}metric, scope, value_num, scale_min, scale_max, top_box_min, survey_id, channel, stage,
      case when agent is not null then 'team_' || lpad(((agent % 8))::varchar, 2, '0')
           when owner is not null then 'team_' || lpad(((owner % 8))::varchar, 2, '0') end as team_id,
      case when agent is not null then 'emp_a' || lpad(agent::varchar, 3, '0') end as agent_id,
      case when owner is not null then 'emp_o' || lpad(owner::varchar, 3, '0') end as owner_id,
      segment, day
    from a`);
  await conn.run(
    rows
      ? `create or replace table resp as select *, ${segment} as segment, ${owner} as owner from resp`
      : 'drop table resp',
  );
  return {
    conn,
    add() {
      throw new Error('generated in DuckDB');
    },
    async finish() {},
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

/** Datasets generated once in this run and shared by the workloads that need the same data. */
const shared = new Map<string, Promise<DuckAnswers>>();
/** Up to this size a generated dataset is kept for the rest of the run (10M would hold gigabytes). */
export const SHARED_UP_TO = 1_000_000;

/**
 * The dataset of `size` responses (with its rows, `rows: true`), generated on first use and
 * shared for the rest of the run: the web screens' store, the PostgreSQL and SQLite dashboard
 * tiers of the same size read the same answers instead of generating them again (same
 * generator, same seed: the same data). Its `close` does nothing; `closeShared` closes them all.
 */
export async function sharedGenerated(size: number, seed: number): Promise<DuckAnswers> {
  const key = `${size}:${seed}`;
  let p = shared.get(key);
  if (!p) {
    p = duckGenerated(size, seed, { rows: true });
    shared.set(key, p);
  }
  return { ...(await p), close() {} };
}

/** Generated answers for a workload: shared up to SHARED_UP_TO, its own above (close it). */
export const generatedAnswers = (size: number, seed: number): Promise<DuckAnswers> =>
  size <= SHARED_UP_TO ? sharedGenerated(size, seed) : duckGenerated(size, seed);

export async function closeShared(): Promise<void> {
  for (const p of shared.values()) (await p.catch(() => null))?.close();
  shared.clear();
}

const BUCKET_SUMS = Array.from(
  { length: 11 },
  (_, k) => `sum(case when value_num - scale_min = ${k} then 1 else 0 end) as c${k}`,
).join(', ');

/** The daily roll-ups of the answers, as addToRollups would have left them. */
export function rollupSql(ws: string): string {
  return `select '${ws}' as workspace_id, metric, scope, strftime(day, '%Y-%m-%d') as day, survey_id,
      scale_min, scale_max, coalesce(top_box_min, -1) as top_box_min, channel, coalesce(stage, '') as stage,
      coalesce(team_id, '') as team_id, coalesce(agent_id, '') as agent_id, coalesce(owner_id, '') as owner_id,
      coalesce(segment, '') as segment, count(*) as n, ${BUCKET_SUMS}
    from answers where metric is not null and value_num is not null group by all order by all`;
}

/** The cube's key columns (its primary key, in order) and its counts. */
const CUBE_KEY = `workspace_id, metric, scope, grain, period, survey_id, scale_min, scale_max,
  top_box_min, channel, stage, team_id, segment`;
const CUBE_DIMS = `survey_id, scale_min, scale_max, top_box_min, channel, stage, team_id, segment`;
const COUNTS = Array.from({ length: 11 }, (_, k) => `c${k}`);

/**
 * The three grains of the metric cube, in the order of its key: SQLite keeps the cube in a WITHOUT
 * ROWID table clustered by that key, so rows in key order are appended rather than inserted
 * into the middle of the tree. The day grain is counted from the answers (`count(*) filter`,
 * several times faster here than summing a `case` per bucket); the week and month grains are summed
 * from the day rows (the same sums as grouping the answers by week or month, over a smaller table).
 */
export function cubeSql(ws: string): string {
  return `with d as (
      select metric, scope, day, survey_id, scale_min, scale_max,
        coalesce(top_box_min, -1) as top_box_min, channel, coalesce(stage, '') as stage,
        coalesce(team_id, '') as team_id, coalesce(segment, '') as segment, count(*) as n,
        ${COUNTS.map((c, k) => `count(*) filter (where value_num - scale_min = ${k}) as ${c}`).join(', ')}
      from answers where metric is not null and value_num is not null group by all),
    m as (
      select metric, scope, date_trunc('month', day)::date as day, ${CUBE_DIMS},
        ${['n', ...COUNTS].map((c) => `sum(${c})::bigint as ${c}`).join(', ')}
      from d group by all),
    w as (
      select metric, scope, date_trunc('week', day)::date as day, ${CUBE_DIMS},
        ${['n', ...COUNTS].map((c) => `sum(${c})::bigint as ${c}`).join(', ')}
      from d group by all)
    select * from (
      select '${ws}' as workspace_id, metric, scope, 'day' as grain,
        strftime(day, '%Y-%m-%d') as period, ${CUBE_DIMS}, n, ${COUNTS.join(', ')} from d
      union all
      select '${ws}', metric, scope, 'month', strftime(day, '%Y-%m-%d'), ${CUBE_DIMS}, n,
        ${COUNTS.join(', ')} from m
      union all
      select '${ws}', metric, scope, 'week', strftime(day, '%Y-%m-%d'), ${CUBE_DIMS}, n,
        ${COUNTS.join(', ')} from w)
    order by ${CUBE_KEY}`;
}
