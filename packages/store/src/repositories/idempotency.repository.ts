import type { IdempotencyRepo } from '@rapport/core';
import { fromJson, toJson } from '../codec.ts';
import type { RepoContext } from './db.ts';

/**
 * Idempotency keys live in the same transaction as the work they guard: the claim row is
 * inserted first, so a concurrent duplicate (PostgreSQL) blocks on the unique key until the
 * first commits and then replays its response; if the first rolls back, so does its claim.
 */
export function idempotencyRepository({ db }: RepoContext): IdempotencyRepo {
  return {
    async claim(ws, key, requestHash, at) {
      const inserted = await db
        .insertInto('idempotency_keys')
        .values({
          workspace_id: ws,
          key,
          request_hash: requestHash,
          status: 'pending',
          response_status: null,
          response_body: null,
          created_at: at,
        })
        .onConflict((oc) => oc.columns(['workspace_id', 'key']).doNothing())
        .returning('key')
        .executeTakeFirst();
      if (inserted) return { state: 'new' };
      const row = await db
        .selectFrom('idempotency_keys')
        .selectAll()
        .where('workspace_id', '=', ws)
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      if (row.request_hash !== requestHash) return { state: 'mismatch' };
      if (row.status !== 'done' || row.response_status === null) return { state: 'in_progress' };
      // Stored as JSON text inside the JSON column (see complete); older rows hold the value.
      const stored = fromJson<unknown>(row.response_body, null);
      return {
        state: 'replay',
        status: Number(row.response_status),
        body: typeof stored === 'string' ? (JSON.parse(stored) as unknown) : stored,
      };
    },
    async complete(ws, key, status, body) {
      await db
        .updateTable('idempotency_keys')
        // The reply's own JSON text, as a JSON string: PostgreSQL's jsonb would reorder the
        // keys of an object, and a replay must be the same bytes as the first answer.
        .set({
          status: 'done',
          response_status: status,
          response_body: toJson(JSON.stringify(body)),
        })
        .where('workspace_id', '=', ws)
        .where('key', '=', key)
        .execute();
    },
    async purgeBefore(at) {
      const r = await db
        .deleteFrom('idempotency_keys')
        .where('created_at', '<', at)
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
