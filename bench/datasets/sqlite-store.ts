/**
 * The web screens' store (workload 8): a DuckDB-generated dataset (datasets/duck-generated.ts
 * with `rows: true`) written into SQLite as the rows the app keeps for it — every response with
 * its answers, an interaction for every transactional response, the customers, the teams and
 * employees the answers are attributed to, and the metric cube the upserts would have left —
 * with the secondary indexes dropped during the load and rebuilt after it, as a bulk import
 * would (or, with `rowsOf`, the rows of one customer only: see below). Left out: the per-person daily roll-ups (no screen measured here reads them: the
 * overview of an analyst reads the cube), invitations, signals and engagement events (the
 * generated responses came by no invitation and no text of theirs has been analysed).
 */
import SqliteDatabase from 'better-sqlite3';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Child } from '../lib/child.ts';
import { log } from '../lib/log.ts';
import { COMMENT_TEXT, cubeSql, EXPECTATION_TEXT } from './duck-generated.ts';
import { DATASET_DAYS } from './dataset.ts';
import {
  ANSWER_COLUMNS,
  CUBE_COLUMNS,
  RESPONSE_COLUMNS,
  sqliteInsertFromDuck,
} from './sqlite-bulk.ts';

const INTERACTION_COLUMNS = [
  'workspace_id',
  'id',
  'external_id',
  'customer_id',
  'channel',
  'stage',
  'occurred_at',
  'outcome',
  'expectation',
  'employee_ids',
  'agent_id',
  'team_id',
  'note',
  'duration_seconds',
  'attributes',
  'message_count',
  'created_at',
] as const;
const CUSTOMER_COLUMNS = [
  'workspace_id',
  'id',
  'external_id',
  'name',
  'email',
  'phone',
  'timezone',
  'locale',
  'segment',
  'relationship_owner_id',
  'attributes',
  'consent_email',
  'consent_sms',
  'opted_out_at',
  'engagement_score',
  'created_at',
  'updated_at',
] as const;
const INDEXED = ['responses', 'answers', 'interactions', 'customers'];

const id = (prefix: string, col: string, width: number) =>
  `'${prefix}' || lpad(${col}::varchar, ${width}, '0')`;
/** The response's time: spread evenly through its day, in the app's ISO format. */
const at = (size: number, shiftHours = 0) =>
  `strftime(r.day::timestamp + to_microseconds((((r.i * ${DATASET_DAYS}) % ${size}) * 86400000000 // ${size})::bigint)${
    shiftHours ? ` - interval ${shiftHours} hour` : ''
  }, '%Y-%m-%dT%H:%M:%S.%gZ')`;
const agent = `${id('emp_a', 'r.agent', 3)}`;
const owner = `${id('emp_o', 'r.owner', 3)}`;
const team = `'team_' || lpad(((case when r.survey = 1 then r.agent else r.owner end) % 8)::varchar, 2, '0')`;

function responsesSql(ws: string, size: number, where: string): string {
  return `select '${ws}', ${id('rsp_', 'r.i', 10)}, null,
      case r.survey when 0 then 'srv_bench_nps' else 'srv_bench_tx' end, 1,
      case r.survey when 0 then 'relationship' else 'transactional' end,
      r.channel, r.stage, ${id('cus_', 'r.cust', 8)},
      case when r.survey = 1 then ${id('int_', 'r.i', 10)} end,
      case when r.survey = 1 then ${agent} end, ${team}, null,
      case when r.survey = 0 then ${owner} end, r.segment,
      case when r.utext < 0.3 then ${COMMENT_TEXT.replaceAll('utext', 'r.utext')} end,
      1, ${at(size)}, ${at(size)}
    from resp r where ${where} order by r.i`;
}

function answersSql(ws: string, size: number, where: string): string {
  return `select '${ws}', ${id('rsp_', 'r.i', 10)}, a.question_id, a.metric, a.scope, a.value_num,
      a.value_text, null, a.scale_min, a.scale_max, a.top_box_min, a.survey_id,
      case r.survey when 0 then 'relationship' else 'transactional' end, a.channel, a.stage,
      ${id('cus_', 'r.cust', 8)}, a.agent_id, a.team_id, null, a.owner_id, a.segment, ${at(size)}
    from answers a join resp r using (i) where ${where} order by r.i, a.question_id`;
}

function interactionsSql(ws: string, size: number, where: string): string {
  return `select '${ws}', ${id('int_', 'r.i', 10)}, null, ${id('cus_', 'r.cust', 8)},
      ['phone', 'email', 'chat'][(r.i % 3)::integer + 1], r.stage, ${at(size, 1)},
      ['resolved', 'resolved', 'unresolved', 'pending'][(r.i % 4)::integer + 1],
      ${EXPECTATION_TEXT.replaceAll('u3', 'r.u3')}, '["' || ${agent} || '"]', ${agent}, ${team}, null,
      (60 + r.i % 900)::integer, '{}', 0, ${at(size, 1)}
    from resp r where r.survey = 1 and ${where} order by r.i`;
}

function customersSql(ws: string, size: number): string {
  return `select '${ws}', ${id('cus_', 'r.cust', 8)}, null, 'Customer ' || r.cust,
      'customer' || r.cust || '@example.com', null, null, null, any_value(r.segment),
      ${id('emp_o', 'any_value(r.owner)', 3)}, '{}', 1, 1, null, 50, min(${at(size, 24)}), min(${at(size, 24)})
    from resp r group by r.cust order by r.cust`;
}

/**
 * Writes the store's rows; returns the row count of each table. With `rowsOf` (a customer
 * number) the response, answer and interaction rows are written for that customer only —
 * the customers, the people and the cube of every response stay — because writing every row
 * costs more than the bench's budget here (1M: 5.3M rows and their indexes, 328 s on this
 * shared 2-core machine).
 */
export async function sqliteStoreFromDuck(
  path: string,
  ws: string,
  duck: DuckDBConnection,
  size: number,
  o: { rowsOf?: number } = {},
): Promise<Record<string, number>> {
  const where = o.rowsOf === undefined ? 'true' : `r.cust = ${Math.floor(o.rowsOf)}`;
  const db = new SqliteDatabase(path);
  const indexes = db
    .prepare(
      `select name, sql from sqlite_master where type = 'index' and sql is not null
       and tbl_name in (${INDEXED.map((t) => `'${t}'`).join(', ')})`,
    )
    .all() as Array<{ name: string; sql: string }>;
  for (const i of indexes) db.exec(`drop index ${i.name}`);
  // The people the answers are attributed to: 8 teams, 80 agents, 40 relationship owners.
  const now = new Date().toISOString();
  const insTeam = db.prepare(
    'insert into teams (workspace_id, id, name, lead_id, created_at) values (?, ?, ?, null, ?)',
  );
  const insEmployee = db.prepare(
    `insert into employees (workspace_id, id, name, team_id, active, created_at, updated_at)
     values (?, ?, ?, ?, 1, ?, ?)`,
  );
  db.transaction(() => {
    for (let t = 0; t < 8; t++)
      insTeam.run(ws, `team_${String(t).padStart(2, '0')}`, `Team ${t + 1}`, now);
    for (const [prefix, n, title] of [
      ['emp_a', 80, 'Agent'],
      ['emp_o', 40, 'Account owner'],
    ] as const)
      for (let e = 0; e < n; e++)
        insEmployee.run(
          ws,
          `${prefix}${String(e).padStart(3, '0')}`,
          `${title} ${e + 1}`,
          `team_${String(e % 8).padStart(2, '0')}`,
          now,
          now,
        );
  })();
  db.close();
  const counts: Record<string, number> = {};
  const put = async (table: string, cols: readonly string[], sql: string) => {
    const t0 = Date.now();
    counts[table] = await sqliteInsertFromDuck(path, table, cols, duck, sql);
    log(`  ${table}: ${counts[table]} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  };
  await put('customers', CUSTOMER_COLUMNS, customersSql(ws, size));
  await put('interactions', INTERACTION_COLUMNS, interactionsSql(ws, size, where));
  await put('responses', RESPONSE_COLUMNS, responsesSql(ws, size, where));
  await put('answers', ANSWER_COLUMNS, answersSql(ws, size, where));
  await put('metric_cube', CUBE_COLUMNS, cubeSql(ws));
  const t0 = Date.now();
  const again = new SqliteDatabase(path);
  again.pragma('journal_mode = WAL');
  for (const i of indexes) again.exec(i.sql);
  again.pragma('wal_checkpoint(TRUNCATE)');
  again.close();
  log(`  ${indexes.length} indexes rebuilt in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return counts;
}

/**
 * SQLite stores generated in DuckDB during this run, by size and seed. The 1M dashboard tier
 * opens the web screens' store instead of writing the same cube again (same generator, same
 * seed: the same cube, which is all its queries read, and it checks every query against DuckDB
 * as before).
 */
export const builtStores = new Map<
  string,
  {
    path: string;
    workspaceId: string;
    apiKey: string;
    /** --quick: the web screens' server on this store, left up for the dashboard tier. */
    server?: Child;
  }
>();
export const storeKey = (size: number, seed: number): string => `${size}:${seed}`;

/** Stops the servers left up on built stores (--quick), at the end of the run. */
export async function stopStoreServers(): Promise<void> {
  for (const b of builtStores.values()) {
    const server = b.server;
    delete b.server;
    await server?.stop();
  }
}
