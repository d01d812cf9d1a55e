import { freshTarget, testDialects } from '@rapport/testing';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store.ts';
import { backfillTextUntil } from './0016_case_text_until.ts';
import { migrateTo } from './index.ts';

const ws = 'ws_mig_evidence';
const item = (id: string, at: string, comment: string | null) => ({
  kind: 'response',
  id,
  at,
  summary: comment
    ? `Survey response: CSAT 1 (1–5), "${comment}"`
    : 'Survey response: CSAT 1 (1–5)',
  detail: { surveyId: 'srv_1', scores: [], comment },
});

/** A case row as the schema before migration 0020 kept it: its evidence a JSON array. */
async function oldCase(db: Kysely<unknown>, id: string, evidence: unknown[]): Promise<void> {
  const at = '2026-01-05T09:00:00.000Z';
  await sql`insert into cases (workspace_id, id, reason, customer_id, priority, status,
      escalation_level, evidence, created_at, updated_at)
    values (${ws}, ${id}, 'churn_risk', 'cus_1', 'high', 'open', 0, ${JSON.stringify(evidence)},
      ${at}, ${at})`.execute(db);
}

for (const dialect of testDialects()) {
  describe(`migrations 0016 and 0020: case evidence [${dialect}]`, () => {
    let store: Store;
    let drop: () => Promise<void>;
    beforeAll(async () => {
      const fresh = await freshTarget(dialect);
      drop = fresh.drop;
      store = await openStore(fresh.target, { migrate: false });
      await migrateTo(store.db as unknown as Kysely<unknown>, dialect, '0019_job_key_indexes');
    });
    afterAll(async () => {
      await store.close();
      await drop();
    });

    it('0016 marks the cases stored before it and takes the words out of their history', async () => {
      const db = store.db as unknown as Kysely<unknown>;
      const words = item('rsp_m', '2020-01-01T00:00:00.000Z', 'stored words');
      await oldCase(db, 'cas_m', [words]);
      await sql`insert into case_events (workspace_id, case_id, seq, at, kind, actor_kind, actor_id, data)
        values (${ws}, 'cas_m', 1, ${words.at}, 'evidence', 'system', 'system',
          ${JSON.stringify({ added: [{ kind: 'response', id: 'rsp_m', summary: words.summary }] })})`.execute(
        db,
      );
      await backfillTextUntil(db);
      const { rows } = await sql<{ text_until: unknown }>`select text_until from cases
        where id = 'cas_m'`.execute(db);
      expect(new Date(String(rows[0]?.text_until)).toISOString()).toBe(words.at);
      const events = await store.read((r) => r.cases.events(ws, 'cas_m'));
      expect(events[0]?.data).toEqual({
        added: [{ kind: 'response', id: 'rsp_m', summary: 'Survey response: CSAT 1 (1–5)' }],
      });
    });

    it('0020 moves each case’s evidence array into rows, in order, and drops the column', async () => {
      const db = store.db as unknown as Kysely<unknown>;
      const three = [
        item('rsp_1', '2026-01-01T00:00:00.000Z', 'first'),
        item('rsp_2', '2026-01-02T00:00:00.000Z', null),
        item('rsp_3', '2026-01-03T00:00:00.000Z', 'third'),
      ];
      await oldCase(db, 'cas_three', three);
      await oldCase(db, 'cas_none', []);
      await store.migrate();
      expect((await store.read((r) => r.cases.get(ws, 'cas_three')))?.evidence).toEqual(three);
      expect((await store.read((r) => r.cases.get(ws, 'cas_none')))?.evidence).toEqual([]);
      expect((await store.read((r) => r.cases.get(ws, 'cas_m')))?.evidence.length).toBe(1);
      await expect(sql`select evidence from cases`.execute(db)).rejects.toThrow();
    });
  });
}
