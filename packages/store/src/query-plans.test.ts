/**
 * The plans SQLite chooses for reads that pick out a few rows of a large workspace (one
 * customer's cases, one e-mail's customer). Each call below runs through its repository on a
 * Kysely that records the statements; every statement is then explained with its own
 * parameters, and no table may be read by the workspace alone — which is a walk over every row
 * of the workspace, the plan SQLite picked for most of these before planner-stats.ts (a
 * responses import slowed down with every case it opened). SQLite only: PostgreSQL plans by
 * its statistics.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Repos } from '@rapport/core';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, type CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from './codec.ts';
import { createRepos } from './repositories/index.ts';
import type { Database } from './schema.ts';
import { openStore } from './store.ts';

const ws = 'ws_plans';
const page = { limit: 50 };
/** A later page of a list of `prefix`_… ids, past (time, id). */
const later = (prefix: string) => ({
  limit: 50,
  cursor: encodeCursor(['2026-03-01T00:00:00.000Z', `${prefix}_1`]),
});

/** What a repository call must not do: read a table by `workspace_id` alone, or scan it. */
const WHOLE_WORKSPACE =
  /^(SCAN \w+$|SEARCH \w+ USING (?:COVERING )?(?:INDEX|PRIMARY KEY) ?\S* \(workspace_id=\?\)$)/;

const CALLS: Array<[string, (r: Repos) => Promise<unknown>]> = [
  ['an open case of a customer for a reason', (r) => r.cases.findActive(ws, 'cus_1', 'churn_risk')],
  ["a customer's cases", (r) => r.cases.list(ws, { customerId: 'cus_1' }, page)],
  ['the customer with an e-mail', (r) => r.customers.list(ws, { email: 'a@example.com' }, page)],
  ['the customer with a phone', (r) => r.customers.list(ws, { phone: '+15550100' }, page)],
  ['the customer with an external id', (r) => r.customers.list(ws, { externalId: 'crm-1' }, page)],
  ["a customer's tasks", (r) => r.tasks.list(ws, { customerId: 'cus_1' }, page)],
  ["a praise's tasks", (r) => r.tasks.list(ws, { praiseId: 'prs_1' }, page)],
  ["a case's tasks", (r) => r.tasks.list(ws, { caseId: 'cas_1' }, page)],
  ["a customer's invitations", (r) => r.invitations.list(ws, { customerId: 'cus_1' }, page)],
  [
    "a manager's invitations",
    (r) => r.invitations.list(ws, { visibleTo: ['emp_1', 'emp_2'] }, page),
  ],
  [
    "the funnel of a survey's invitations a manager sees",
    (r) => r.invitations.funnel(ws, 'srv_1', ['emp_1', 'emp_2']),
  ],
  ["a manager's responses", (r) => r.responses.list(ws, { visibleTo: ['emp_1', 'emp_2'] }, page)],
  ["a manager's interactions", (r) => r.interactions.list(ws, { visibleTo: ['emp_1'] }, page)],
  ["a manager's customers", (r) => r.customers.list(ws, { visibleTo: ['emp_1'] }, page)],
  // Raw-text retention's lookups (text_until, migrations 0016–0018).
  ['the cases holding old words', (r) => r.cases.withTextBefore(ws, '2026-01-01', 500)],
  ['the invitations holding old words', (r) => r.invitations.withTextBefore(ws, '2026-01-01', 500)],
  [
    'the customers whose engagement quotes old words',
    (r) => r.engagement.quotingWordsBefore(ws, '2026-01-01', 500),
  ],
  ["an interaction's praise", (r) => r.praise.bySource(ws, { interactionId: 'int_1' })],
  ["a response's praise", (r) => r.praise.bySource(ws, { responseId: 'rsp_1' })],
  ["a customer's praise", (r) => r.praise.feed(ws, { customerId: 'cus_1' }, page)],
  ["an interaction's responses", (r) => r.responses.list(ws, { interactionId: 'int_1' }, page)],
  ['a later page of responses', (r) => r.responses.list(ws, {}, later('rsp'))],
  ['a later page of interactions', (r) => r.interactions.list(ws, {}, later('int'))],
  ['a later page of the praise feed', (r) => r.praise.feed(ws, {}, later('prs'))],
  ["a team's employees", (r) => r.employees.list(ws, { teamId: 'tm_1' }, page)],
  ["a manager's direct reports", (r) => r.employees.list(ws, { managerId: 'emp_1' }, page)],
  [
    'the emotions along the journey since a day',
    (r) => r.journey.emotionCounts(ws, { from: '2026-01-01T00:00:00.000Z', speaker: 'customer' }),
  ],
];

const WORKSPACE_LISTS: Array<[string, (r: Repos) => Promise<unknown>]> = [
  ["a workspace's customers", (r) => r.customers.list(ws, {}, page)],
  ["a workspace's teams", (r) => r.teams.list(ws)],
  ["a workspace's cases", (r) => r.cases.list(ws, {}, page)],
  ["a workspace's interactions", (r) => r.interactions.list(ws, {}, page)],
];

describe('query plans on SQLite', () => {
  let dir: string;
  let handle: SqliteDatabase.Database;
  let db: Kysely<Database>;
  let repos: Repos;
  const seen: CompiledQuery[] = [];
  const tables = new Set<string>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rapport-plans-'));
    const path = join(dir, 'plans.db');
    await (await openStore({ dialect: 'sqlite', path })).close();
    handle = new SqliteDatabase(path);
    db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: handle }),
      log: (e) => {
        if (e.level === 'query') seen.push(e.query);
      },
    });
    repos = createRepos({ db, dialect: 'sqlite' });
    const names = handle.prepare(`select name from sqlite_schema where type = 'table'`).all();
    for (const { name } of names as Array<{ name: string }>) tables.add(name);
  });
  afterAll(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Each statement of the call with the lines of its plan that match `bad`. */
  async function flagged(call: (r: Repos) => Promise<unknown>, bad: RegExp) {
    seen.length = 0;
    await call(repos);
    expect(seen.length).toBeGreaterThan(0);
    return seen.map((q) => {
      const plan = handle.prepare(`explain query plan ${q.sql}`).all(...q.parameters) as Array<{
        detail: string;
      }>;
      // A scan of a subquery's few rows (`SCAN q`) reads no table.
      const onTable = (d: string) => tables.has(/^(?:SCAN|SEARCH) (\w+)/.exec(d)?.[1] ?? '');
      return {
        sql: q.sql,
        lines: plan.map((p) => p.detail).filter((d) => bad.test(d) && onTable(d)),
      };
    });
  }

  it.each(CALLS)('%s is found through an index that narrows the workspace', async (_, call) => {
    for (const q of await flagged(call, WHOLE_WORKSPACE))
      expect(q).toEqual({ sql: q.sql, lines: [] });
  });

  // The jobs' key indexes hold only jobs with a key (migration 0019); a lookup by key, with the
  // key bound as a parameter, still reads them.
  it.each([
    [
      'jobs_ordering_key_created_at_idx',
      `select 1 from jobs o where o.workspace_id = ? and o.ordering_key = ? and o.id <> ?`,
    ],
    [
      'jobs_dedupe_key_idx',
      `select id from jobs where workspace_id = ? and dedupe_key = ? and id <> ?`,
    ],
  ])('a job lookup by key reads the partial index %s', (index, query) => {
    const plan = handle.prepare(`explain query plan ${query}`).all('ws', 'key', 'job') as Array<{
      detail: string;
    }>;
    expect(plan.map((p) => p.detail).join('\n')).toMatch(new RegExp(`USING INDEX ${index} `));
  });

  // With several workspaces in one file, a list of one workspace's rows reads its range of the
  // key, not every workspace's rows.
  it.each(WORKSPACE_LISTS)(
    "%s reads the workspace's range, not the whole table",
    async (_, call) => {
      for (const q of await flagged(call, /^SCAN \w+$/))
        expect(q).toEqual({ sql: q.sql, lines: [] });
    },
  );
});
