/**
 * The DuckDB baseline: the same answers rows in an in-memory DuckDB table (loaded with the
 * appender, one 2,048-row data chunk at a time), queried with the same aggregate as a full scan.
 */
import {
  DOUBLE,
  DuckDBDataChunk,
  DuckDBInstance,
  INTEGER,
  VARCHAR,
  type DuckDBAppender,
  type DuckDBConnection,
  type DuckDBValue,
} from '@duckdb/node-api';
import type { SurveyResponse } from '@rapport/core';

const COLUMNS = [
  ['metric', VARCHAR],
  ['scope', VARCHAR],
  ['value_num', DOUBLE],
  ['scale_min', INTEGER],
  ['scale_max', INTEGER],
  ['top_box_min', INTEGER],
  ['survey_id', VARCHAR],
  ['channel', VARCHAR],
  ['stage', VARCHAR],
  ['team_id', VARCHAR],
  ['agent_id', VARCHAR],
  ['owner_id', VARCHAR],
  ['segment', VARCHAR],
  ['day_n', INTEGER],
] as const;
const CHUNK = 2048;
const DAY_MS = 86_400_000;

export interface DuckAnswers {
  conn: DuckDBConnection;
  add(responses: readonly SurveyResponse[]): void;
  finish(): Promise<void>;
  close(): void;
}

export async function duckAnswers(): Promise<DuckAnswers> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  await conn.run(
    `create table answers_raw (${COLUMNS.map(([n, t]) => `${n} ${t.toString()}`).join(', ')})`,
  );
  const appender: DuckDBAppender = await conn.createAppender('answers_raw');
  let cols: DuckDBValue[][] = COLUMNS.map(() => []);
  let rows = 0;
  const flush = () => {
    if (!rows) return;
    const chunk = DuckDBDataChunk.create(
      COLUMNS.map(([, t]) => t),
      rows,
    );
    chunk.setColumns(cols);
    appender.appendDataChunk(chunk);
    cols = COLUMNS.map(() => []);
    rows = 0;
  };
  return {
    conn,
    add(responses) {
      for (const r of responses) {
        const dayN = Math.floor(Date.parse(r.submittedAt) / DAY_MS);
        for (const a of r.answers) {
          const v = [
            a.metric,
            a.scope,
            a.valueNum,
            a.scaleMin,
            a.scaleMax,
            a.topBoxMin,
            r.surveyId,
            r.channel,
            r.stage,
            a.teamId,
            a.agentId,
            a.ownerId,
            r.segment,
            dayN,
          ];
          for (let i = 0; i < v.length; i++) (cols[i] as DuckDBValue[]).push(v[i] as DuckDBValue);
          if (++rows === CHUNK) flush();
        }
      }
    },
    async finish() {
      flush();
      appender.flushSync();
      appender.closeSync();
      // The day as a DATE, as an analyst would model it.
      await conn.run(
        `create table answers as select * exclude (day_n), (date '1970-01-01' + day_n) as day from answers_raw`,
      );
      await conn.run('drop table answers_raw');
    },
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}
