/** Batch lookups by external id, for imports that resolve a whole chunk at once. */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { chunks } from './in-lists.ts';

/** External id → id for the rows of `table` in workspace `ws` that have one of `externalIds`. */
export async function idsByExternalId(
  db: Kysely<Database>,
  table: 'customers' | 'employees',
  ws: string,
  externalIds: readonly string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const part of chunks(externalIds)) {
    const rows = await db
      .selectFrom(table)
      .select(['id', 'external_id'])
      .where('workspace_id', '=', ws)
      .where('external_id', 'in', part)
      .execute();
    for (const r of rows) if (r.external_id !== null) out.set(r.external_id, r.id);
  }
  return out;
}
