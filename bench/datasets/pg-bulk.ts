/**
 * The bulk path for PostgreSQL: the same rows as data/sqlite-bulk.ts, written as multi-row
 * INSERTs (no COPY client is installed) in one connection with synchronous_commit off.
 */
import pg from 'pg';
import type { SurveyResponse } from '@rapport/core';
import type { MetricCubeTable, MetricRollupsTable } from '@rapport/store';
import {
  ANSWER_COLUMNS,
  CUBE_COLUMNS,
  RESPONSE_COLUMNS,
  ROLLUP_COLUMNS,
  RollupSplitter,
  answerValues,
  responseValues,
  type BulkSink,
} from './sqlite-bulk.ts';

type Value = string | number | boolean | null;
const MAX_PARAMS = 60_000;

export async function insertRows(
  client: pg.Client,
  table: string,
  columns: readonly string[],
  rows: ReadonlyArray<readonly Value[]>,
): Promise<void> {
  const per = Math.floor(MAX_PARAMS / columns.length);
  for (let start = 0; start < rows.length; start += per) {
    const chunk = rows.slice(start, start + per);
    const params: Value[] = [];
    const tuples = chunk.map((r) => {
      const base = params.length;
      params.push(...r);
      return `(${r.map((_, i) => `$${base + i + 1}`).join(',')})`;
    });
    await client.query(
      `insert into ${table} (${columns.join(',')}) values ${tuples.join(',')}`,
      params,
    );
  }
}

export async function pgBulkSink(url: string): Promise<BulkSink & { client: pg.Client }> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  await client.query('set synchronous_commit = off');
  let pending: { responses: Value[][]; answers: Value[][]; rollups: Value[][]; cube: Value[][] } = {
    responses: [],
    answers: [],
    rollups: [],
    cube: [],
  };
  const splitter = new RollupSplitter((rollups: MetricRollupsTable[], cube: MetricCubeTable[]) => {
    for (const r of rollups) pending.rollups.push(ROLLUP_COLUMNS.map((c) => r[c]));
    for (const c of cube) pending.cube.push(CUBE_COLUMNS.map((k) => c[k]));
  });
  const flush = async () => {
    const p = pending;
    pending = { responses: [], answers: [], rollups: [], cube: [] };
    await client.query('begin');
    await insertRows(client, 'responses', RESPONSE_COLUMNS, p.responses);
    await insertRows(client, 'answers', ANSWER_COLUMNS, p.answers);
    await insertRows(client, 'metric_rollups', ROLLUP_COLUMNS, p.rollups);
    await insertRows(client, 'metric_cube', CUBE_COLUMNS, p.cube);
    await client.query('commit');
  };
  return {
    client,
    async day(responses: readonly SurveyResponse[]) {
      for (const r of responses) {
        pending.responses.push(responseValues(r, (b) => (b ? 1 : 0)));
        for (const a of answerValues(r)) pending.answers.push(a);
      }
      splitter.day(responses);
      if (pending.answers.length > 20_000) await flush();
    },
    async finish() {
      splitter.flushMonth();
      await flush();
      await client.query('analyze');
      await client.end();
    },
  };
}
