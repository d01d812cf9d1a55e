/**
 * API fuzzing from the OpenAPI document (issue 9, item 3): fast-check generates valid,
 * near-valid and hostile bodies, query strings, path parameters and headers (with the naughty
 * strings of fuzz/naughty-strings.json) for every documented operation, sent with the admin
 * key, other roles' keys, sessions with and without their CSRF token, no or garbage
 * credentials. Every answer: no 5xx, errors as problem+json with a documented status,
 * successes that fit their documented schema, and a rejected change leaves the store exactly
 * as it was. RAPPORT_FUZZ_RUNS sets the cases per dialect (scripts/fuzz.ts --runs N),
 * RAPPORT_FUZZ_SEED the seed.
 */
import { readProcessEnv } from '@rapport/config';
import { describeEachDialect } from '@rapport/testing';
import fc from 'fast-check';
import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi, type TestApi } from '../testing/harness.ts';
import { exampleFor } from '../testing/route-examples.ts';
import {
  browsersOf,
  MISSING_IDS,
  seedWorkspace,
  type SeededWorkspace,
} from '../testing/security-world.ts';
import { checkResponse } from './fuzz/check.ts';
import { changedTables, fingerprint, tablesAndColumns } from './fuzz/fingerprint.ts';
import { naughtyStrings } from './fuzz/naughty.ts';
import { operationsOf, type Schema } from './fuzz/openapi-ops.ts';
import { requestArb, type Credential, type FuzzRequest } from './fuzz/requests.ts';

const env = readProcessEnv();
const RUNS = { sqlite: 2000, postgres: 1000 };
const SEED = env.RAPPORT_FUZZ_SEED ? Number(env.RAPPORT_FUZZ_SEED) : 20_261_123;
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

describeEachDialect('API fuzzing', (db) => {
  let api: TestApi;
  let a: SeededWorkspace;
  let b: SeededWorkspace;
  let requests: FuzzRequest[];
  // Server errors as logged, to name the cause of a 5xx in the report.
  const errors: string[] = [];
  const logger = pino(
    { level: 'error' },
    {
      write: (line: string) => {
        const e = (JSON.parse(line) as { err?: { message?: string; stack?: string } }).err;
        errors.push(
          `${e?.message ?? line}\n      ${(e?.stack ?? '').split('\n').slice(1, 4).join('\n      ')}`,
        );
      },
    },
  );

  beforeAll(async () => {
    api = await testApi(db().store, { env: { LOGIN_RATE_LIMIT: '10000' }, logger });
    a = await seedWorkspace(api, 'Fuzz A');
    b = await seedWorkspace(api, 'Fuzz B');
    const browsers = await browsersOf(api, a);
    const doc = (await api.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<Schema>();
    const ops = operationsOf(doc);
    // Victims: rows the fuzzer may delete, revoke or disable without losing its credentials.
    const victims = { keys: [] as string[], users: [] as string[] };
    for (let k = 0; k < 3; k++) {
      victims.keys.push(
        (await a.ws.json<{ id: string }>('POST', '/api/v1/keys', { name: `victim ${k}` })).id,
      );
      victims.users.push(
        (
          await a.ws.json<{ id: string }>('POST', '/api/v1/users', {
            email: `victim${k}@fuzz.example`,
            name: 'Victim',
            role: 'agent',
            password: 'A victim passphrase 123',
          })
        ).id,
      );
    }
    const ownByKind: Record<string, string[]> = { ...a.all, ...victims };
    const credentials: Array<{ credential: Credential; weight: number }> = [
      {
        credential: { name: 'admin key', headers: { authorization: `Bearer ${a.ws.key}` } },
        weight: 70,
      },
      ...(['analyst', 'manager', 'agent'] as const).map((role) => ({
        credential: {
          name: `${role} key`,
          headers: { authorization: `Bearer ${a.keys[role].key}` },
        },
        weight: 3,
      })),
      ...(['admin', 'agent'] as const).map((role) => ({
        credential: {
          name: `${role} session`,
          headers: { 'x-csrf-token': browsers[role].csrf },
          cookies: { rapport_session: browsers[role].cookie, rapport_csrf: browsers[role].csrf },
        },
        weight: 3,
      })),
      {
        credential: {
          name: 'session without CSRF',
          headers: {},
          cookies: { rapport_session: browsers.manager.cookie },
        },
        weight: 2,
      },
      { credential: { name: 'none', headers: {} }, weight: 3 },
      {
        credential: { name: 'foreign key', headers: { authorization: `Bearer ${b.ws.key}` } },
        weight: 2,
      },
      {
        credential: {
          name: 'forged key',
          headers: { authorization: `Bearer ${a.ws.key.replace(a.ws.id, b.ws.id)}` },
        },
        weight: 2,
      },
    ];
    const ids = [
      ...Object.values(a.ids),
      ...Object.values(b.ids),
      ...Object.values(MISSING_IDS),
      a.ws.id,
      b.ws.id,
    ].filter(Boolean);
    const pools = {
      naughty: naughtyStrings(),
      ids,
      ownByKind,
      credentials,
      example: (route: string) => exampleFor(route, a.ids, Math.floor(Math.random() * 1e9)),
    };
    const runs = Number(env.RAPPORT_FUZZ_RUNS) || RUNS[db().dialect];
    requests = fc.sample(requestArb(ops, pools), {
      numRuns: runs,
      seed: SEED + (db().dialect === 'postgres' ? 1 : 0),
    });
  }, 120_000);
  afterAll(() => api.close());

  it(
    'answers every generated request within its contract and changes nothing it rejects',
    async () => {
      const store = db().store;
      const shape = await tablesAndColumns(store);
      const failures = new Map<string, { count: number; example: string }>();
      const statuses = new Map<number, number>();
      let failed = 0;
      for (const req of requests) {
        const before = WRITES.has(req.method) ? await fingerprint(store, shape) : undefined;
        const res = await api.app.inject({
          method: req.method as 'GET',
          url: req.url,
          headers: req.headers,
          ...(req.cookies ? { cookies: req.cookies } : {}),
          ...(req.payload !== undefined ? { payload: req.payload } : {}),
        });
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        let reason = checkResponse(req.op, res);
        if (reason && res.statusCode >= 500)
          reason += `\n      cause: ${errors.at(-1) ?? 'not logged'}`;
        if (!reason && before && res.statusCode >= 400) {
          const changed = changedTables(before, await fingerprint(store, shape));
          if (changed.length)
            reason = `rejected (${res.statusCode}) but changed ${changed.join(', ')}`;
        }
        if (reason) {
          failed++;
          const key = `${req.method} ${req.op.path}: ${reason.replace(/\d+/g, 'N').slice(0, 120)}`;
          const seen = failures.get(key);
          if (seen) seen.count++;
          else
            failures.set(key, {
              count: 1,
              example: `${reason}\n    ${req.method} ${req.url} [${req.mode}, ${req.credential}] ${JSON.stringify(req.headers['content-type'] ?? '')} ${(req.payload ?? '').slice(0, 300)}`,
            });
        }
      }
      const report = [...failures]
        .map(([k, v]) => `  ${v.count}× ${k}\n    ${v.example}`)
        .join('\n');
      console.log(
        `[api-fuzz ${db().dialect}] cases tried: ${requests.length}, failed: ${failed} (seed ${SEED}); statuses ${JSON.stringify(Object.fromEntries(statuses))}${report ? `\n${report}` : ''}`,
      );
      expect(failed, report).toBe(0);
    },
    Math.max(600_000, (Number(env.RAPPORT_FUZZ_RUNS) || 0) * 200),
  );
});
