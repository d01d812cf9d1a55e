/** Batch lookups by external id, for imports that resolve a whole chunk at once. */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** Values per `in (…)` list: well under SQLite's and PostgreSQL's bound-parameter limits. */
export const IN_LIST = 500;

/** Splits values into slices of at most `size`. */
export function slices<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/** External id → id for the rows of `table` in workspace `ws` that have one of `externalIds`. */
export async function idsByExternalId(
  db: Kysely<Database>,
  table: 'customers' | 'employees',
  ws: string,
  externalIds: readonly string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const part of slices(externalIds, IN_LIST)) {
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
