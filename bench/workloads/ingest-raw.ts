/**
 * The storage ceiling for ingest: a raw better-sqlite3 loop writing the rows one response makes
 * (the response, its four answers, three roll-up upserts, the outbox job) with prepared
 * statements, WAL and synchronous=FULL, for a fixed time. `batch` responses share a commit
 * (1 = a commit per response, the ceiling without group commit).
 */
import { copyFileSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import { openStore } from '@rapport/store';
import { comment } from '../datasets/comments.ts';
import { rng } from '../lib/rng.ts';

/** A migrated, empty SQLite file for `rawInsertLoop`'s `from` (migrated once, copied). */
export async function migratedFile(path: string): Promise<string> {
  const store = await openStore({ dialect: 'sqlite', path });
  await store.close();
  return path;
}

export async function rawInsertLoop(
  path: string,
  seconds: number,
  batch: number,
  seed: number,
  /** A migrated file (migratedFile) to copy instead of migrating a new one. */
  from?: string,
) {
  if (from) copyFileSync(from, path);
  else await migratedFile(path);
  const db = new SqliteDatabase(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const r = rng(seed);
  const insResponse = db.prepare(
    `insert into responses (workspace_id, id, survey_id, survey_version, survey_kind, channel, stage,
       customer_id, interaction_id, agent_id, team_id, segment, comment, completed, submitted_at, created_at)
     values ('ws', ?, 'srv', 1, 'transactional', 'web', 'support', 'cus', 'int', 'emp', 'team', 'smb', ?, 1, ?, ?)`,
  );
  const insAnswer = db.prepare(
    `insert into answers (workspace_id, response_id, question_id, metric, scope, value_num, value_text,
       scale_min, scale_max, survey_id, survey_kind, channel, stage, customer_id, agent_id, team_id, segment, submitted_at)
     values ('ws', ?, ?, ?, 'transactional', ?, ?, ?, ?, 'srv', 'transactional', 'web', 'support', 'cus', 'emp', 'team', 'smb', ?)`,
  );
  const upsert = db.prepare(
    `insert into metric_rollups (workspace_id, metric, scope, day, survey_id, scale_min, scale_max, top_box_min,
       channel, stage, team_id, agent_id, owner_id, segment, n, c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10)
     values ('ws', ?, 'transactional', ?, 'srv', ?, ?, -1, 'web', 'support', 'team', 'emp', '', 'smb', 1,
       ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict do update set n = n + 1, c0 = c0 + excluded.c0, c1 = c1 + excluded.c1, c2 = c2 + excluded.c2,
       c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5, c6 = c6 + excluded.c6,
       c7 = c7 + excluded.c7, c8 = c8 + excluded.c8, c9 = c9 + excluded.c9, c10 = c10 + excluded.c10`,
  );
  const insJob = db.prepare(
    `insert into jobs (workspace_id, id, name, payload, status, run_at, attempts, max_attempts, created_at, updated_at)
     values ('ws', ?, 'response.created', ?, 'pending', ?, 0, 5, ?, ?)`,
  );
  const hist = (k: number) => Array.from({ length: 11 }, (_, i) => (i === k ? 1 : 0));
  let n = 0;
  const one = () => {
    const id = `rsp_${n++}`;
    const at = new Date().toISOString();
    const day = at.slice(0, 10);
    const csat = r.int(1, 5);
    const ces = r.int(1, 7);
    const exp = r.int(0, 2);
    const text = comment(r);
    insResponse.run(id, text, at, at);
    insAnswer.run(id, 'csat', 'csat', csat, null, 1, 5, at);
    insAnswer.run(id, 'ces', 'ces', ces, null, 1, 7, at);
    insAnswer.run(id, 'expectations', 'expectations', exp, 'met', 0, 2, at);
    insAnswer.run(id, 'comment', null, null, text, null, null, at);
    upsert.run('csat', day, 1, 5, ...hist(csat - 1));
    upsert.run('ces', day, 1, 7, ...hist(ces - 1));
    upsert.run('expectations', day, 0, 2, ...hist(exp));
    insJob.run(`job_${n}`, JSON.stringify({ responseId: id }), at, at, at);
  };
  const tx = db.transaction((k: number) => {
    for (let i = 0; i < k; i++) one();
  });
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  while (performance.now() < end) tx(batch);
  const elapsed = (performance.now() - t0) / 1000;
  db.close();
  return n / elapsed;
}
