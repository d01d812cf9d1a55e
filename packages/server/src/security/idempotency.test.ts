/**
 * Idempotency (issue 9, item 2), for every POST route of the app: five identical requests with
 * one Idempotency-Key sent at once execute once (one answer not marked replayed, the others
 * the same status and body with `Idempotent-Replayed: true`; for creates, exactly the rows one
 * request makes), a later retry replays, and the same key with another body is refused with
 * 422. Answers holding a secret shown once (API keys, webhook secrets, public survey links)
 * are never stored: their retries are answered 409. Bulk NDJSON replays line by line. Routes
 * that are not creates, or that deduplicate by their own ids, are listed with the reason.
 */
import { describeEachDialect } from '@rapport/testing';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi, type TestApi } from '../testing/harness.ts';
import { exampleFor } from '../testing/route-examples.ts';
import { seedWorkspace, type SeededWorkspace } from '../testing/security-world.ts';
import { fingerprint, tablesAndColumns } from './fuzz/fingerprint.ts';

/** POST routes that are not creates, or that are deduplicated by something else. */
const EXEMPT: Record<string, string> = {
  'POST /api/v1/auth/login': 'starts a session; not a create',
  'POST /api/v1/auth/logout': 'ends a session; idempotent by nature',
  'POST /api/v1/me/password': 'changes a password and rotates the session; not replayable',
  'POST /api/v1/rules/dry-run': 'reads only',
  'POST /api/v1/rules/:id/dry-run': 'reads only',
  'POST /api/v1/pulse/answers': 'anonymous answers: the single-use token is the idempotency key',
  'POST /api/v1/chat/:token/messages': 'deduplicated by clientMessageId within the conversation',
  'POST /api/v1/interactions/bulk': 'replayed line by line: its own test below',
};
/** Answers with a secret shown once: retries get 409, never the secret. */
const SECRET = new Set([
  'POST /api/v1/keys',
  'POST /api/v1/webhooks',
  'POST /api/v1/webhooks/:id/rotate-secret',
  'POST /api/v1/surveys/:id/public-link',
  'POST /api/v1/invitations',
  'POST /api/v1/pulse/invitations',
]);

/** The body with one free-text field changed (a real difference, not a field zod drops). */
function alter(body: unknown): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const b = body as Record<string, unknown>;
  const field = ['name', 'note', 'text', 'title', 'description', 'segment'].find(
    (k) => typeof b[k] === 'string',
  );
  return field ? { ...b, [field]: `${String(b[field])} (changed)` } : undefined;
}

let tried = 0;
let failed = 0;

describeEachDialect('idempotency on every create', (db) => {
  let api: TestApi;
  let w: SeededWorkspace;
  let n = 0;

  beforeAll(async () => {
    api = await testApi(db().store);
    w = await seedWorkspace(api, 'Idem');
  }, 120_000);
  afterAll(async () => {
    await api.close();
    console.log(`[idempotency ${db().dialect}] cases tried: ${tried}, failed: ${failed}`);
  });

  const send = (url: string, body: unknown, key?: string): Promise<LightMyRequestResponse> =>
    w.ws.call('POST', url, typeof body === 'string' ? body : (body as object), {
      ...(key ? { 'idempotency-key': key } : {}),
      ...(typeof body === 'string' ? { 'content-type': 'application/x-ndjson' } : {}),
    });

  async function counts(): Promise<Map<string, number>> {
    const shape = await tablesAndColumns(db().store);
    const fp = await fingerprint(db().store, shape, w.ws.id);
    return new Map(
      [...fp]
        .filter(([t]) => t !== 'idempotency_keys')
        .map(([t, v]) => [t, Number(v.split(':')[0])]),
    );
  }
  const delta = (a: Map<string, number>, b: Map<string, number>) =>
    JSON.stringify([...b].map(([t, v]) => [t, v - (a.get(t) ?? 0)]).filter(([, d]) => d !== 0));

  it('covers every POST route: executes once under five concurrent duplicates, replays, refuses another body', async () => {
    const problems: string[] = [];
    const unaltered: string[] = [];
    const posts = api.app.routeList.filter(
      (r) => r.method === 'POST' && r.url.startsWith('/api/v1/'),
    );
    let covered = 0;
    for (const route of posts) {
      const key = `${route.method} ${route.url}`;
      if (EXEMPT[key]) continue;
      const kind = route.url.split('/')[3] ?? '';
      const url = route.url.replace(
        ':id',
        kind === 'customers' ? (w.all.customers?.[2] ?? '') : (w.ids[kind] ?? ''),
      );
      const body = exampleFor(key, w.ids, ++n) ?? {};
      const idem = `idem-${n}-${Date.now()}`;
      tried++;
      covered++;
      const before = await counts();
      const group = await Promise.all(Array.from({ length: 5 }, () => send(url, body, idem)));
      const after = await counts();
      const statuses = group.map((r) => r.statusCode);
      const fresh = group.filter((r) => r.headers['idempotent-replayed'] !== 'true');
      if (SECRET.has(key) && group[0] && group.some((r) => r.statusCode < 300)) {
        const ok = group.filter((r) => r.statusCode < 300);
        if (ok.length !== 1 || group.some((r) => r.statusCode >= 300 && r.statusCode !== 409))
          problems.push(`${key}: a secret route answered ${statuses.join(',')}`);
        const stored = JSON.stringify(
          await db()
            .store.db.selectFrom('idempotency_keys')
            .selectAll()
            .where('key', '=', idem)
            .execute(),
        );
        const secret = ok[0]?.json<Record<string, string>>() ?? {};
        for (const v of [secret.key, secret.secret, secret.url])
          if (v && stored.includes(v)) problems.push(`${key}: its secret was stored`);
      } else if (statuses.every((s) => s < 300)) {
        if (fresh.length !== 1)
          problems.push(
            `${key}: ${fresh.length} executions of 5 duplicates (${statuses.join(',')})`,
          );
        if (new Set(group.map((r) => `${r.statusCode} ${r.body}`)).size !== 1)
          problems.push(`${key}: duplicates answered differently`);
        const replay = await send(url, body, idem);
        if (replay.headers['idempotent-replayed'] !== 'true' || replay.body !== group[0]?.body)
          problems.push(`${key}: a later retry was not the same replay`);
        const other = alter(body);
        if (other === undefined) unaltered.push(key);
        else {
          const res = await send(url, other, idem);
          if (
            res.statusCode !== 422 ||
            res.json<{ code: string }>().code !== 'idempotency_mismatch'
          )
            problems.push(`${key}: another body with the same key answered ${res.statusCode}`);
        }
        // A create's rows are those of one request: the same with a fresh key adds as many.
        if (!route.url.includes(':')) {
          const again = exampleFor(key, w.ids, ++n) ?? {};
          const b2 = await counts();
          const single = await send(url, again, `idem-single-${n}`);
          const a2 = await counts();
          if (single.statusCode < 300 && delta(before, after) !== delta(b2, a2))
            problems.push(
              `${key}: 5 duplicates made ${delta(before, after)}, one request ${delta(b2, a2)}`,
            );
        }
      } else if (new Set(statuses).size !== 1) {
        problems.push(`${key}: duplicates of a refused request answered ${statuses.join(',')}`);
      } else {
        problems.push(
          `${key}: its example was refused (${statuses[0]}): ${group[0]?.body.slice(0, 200)}`,
        );
      }
    }
    failed += problems.length;
    expect(problems).toEqual([]);
    // Routes whose example has no free text to change for the mismatch check.
    expect(unaltered.length).toBeLessThanOrEqual(8);
    expect(covered).toBeGreaterThanOrEqual(20);
  }, 300_000);

  it('refuses a malformed key, and a key reused on another route', async () => {
    tried += 2;
    const bad = await send('/api/v1/customers', { name: 'x' }, 'has a space');
    expect(bad.statusCode).toBe(422);
    const first = await send('/api/v1/customers', { name: 'Shared key' }, 'shared-key-1');
    expect(first.statusCode).toBe(201);
    const elsewhere = await send('/api/v1/teams', { name: 'Shared key' }, 'shared-key-1');
    expect(elsewhere.statusCode).toBe(422);
  });

  it('replays bulk NDJSON line by line under one key', async () => {
    tried++;
    const lines = [0, 1, 2]
      .map((k) =>
        JSON.stringify({
          customerId: w.ids.customers,
          channel: 'email',
          stage: 'support',
          occurredAt: `2026-02-0${k + 1}T10:00:00Z`,
          employeeIds: [],
          note: `bulk ${k}`,
        }),
      )
      .join('\n');
    const body = `${lines}\nnot json`;
    const before = await counts();
    const [a, b] = await Promise.all([
      send('/api/v1/interactions/bulk', body, 'bulk-1'),
      send('/api/v1/interactions/bulk', body, 'bulk-1'),
    ]);
    const c = await send('/api/v1/interactions/bulk', body, 'bulk-1');
    const after = await counts();
    expect(a?.statusCode).toBe(200);
    const ids = (r: LightMyRequestResponse | undefined) =>
      JSON.stringify(r?.json<{ results: unknown[] }>().results);
    expect(ids(a)).toBe(ids(b));
    expect(ids(a)).toBe(ids(c));
    expect((after.get('interactions') ?? 0) - (before.get('interactions') ?? 0)).toBe(3);
  });
});
