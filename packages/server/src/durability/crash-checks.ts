/**
 * What must hold after every crash: the database is sound (SQLite's integrity_check), every
 * acknowledged request's row is there, no logical request has two rows, nothing is half
 * written — an interaction has exactly its messages and employees, a response exactly its
 * answers, the metric roll-ups count exactly the answers — and no Idempotency-Key claim was
 * left pending.
 */
import type { Database } from '@rapport/store';
import type SqliteDatabase from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { Kind, Ledger } from './crash-load.ts';

const TABLE: Record<Kind, 'customers' | 'interactions' | 'responses'> = {
  customer: 'customers',
  interaction: 'interactions',
  response: 'responses',
};

const num = (v: unknown) => Number(v ?? 0);

export async function checkStore(
  db: Kysely<Database>,
  sqlite: SqliteDatabase.Database | undefined,
  ws: string,
  ledger: Ledger,
): Promise<string[]> {
  const problems: string[] = [];
  if (sqlite) {
    const rows = sqlite.pragma('integrity_check') as Array<{ integrity_check: string }>;
    const verdict = rows.map((r) => r.integrity_check).join('; ');
    if (verdict !== 'ok') problems.push(`integrity_check: ${verdict}`);
  }

  // Every acknowledged row is present.
  for (const kind of ['customer', 'interaction', 'response'] as const) {
    const acked = [...ledger.acked.values()].filter((a) => a.kind === kind);
    const byId = acked.filter((a) => a.id).map((a) => a.id);
    const found = new Set<string>();
    for (let k = 0; k < byId.length; k += 500) {
      const rows = await db
        .selectFrom(TABLE[kind])
        .select('id')
        .where('workspace_id', '=', ws)
        .where('id', 'in', byId.slice(k, k + 500))
        .execute();
      for (const r of rows) found.add(r.id);
    }
    for (const a of acked.filter((x) => x.id && !found.has(x.id))) {
      if (a.submissionId) {
        // Accepted for later: not recorded yet is fine while its job waits for the worker.
        const job = await db
          .selectFrom('jobs')
          .select(['status', 'last_error'])
          .where('workspace_id', '=', ws)
          .where('id', '=', a.submissionId)
          .executeTakeFirst();
        if (job?.status === 'queued' || job?.status === 'running') continue;
        problems.push(
          `accepted response ${a.id} is missing; its submission is ${job ? `${job.status}: ${String(job.last_error)}` : 'gone'}`,
        );
      } else problems.push(`acknowledged ${kind} ${a.id} is missing`);
    }
    for (const a of acked.filter((x) => !x.id)) {
      const ext = a.request.externalId ?? '';
      const table = kind === 'customer' ? 'customers' : 'interactions';
      const row = await db
        .selectFrom(table)
        .select('id')
        .where('workspace_id', '=', ws)
        .where('external_id', '=', ext)
        .executeTakeFirst();
      if (!row) problems.push(`acknowledged ${kind} with externalId ${ext} is missing`);
    }
  }

  // No logical request has two rows (markers in name, note, comment).
  const dupes = [
    sql<{
      m: string;
      n: unknown;
    }>`select name as m, count(*) as n from customers where workspace_id = ${ws} and name like 'Crash %' group by name having count(*) > 1`,
    sql<{
      m: string;
      n: unknown;
    }>`select note as m, count(*) as n from interactions where workspace_id = ${ws} and note like 'Crash %' group by note having count(*) > 1`,
    sql<{
      m: string;
      n: unknown;
    }>`select comment as m, count(*) as n from responses where workspace_id = ${ws} and comment like 'Crash %' group by comment having count(*) > 1`,
  ];
  for (const q of dupes)
    for (const r of (await q.execute(db)).rows)
      problems.push(`duplicate rows for ${r.m}: ${num(r.n)}`);

  // Interactions: exactly their messages and employees.
  const counts = await sql<{ id: string; mc: unknown; c: unknown }>`
    select i.id, i.message_count as mc,
      (select count(*) from messages m where m.workspace_id = i.workspace_id and m.interaction_id = i.id) as c
    from interactions i where i.workspace_id = ${ws}`.execute(db);
  for (const r of counts.rows)
    if (num(r.mc) !== num(r.c))
      problems.push(`interaction ${r.id}: message_count ${num(r.mc)} but ${num(r.c)} messages`);
  const emps = await db
    .selectFrom('interactions')
    .select(['id', 'employee_ids'])
    .where('workspace_id', '=', ws)
    .execute();
  const links = await db
    .selectFrom('interaction_employees')
    .select(['interaction_id', (eb) => eb.fn.countAll().as('n')])
    .where('workspace_id', '=', ws)
    .groupBy('interaction_id')
    .execute();
  const linked = new Map(links.map((l) => [l.interaction_id, num(l.n)]));
  for (const e of emps) {
    const list = (
      typeof e.employee_ids === 'string' ? JSON.parse(e.employee_ids) : e.employee_ids
    ) as unknown[];
    if ((linked.get(e.id) ?? 0) !== list.length)
      problems.push(
        `interaction ${e.id}: ${list.length} employees but ${linked.get(e.id) ?? 0} links`,
      );
  }

  // Responses: exactly their answers; answers never without their response.
  const answers = await sql<{ id: string; comment: string | null; n: unknown }>`
    select r.id, r.comment, (select count(*) from answers a where a.workspace_id = r.workspace_id and a.response_id = r.id) as n
    from responses r where r.workspace_id = ${ws}`.execute(db);
  for (const r of answers.rows)
    if (r.comment?.startsWith('Crash ') ? num(r.n) !== 4 : num(r.n) < 1)
      problems.push(`response ${r.id}: ${num(r.n)} answers`);
  const orphans = await sql<{
    n: unknown;
  }>`select count(*) as n from answers a where a.workspace_id = ${ws}
    and not exists (select 1 from responses r where r.workspace_id = a.workspace_id and r.id = a.response_id)`.execute(
    db,
  );
  if (num(orphans.rows[0]?.n))
    problems.push(`${num(orphans.rows[0]?.n)} answers without their response`);

  // Roll-ups count exactly the answers, bucket by bucket.
  const fromAnswers = await sql<{ metric: string; b: unknown; n: unknown }>`
    select metric, value_num - scale_min as b, count(*) as n from answers
    where workspace_id = ${ws} and metric is not null and value_num is not null and scale_min is not null
      and scale_max is not null
    group by metric, value_num - scale_min`.execute(db);
  const rollups = await sql<Record<string, unknown>>`select metric, sum(n) as n, ${sql.join(
    Array.from({ length: 11 }, (_, k) => sql`sum(${sql.ref(`c${k}`)}) as ${sql.ref(`c${k}`)}`),
  )} from metric_rollups where workspace_id = ${ws} group by metric`.execute(db);
  const want = new Map<string, number>();
  for (const r of fromAnswers.rows) want.set(`${r.metric}:${num(r.b)}`, num(r.n));
  const have = new Map<string, number>();
  for (const r of rollups.rows)
    for (let k = 0; k <= 10; k++)
      if (num(r[`c${k}`])) have.set(`${String(r.metric)}:${k}`, num(r[`c${k}`]));
  for (const key of new Set([...want.keys(), ...have.keys()]))
    if ((want.get(key) ?? 0) !== (have.get(key) ?? 0))
      problems.push(`roll-up ${key}: ${have.get(key) ?? 0} counted, ${want.get(key) ?? 0} answers`);

  const pending = await db
    .selectFrom('idempotency_keys')
    .select('key')
    .where('workspace_id', '=', ws)
    .where('status', '<>', 'done')
    .execute();
  for (const p of pending) problems.push(`Idempotency-Key ${p.key} left ${'pending'}`);
  return problems;
}
