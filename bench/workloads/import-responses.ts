/**
 * Workload 6, responses: `rapport import responses FILE.csv --mapping M` of N responses, as a
 * survey tool exports them (CSAT, CES, expectations and a comment; the customer by e-mail, one
 * customer for every four responses, created on first sight). Each row is recorded as the API
 * records it: attribution, roll-ups, rules and the cases they open. Against a raw better-sqlite3
 * insert of the response and answer rows Rapport wrote (500 responses per commit, FULL): the
 * storage ceiling of those rows alone, without the roll-ups, rules and cases.
 *
 * Until 24 Nov (`6a252fa`) this import slowed down with every case it opened: each rule match
 * read the workspace's cases in creation order (see store/src/planner-stats.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createSurvey,
  systemClock,
  systemCtx,
  systemIds,
  transactionalCsatSurvey,
} from '@rapport/core';
import { openStore } from '@rapport/store';
import SqliteDatabase from 'better-sqlite3';
import { comment } from '../datasets/comments.ts';
import { runCli } from '../lib/cli.ts';
import { log } from '../lib/log.ts';
import type { Row } from '../lib/result.ts';
import { rng } from '../lib/rng.ts';
import { summarize } from '../lib/stats.ts';
import type { bootstrapCopies } from '../lib/workspace.ts';

const EXPECTATIONS = ['failed', 'met', 'exceeded'] as const;

type Bootstrap = ReturnType<typeof bootstrapCopies>;

/** A CSV in a survey tool's shape, seeded; quoted fields, a comment in most rows. */
function writeCsv(path: string, rows: number, seed: number): void {
  const r = rng(seed);
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const lines = ['Response ID,Recorded,E-mail,Name,Satisfaction,Effort,Expectations,Comment'];
  const t0 = Date.UTC(2026, 0, 1);
  for (let i = 0; i < rows; i++) {
    const c = i % Math.max(1, Math.floor(rows / 4));
    lines.push(
      [
        `R${i}`,
        new Date(t0 + i * 60_000).toISOString(),
        `customer${c}@example.net`,
        q(`Customer ${c}`),
        r.int(1, 5),
        r.int(1, 7),
        r.pick(EXPECTATIONS),
        q(r.int(0, 3) ? comment(r) : ''),
      ].join(','),
    );
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** A bootstrapped store with the survey the responses answer; returns its id. */
async function withSurvey(db: string, boot: Bootstrap): Promise<string> {
  const { workspaceId } = await boot(db);
  const store = await openStore({ dialect: 'sqlite', path: db });
  try {
    const ids = systemIds();
    const survey = await store.write((r) =>
      createSurvey({ r, clock: systemClock, ids }, systemCtx(workspaceId), {
        definition: transactionalCsatSurvey({ id: ids.id('srv') }),
        status: 'live',
      }),
    );
    return survey.id;
  } finally {
    await store.close();
  }
}

/** The response and answer rows of `from`, inserted into `to` 500 responses per commit. */
function rawCopy(from: string, to: string): number {
  const src = new SqliteDatabase(from, { readonly: true });
  const responses = src.prepare('select * from responses order by id').all() as Array<
    Record<string, unknown> & { id: string }
  >;
  const answers = src.prepare('select * from answers').all() as Array<
    Record<string, unknown> & { response_id: string }
  >;
  src.close();
  const byResponse = new Map<string, Array<Record<string, unknown>>>();
  for (const a of answers)
    byResponse.set(a.response_id, [...(byResponse.get(a.response_id) ?? []), a]);
  const h = new SqliteDatabase(to);
  h.pragma('journal_mode = WAL');
  h.pragma('synchronous = FULL');
  const insertOf = (table: string, row: Record<string, unknown>) => {
    const cols = Object.keys(row);
    return h.prepare(
      `insert into ${table} (${cols.map((c) => `"${c}"`).join(', ')}) values (${cols.map((c) => `@${c}`).join(', ')})`,
    );
  };
  const first = responses[0];
  const firstAnswer = answers[0];
  if (!first || !firstAnswer) throw new Error('the import wrote no responses to copy');
  const insResponse = insertOf('responses', first);
  const insAnswer = insertOf('answers', firstAnswer);
  const chunk = h.transaction((part: typeof responses) => {
    for (const r of part) {
      insResponse.run(r);
      for (const a of byResponse.get(r.id) ?? []) insAnswer.run(a);
    }
  });
  const t0 = performance.now();
  for (let i = 0; i < responses.length; i += 500) chunk(responses.slice(i, i + 500));
  const seconds = (performance.now() - t0) / 1000;
  h.close();
  return responses.length / seconds;
}

export async function responsesImportWorkload(o: {
  rows: number;
  repeats: number;
  tmp: string;
  seed: number;
  boot: Bootstrap;
}): Promise<Row> {
  const csv = join(o.tmp, 'responses.csv');
  writeCsv(csv, o.rows, o.seed);
  const rates: number[] = [];
  const raw: number[] = [];
  for (let k = 0; k < o.repeats; k++) {
    const db = join(o.tmp, `import-responses-${k}.db`);
    const surveyId = await withSurvey(db, o.boot);
    const mapping = join(o.tmp, `responses-mapping-${k}.json`);
    writeFileSync(
      mapping,
      JSON.stringify({
        kind: 'responses',
        surveyId,
        columns: {
          externalId: 'Response ID',
          submittedAt: 'Recorded',
          customerEmail: 'E-mail',
          customerName: 'Name',
        },
        constants: { channel: 'email' },
        questions: {
          csat: 'Satisfaction',
          ces: 'Effort',
          expectations: 'Expectations',
          comment: 'Comment',
        },
      }),
    );
    log(`import: rapport import responses, ${o.rows} rows (${k + 1}/${o.repeats})`);
    // Exits 1 when a row is rejected (runCli then fails with its report).
    const out = await runCli(['import', 'responses', csv, '--mapping', mapping, '--json'], db);
    const { created } = JSON.parse(out.stdout) as { created: number };
    if (created !== o.rows)
      throw new Error(`rapport import responses: ${created} of ${o.rows} rows created`);
    rates.push(Math.round(o.rows / out.seconds));
    const rawDb = join(o.tmp, `import-responses-raw-${k}.db`);
    await o.boot(rawDb);
    raw.push(Math.round(rawCopy(db, rawDb)));
  }
  return {
    workload: '6 import/export',
    case: `CSV import, ${o.rows.toLocaleString('en')} survey responses`,
    rapport: {
      label:
        '`rapport import responses` (one process, start-up included; roll-ups, rules and cases as the API records them)',
      unit: 'rows/s',
      summary: summarize(rates),
    },
    baseline: {
      label: 'raw better-sqlite3 insert of the same response and answer rows, 500 per commit, FULL',
      unit: 'rows/s',
      summary: summarize(raw),
    },
    higherIsBetter: true,
  };
}
