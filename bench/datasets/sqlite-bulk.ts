/**
 * The bulk path for SQLite: the rows `responses.insert` writes for each response (the response,
 * its answers, the daily roll-ups and the metric cube, built by the store's own
 * `rollupRowsOf`/`cubeRowsOf`), written with prepared statements in large transactions with
 * the secondary indexes dropped and rebuilt at the end. Same rows, bulk speed.
 */
import { closeSync, openSync, readSync, rmSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { SurveyResponse } from '@rapport/core';
import {
  BUCKETS,
  CUBE_KEY,
  cubeRowsOf,
  ROLLUP_KEY,
  rollupRowsOf,
  type MetricCubeTable,
  type MetricRollupsTable,
} from '@rapport/store';

type Bucket = (typeof BUCKETS)[number];

export const RESPONSE_COLUMNS = [
  'workspace_id',
  'id',
  'invitation_id',
  'survey_id',
  'survey_version',
  'survey_kind',
  'channel',
  'stage',
  'customer_id',
  'interaction_id',
  'agent_id',
  'team_id',
  'manager_id',
  'owner_id',
  'segment',
  'comment',
  'completed',
  'submitted_at',
  'created_at',
] as const;
export const ANSWER_COLUMNS = [
  'workspace_id',
  'response_id',
  'question_id',
  'metric',
  'scope',
  'value_num',
  'value_text',
  'value_json',
  'scale_min',
  'scale_max',
  'top_box_min',
  'survey_id',
  'survey_kind',
  'channel',
  'stage',
  'customer_id',
  'agent_id',
  'team_id',
  'manager_id',
  'owner_id',
  'segment',
  'submitted_at',
] as const;
/** The stored columns, in order: the store's keys, then the counts. */
export const ROLLUP_COLUMNS = [...ROLLUP_KEY, 'n', ...BUCKETS] as const;
export const CUBE_COLUMNS = [...CUBE_KEY, 'n', ...BUCKETS] as const;

type Value = string | number | null;

/** The response row, as response.repository's insert maps it (SQLite flags are 0/1). */
export function responseValues(r: SurveyResponse, flag: (b: boolean) => Value): Value[] {
  return [
    r.workspaceId,
    r.id,
    r.invitationId,
    r.surveyId,
    r.surveyVersion,
    r.surveyKind,
    r.channel,
    r.stage,
    r.customerId,
    r.interactionId,
    r.answers.find((a) => a.agentId)?.agentId ?? null,
    r.answers.find((a) => a.teamId)?.teamId ?? null,
    r.answers.find((a) => a.managerId)?.managerId ?? null,
    r.answers.find((a) => a.ownerId)?.ownerId ?? null,
    r.segment,
    r.comment,
    flag(r.completed),
    r.submittedAt,
    r.createdAt,
  ];
}

export function answerValues(r: SurveyResponse): Value[][] {
  return r.answers.map((a) => [
    r.workspaceId,
    r.id,
    a.questionId,
    a.metric,
    a.scope,
    a.valueNum,
    a.valueText,
    a.valueJson === null || a.valueJson === undefined ? null : JSON.stringify(a.valueJson),
    a.scaleMin,
    a.scaleMax,
    a.topBoxMin,
    r.surveyId,
    r.surveyKind,
    r.channel,
    r.stage,
    r.customerId,
    a.agentId,
    a.teamId,
    a.managerId,
    a.ownerId,
    r.segment,
    r.submittedAt,
  ]);
}

/** Sums roll-up rows by key, as the upserts would. */
export class RollupAccumulator<R extends MetricRollupsTable | MetricCubeTable> {
  readonly rows = new Map<string, R>();
  constructor(private readonly key: (r: R) => string) {}
  add(row: R): void {
    const k = this.key(row);
    const cur = this.rows.get(k);
    // Rows come fresh from rollupRowsOf/cubeRowsOf: the first of a key is kept and added to.
    if (!cur) {
      this.rows.set(k, row);
      return;
    }
    cur.n += row.n;
    for (let i = 0; i < BUCKETS.length; i++) {
      const b = BUCKETS[i] as Bucket;
      cur[b] += row[b];
    }
  }
  take(): R[] {
    const out = [...this.rows.values()];
    this.rows.clear();
    return out;
  }
}

export const rollupKey = (r: MetricRollupsTable) =>
  [
    r.workspace_id,
    r.metric,
    r.scope,
    r.day,
    r.survey_id,
    r.scale_min,
    r.scale_max,
    r.top_box_min,
    r.channel,
    r.stage,
    r.team_id,
    r.agent_id,
    r.owner_id,
    r.segment,
  ].join('\u0000');
export const cubeKey = (r: MetricCubeTable) =>
  CUBE_KEY.map((c) => (r as unknown as Record<string, Value>)[c]).join('\u0000');

export interface BulkSink {
  /** One UTC day of responses, in time order. */
  day(responses: readonly SurveyResponse[]): void | Promise<void>;
  /** Flushes the open month and rebuilds indexes. */
  finish(): Promise<void> | void;
}

/**
 * Splits a day's roll-ups the way the upserts store them: daily roll-ups and day-grain cube
 * rows are complete at the end of the day, week- and month-grain cube rows at the end of their
 * week or month.
 */
export class RollupSplitter {
  private readonly open = new Map<
    string,
    { period: string; rows: RollupAccumulator<MetricCubeTable> }
  >();
  constructor(
    private readonly emit: (rollups: MetricRollupsTable[], cube: MetricCubeTable[]) => void,
  ) {}
  day(responses: readonly SurveyResponse[]): void {
    const daily = new RollupAccumulator<MetricRollupsTable>(rollupKey);
    for (const r of responses) for (const row of rollupRowsOf(r)) daily.add(row);
    const rollups = daily.take();
    const cubeDay: MetricCubeTable[] = [];
    for (const c of cubeRowsOf(rollups)) {
      if (c.grain === 'day') {
        cubeDay.push(c);
        continue;
      }
      let acc = this.open.get(c.grain);
      if (!acc)
        this.open.set(c.grain, (acc = { period: c.period, rows: new RollupAccumulator(cubeKey) }));
      if (c.period !== acc.period) {
        this.flush(c.grain);
        acc.period = c.period;
      }
      acc.rows.add(c);
    }
    this.emit(rollups, cubeDay);
  }
  /** Emits the open week and month rows (of one grain, or of all). */
  flush(grain?: string): void {
    for (const [g, acc] of this.open) {
      if (grain !== undefined && g !== grain) continue;
      const rows = acc.rows.take();
      if (rows.length) this.emit([], rows);
    }
  }
}

export function sqliteBulkSink(path: string): BulkSink {
  const db = new SqliteDatabase(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  const indexes = db
    .prepare(
      `select name, sql from sqlite_master where type = 'index' and sql is not null
       and tbl_name in ('responses', 'answers')`,
    )
    .all() as Array<{ name: string; sql: string }>;
  for (const i of indexes) db.exec(`drop index ${i.name}`);
  const insert = (table: string, cols: readonly string[]) =>
    db.prepare(
      `insert into ${table} (${cols.join(', ')}) values (${cols.map(() => '?').join(', ')})`,
    );
  const insResponse = insert('responses', RESPONSE_COLUMNS);
  const insAnswer = insert('answers', ANSWER_COLUMNS);
  const insRollup = insert('metric_rollups', ROLLUP_COLUMNS);
  const insCube = insert('metric_cube', CUBE_COLUMNS);
  const splitter = new RollupSplitter((rollups, cube) => {
    for (const r of rollups) insRollup.run(ROLLUP_COLUMNS.map((c) => r[c]));
    for (const c of cube) insCube.run(CUBE_COLUMNS.map((k) => c[k]));
  });
  const writeDay = db.transaction((responses: readonly SurveyResponse[]) => {
    for (const r of responses) {
      insResponse.run(responseValues(r, (b) => (b ? 1 : 0)));
      for (const a of answerValues(r)) insAnswer.run(a);
    }
    splitter.day(responses);
  });
  return {
    day: (responses) => writeDay(responses),
    finish() {
      db.transaction(() => splitter.flush())();
      for (const i of indexes) db.exec(i.sql);
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}

/** Inserts rows (in the given column order) into a table of the SQLite file, in one transaction per chunk. */
export async function sqliteInsertStream(
  path: string,
  table: string,
  columns: readonly string[],
  chunks: AsyncIterable<Array<Array<string | number | null>>>,
): Promise<number> {
  const db = new SqliteDatabase(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const stmt = db.prepare(
    `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
  );
  const write = db.transaction((rows: Array<Array<string | number | null>>) => {
    for (const r of rows) stmt.run(r);
  });
  let n = 0;
  for await (const rows of chunks) {
    write(rows);
    n += rows.length;
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return n;
}

/**
 * Inserts the rows of a DuckDB query (in the given column order) into a table of the SQLite
 * file: DuckDB writes them as tab-separated text next to the file, which is read back in 8 MiB
 * blocks and inserted with a prepared statement, 20,000 rows per transaction — an
 * order of magnitude faster than converting DuckDB's chunks to JavaScript values. Every value
 * arrives as text and takes the column's type by SQLite's type affinity ('5' into an INTEGER
 * column is stored as 5), as a CSV import would. DuckDB quotes a field holding a double quote
 * (JSON) as CSV does; the generated data hold no tab or newline.
 */
export async function sqliteInsertFromDuck(
  path: string,
  table: string,
  columns: readonly string[],
  conn: DuckDBConnection,
  sql: string,
): Promise<number> {
  const file = `${path}.${table}.tsv`;
  await conn.run(
    `copy (${sql}) to '${file}' (format csv, delimiter '\t', header false, nullstr '\\N')`,
  );
  const db = new SqliteDatabase(path);
  // A bulk load into a file nobody else has open: no journal (the file is thrown away if the
  // load fails), a large page cache; WAL again at the end, as the app runs it.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  // Numbers are bound as numbers (the text → number conversion by affinity costs SQLite more
  // than Number() costs here; the stored values are the same).
  const declared = new Map(
    (
      db.prepare(`select name, type from pragma_table_info('${table}')`).all() as Array<{
        name: string;
        type: string;
      }>
    ).map((c) => [c.name, c.type.toLowerCase()]),
  );
  const numeric = columns.map((c) => /int|real|num|double/.test(declared.get(c) ?? ''));
  const stmt = db.prepare(
    `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
  );
  const write = db.transaction((rows: Array<Array<string | number | null>>) => {
    for (const r of rows) stmt.run(r);
  });
  let n = 0;
  let batch: Array<Array<string | number | null>> = [];
  const row = (line: string) => {
    const fields: Array<string | number | null> = line.split('\t');
    if (fields.length !== columns.length)
      throw new Error(`${table}: ${fields.length} fields, ${columns.length} columns: ${line}`);
    for (let i = 0; i < fields.length; i++) {
      const v = fields[i] as string;
      if (v === '\\N') fields[i] = null;
      else if (v.startsWith('"')) fields[i] = v.slice(1, -1).replaceAll('""', '"');
      else if (numeric[i] && v !== '') fields[i] = Number(v);
    }
    batch.push(fields);
    if (batch.length === 20_000) {
      write(batch);
      n += batch.length;
      batch = [];
    }
  };
  const fd = openSync(file, 'r');
  try {
    let buf = Buffer.alloc(8 << 20);
    // Bytes after the last newline of a block wait for the next one (a line, or a UTF-8
    // character, may cross blocks).
    let kept = 0;
    for (;;) {
      if (kept === buf.length) buf = Buffer.concat([buf, Buffer.alloc(buf.length)]);
      const got = readSync(fd, buf, kept, buf.length - kept, null);
      if (!got) break;
      const filled = kept + got;
      const end = buf.lastIndexOf(10, filled - 1);
      if (end < 0) {
        kept = filled;
        continue;
      }
      for (const line of buf.toString('utf8', 0, end).split('\n')) if (line) row(line);
      buf.copy(buf, 0, end + 1, filled);
      kept = filled - end - 1;
    }
    const rest = buf.toString('utf8', 0, kept);
    if (rest) row(rest);
    write(batch);
    n += batch.length;
    db.pragma('journal_mode = WAL');
  } finally {
    closeSync(fd);
    db.close();
    rmSync(file, { force: true });
  }
  return n;
}
