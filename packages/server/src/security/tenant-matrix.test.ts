/**
 * Tenant isolation, the full matrix (issue 9, item 4): every /api/v1 route × every role (an
 * API key and a signed-in session of admin, analyst, manager and agent) × workspace B's ids
 * where workspace A's would go — in the path, in the body, in filters and in cursors. A foreign
 * id must get exactly the answer a missing one gets (same status, same body but for the id),
 * never a success, and workspace B's rows must be unchanged at the end. Routes come from the
 * app itself, so a new route joins the matrix the day it lands; a route with a body but no
 * example in testing/route-examples.ts is reported.
 */
import { describeEachDialect } from '@rapport/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi, type TestApi } from '../testing/harness.ts';
import { exampleFor } from '../testing/route-examples.ts';
import { MISSING_IDS, seedWorkspace, type SeededWorkspace } from '../testing/security-world.ts';
import { changedTables, fingerprint, tablesAndColumns } from './fuzz/fingerprint.ts';
import { operationsOf, type Schema } from './fuzz/openapi-ops.ts';
import { actorsOf, normalise, type MatrixActor } from './isolation/actors.ts';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

describeEachDialect('tenant isolation matrix', (db) => {
  let api: TestApi;
  let a: SeededWorkspace;
  let b: SeededWorkspace;
  let actors: MatrixActor[];
  let tried = 0;
  const failures: string[] = [];
  const fail = (m: string) => failures.push(m);
  let before: Awaited<ReturnType<typeof fingerprint>>;
  let shape: Awaited<ReturnType<typeof tablesAndColumns>>;

  beforeAll(async () => {
    api = await testApi(db().store, { env: { LOGIN_RATE_LIMIT: '10000' } });
    a = await seedWorkspace(api, 'Matrix A');
    b = await seedWorkspace(api, 'Matrix B');
    actors = await actorsOf(api, a);
    shape = await tablesAndColumns(db().store);
    before = await fingerprint(db().store, shape, b.ws.id);
  }, 120_000);
  afterAll(async () => {
    await api.close();
    console.log(
      `[tenant-matrix ${db().dialect}] cases tried: ${tried}, failed: ${failures.length}`,
    );
  });

  /** Same answer for foreign and missing; never a success for the foreign one. */
  async function compare(
    label: string,
    send: (probe: string) => Promise<{ statusCode: number; body: string }>,
    foreign: string,
    missing: string,
    writes = false,
  ) {
    tried++;
    const f = await send(foreign);
    const m = await send(missing);
    // A change that went through must have ignored the foreign id: it is in no row of A.
    if (writes && f.statusCode < 300 && (await storedInA(foreign)))
      fail(`${label}: foreign id accepted and stored (${f.statusCode})`);
    // A change that succeeded alters the state the second request meets: not comparable.
    if (writes && f.statusCode < 300 && f.statusCode !== m.statusCode) return;
    if (f.statusCode !== m.statusCode)
      fail(`${label}: ${f.statusCode} for a foreign id, ${m.statusCode} for a missing one`);
    else if (normalise(f.body, foreign) !== normalise(m.body, missing))
      fail(
        `${label}: answers differ\n    foreign: ${f.body.slice(0, 200)}\n    missing: ${m.body.slice(0, 200)}`,
      );
    if (
      f.body.includes(b.ws.id) ||
      Object.values(b.ids).some((id) => id !== foreign && f.body.includes(id))
    )
      fail(`${label}: the answer names another of workspace B's rows`);
  }

  /** Whether any row of workspace A holds the id (a cross-tenant reference). */
  async function storedInA(id: string): Promise<boolean> {
    for (const { table, columns } of shape) {
      if (!columns.includes('workspace_id')) continue;
      const rows = (
        await sql<
          Record<string, unknown>
        >`select * from ${sql.table(table)} where workspace_id = ${a.ws.id}`.execute(db().store.db)
      ).rows;
      if (JSON.stringify(rows).includes(id)) return true;
    }
    return false;
  }

  const apiRoutes = () =>
    api.app.routeList.filter((r) => r.url.startsWith('/api/v1/') && !r.url.includes(':token'));

  it('answers a foreign id in the path exactly as a missing one, for every route and role', async () => {
    let routes = 0;
    for (const route of apiRoutes().filter((r) => r.url.includes(':id'))) {
      const kind = route.url.split('/')[3] ?? '';
      const foreign = b.ids[kind];
      const missing = MISSING_IDS[kind];
      if (!foreign || !missing) {
        fail(`${route.method} ${route.url}: no ids of kind ${kind} in the world`);
        continue;
      }
      routes++;
      const body =
        WRITES.has(route.method) && route.method !== 'DELETE'
          ? (exampleFor(`${route.method} ${route.url}`, a.ids) ?? {})
          : undefined;
      for (const actor of actors)
        await compare(
          `${actor.name} ${route.method} ${route.url}`,
          (id) =>
            actor.call(
              route.method as 'GET',
              route.url.replace(':id', id).replace(':version', '1'),
              body,
            ),
          foreign,
          missing,
          WRITES.has(route.method),
        );
    }
    expect(routes).toBeGreaterThanOrEqual(40);
  }, 300_000);

  it('refuses a foreign id in a request body exactly as a missing one, for every route and role', async () => {
    const byValue = new Map(Object.entries(a.ids).map(([kind, id]) => [id, kind]));
    const doc = (await api.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<Schema>();
    const withBody = new Set(
      operationsOf(doc)
        .filter((o) => o.body)
        .map((o) => `${o.method} ${o.path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const undescribed: string[] = [];
    let bodyCases = 0;
    for (const route of apiRoutes().filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method))) {
      const key = `${route.method} ${route.url}`;
      const example = exampleFor(key, a.ids);
      if (example === undefined) {
        if (withBody.has(key)) undescribed.push(key);
        continue;
      }
      const json = JSON.stringify(example);
      const kinds = [...byValue].filter(([id]) => json.includes(`"${id}"`));
      const url = route.url.replace(
        ':id',
        a.ids[route.url.split('/')[3] ?? ''] ?? MISSING_IDS.customers ?? '',
      );
      for (const [id, kind] of kinds) {
        const foreign = b.ids[kind] ?? '';
        const missing = MISSING_IDS[kind] ?? '';
        for (const actor of actors) {
          bodyCases++;
          await compare(
            `${actor.name} ${key} with ${kind} in the body`,
            (probe) =>
              actor.call(
                route.method as 'POST',
                url,
                JSON.parse(json.split(id).join(probe)) as unknown,
              ),
            foreign,
            missing,
            true,
          );
        }
      }
    }
    expect(bodyCases).toBeGreaterThanOrEqual(200);
    expect(undescribed, 'routes with a body but no example in testing/route-examples.ts').toEqual(
      [],
    );
  }, 300_000);

  it('returns the same (empty) answer for foreign ids in filters, for every list and role', async () => {
    const doc = (await api.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<Schema>();
    let filters = 0;
    for (const op of operationsOf(doc).filter(
      (o) => o.method === 'GET' && o.path.startsWith('/api/v1/'),
    )) {
      if (op.params.some((p) => p.in === 'path' && p.name !== 'metric')) continue;
      const path = op.path.replace('{metric}', 'csat');
      for (const p of op.params.filter(
        (x) => x.in === 'query' && /Id$/.test(x.name) && x.name !== 'externalId',
      )) {
        const kind = {
          customerId: 'customers',
          employeeId: 'employees',
          teamId: 'teams',
          managerId: 'employees',
          agentId: 'employees',
          ownerId: 'employees',
          relationshipOwnerId: 'employees',
          assigneeId: 'employees',
          surveyId: 'surveys',
          interactionId: 'interactions',
          praiseId: 'praise',
          caseId: 'cases',
          actorId: 'users',
          targetId: 'customers',
          employeeSurveyId: 'surveys',
          leadershipSurveyId: 'surveys',
        }[p.name];
        if (!kind) {
          fail(`GET ${op.path}?${p.name}: no kind known for this filter`);
          continue;
        }
        filters++;
        for (const actor of actors)
          await compare(
            `${actor.name} GET ${path}?${p.name}`,
            (id) => actor.call('GET', `${path}?${p.name}=${encodeURIComponent(id)}`),
            b.ids[kind] ?? '',
            MISSING_IDS[kind] ?? '',
          );
      }
    }
    expect(filters).toBeGreaterThanOrEqual(15);
  }, 300_000);

  it("never shows workspace B's rows through B's cursors", async () => {
    const doc = (await api.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<Schema>();
    const lists = operationsOf(doc).filter(
      (o) =>
        o.method === 'GET' &&
        o.params.some((p) => p.name === 'cursor') &&
        !o.params.some((p) => p.in === 'path'),
    );
    let cursors = 0;
    for (const op of lists) {
      const page = await b.ws.call('GET', `${op.path}?limit=1`);
      const cursor =
        page.statusCode === 200 ? page.json<{ nextCursor?: string | null }>().nextCursor : null;
      if (!cursor) continue;
      cursors++;
      // The same position with B's ids replaced by ids that exist nowhere: the last character
      // of each changed, so it sorts next to the original.
      const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
      const forged = Buffer.from(
        decoded.replace(
          /\b([a-z]{2,3}_[0-9A-HJKMNP-TV-Z]{25})([0-9A-HJKMNP-TV-Z])\b/g,
          (_m, head: string, last: string) => `${head}${last === 'Z' ? 'Y' : 'Z'}`,
        ),
      ).toString('base64url');
      for (const actor of actors)
        await compare(
          `${actor.name} GET ${op.path}?cursor=<B's>`,
          (c) => actor.call('GET', `${op.path}?limit=500&cursor=${encodeURIComponent(c)}`),
          cursor,
          forged,
        );
    }
    expect(cursors).toBeGreaterThanOrEqual(4);
  }, 300_000);

  it("left workspace B's rows exactly as they were", async () => {
    const after = await fingerprint(db().store, shape, b.ws.id);
    expect(changedTables(before, after)).toEqual([]);
    expect(failures.slice(0, 30).join('\n')).toBe('');
  });
});
