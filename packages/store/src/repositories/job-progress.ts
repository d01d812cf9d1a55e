/** How far a set of jobs (those whose dedupe key starts with a prefix) has come. */
import { sql, type Kysely } from 'kysely';
import { num } from '../codec.ts';
import type { Database } from '../schema.ts';

export interface JobProgress {
  queued: number;
  running: number;
  done: number;
  dead: number;
}

/** Counts a workspace's jobs of one name by status; the prefix is matched literally. */
export async function jobProgress(
  db: Kysely<Database>,
  ws: string,
  name: string,
  dedupePrefix: string,
): Promise<JobProgress> {
  const escaped = dedupePrefix.replace(/[\\%_]/g, (c) => `\\${c}`);
  const rows = await db
    .selectFrom('jobs')
    .select((eb) => ['status', eb.fn.countAll().as('n')])
    .where('workspace_id', '=', ws)
    .where('name', '=', name)
    .where(sql<boolean>`${sql.ref('dedupe_key')} like ${`${escaped}%`} escape '\\'`)
    .groupBy('status')
    .execute();
  const out: JobProgress = { queued: 0, running: 0, done: 0, dead: 0 };
  for (const r of rows)
    if (
      r.status === 'queued' ||
      r.status === 'running' ||
      r.status === 'done' ||
      r.status === 'dead'
    )
      out[r.status] += num(r.n);
  return out;
}
