/**
 * The typed client (packages/contracts/src/client.ts) cannot drift from the API: every route
 * it declares exists in the server's OpenAPI document with the same method, path parameters,
 * body and success status; every client method calls the route it declares; and each call,
 * made against the real app in-process, reaches a route (no "No route" 404).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  API_ROUTES,
  WORKSPACE_SETTINGS_KEYS,
  createClient,
  isApiError,
  type ApiClient,
  type RouteName,
} from '@rapport/contracts';
import { openStore, type Store } from '@rapport/store';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testApi, type TestApi } from '../packages/server/src/testing/harness.ts';

interface Operation {
  parameters?: Array<{ in: string; name: string }>;
  requestBody?: unknown;
  responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
}
interface JsonSchema {
  properties?: Record<string, unknown>;
  $ref?: string;
}
type OpenApi = { paths: Record<string, Record<string, Operation>> };

/** One call of each client method, with arguments the server will accept or refuse cleanly. */
const CALLS: Record<RouteName, (c: ApiClient) => Promise<unknown>> = {
  login: (c) => c.auth.login({ email: 'nobody@example.com', password: 'wrong' }),
  logout: (c) => c.auth.logout(),
  me: (c) => c.auth.me(),
  listCustomers: (c) => c.customers.list({ q: 'a', limit: 5 }),
  getCustomer: (c) => c.customers.get('cus_missing'),
  createCustomer: (c) => c.customers.create({ name: 'Contract Customer' }),
  updateCustomer: (c) => c.customers.update('cus_missing', { name: 'X' }),
  deleteCustomer: (c) => c.customers.delete('cus_missing'),
  listEmployees: (c) => c.employees.list({ limit: 5 }),
  getEmployee: (c) => c.employees.get('emp_missing'),
  createEmployee: (c) => c.employees.create({ name: 'Contract Employee' }),
  updateEmployee: (c) => c.employees.update('emp_missing', { name: 'X' }),
  deleteEmployee: (c) => c.employees.delete('emp_missing'),
  listTeams: (c) => c.teams.list(),
  getTeam: (c) => c.teams.get('team_missing'),
  createTeam: (c) => c.teams.create({ name: 'Contract Team' }),
  updateTeam: (c) => c.teams.update('team_missing', { name: 'X' }),
  listInteractions: (c) => c.interactions.list({ channel: 'chat', limit: 5 }),
  getInteraction: (c) => c.interactions.get('int_missing'),
  createInteraction: (c) =>
    c.interactions.create({
      customerId: 'cus_missing',
      channel: 'chat',
      stage: 'support',
      occurredAt: '2026-01-01T00:00:00Z',
    }),
  bulkInteractions: (c) => c.interactions.bulk('{}\n'),
  updateInteraction: (c) => c.interactions.update('int_missing', { note: 'x' }),
  deleteInteraction: (c) => c.interactions.delete('int_missing'),
  listKeys: (c) => c.keys.list(),
  createKey: (c) => c.keys.create({ name: 'Contract key', role: 'agent' }),
  revokeKey: (c) => c.keys.revoke('key_missing'),
  getSettings: (c) => c.settings.get(),
  updateSettings: (c) => c.settings.update({ contactWindowDays: 7 }),
  getMetric: (c) => c.metrics.get('csat', { groupBy: 'channel', compare: 'true', minN: 1 }),
  listSurveys: (c) => c.surveys.list({ kind: 'transactional' }),
  getSurvey: (c) => c.surveys.get('srv_missing'),
  createSurvey: (c) =>
    c.surveys.create({
      definition: { kind: 'relationship', name: 'Contract', questions: [{ id: 'q', type: 'x' }] },
    }),
  updateSurvey: (c) => c.surveys.update('srv_missing', { status: 'live' }),
  getSurveyVersion: (c) => c.surveys.version('srv_missing', 1),
  setSurveyPublicLink: (c) => c.surveys.setPublicLink('srv_missing', false),
  getSurveyFunnel: (c) => c.surveys.funnel('srv_missing'),
  listResponses: (c) => c.responses.list({ metric: 'csat', scaleMin: 1, scaleMax: 5, limit: 5 }),
  getResponse: (c) => c.responses.get('rsp_missing'),
  createResponse: (c) =>
    c.responses.create({ surveyId: 'srv_missing', answers: [{ questionId: 'q', value: 1 }] }),
  acceptResponse: (c) =>
    c.responses.accept({ surveyId: 'srv_missing', answers: [{ questionId: 'q', value: 1 }] }),
  getResponseSubmission: (c) => c.responses.submission('job_missing'),
  createInvitation: (c) =>
    c.invitations.create({ surveyId: 'srv_missing', customerId: 'cus_missing', channel: 'sms' }),
  getEmotionMap: (c) => c.journey.emotions({ speaker: 'customer', channel: 'chat' }),
  getCustomerJourney: (c) => c.journey.customer('cus_missing', { limit: 10 }),
  getEngagementSettings: (c) => c.journey.engagementSettings(),
  updateEngagementSettings: (c) => c.journey.updateEngagementSettings({ emotion: 10 }),
  listCases: (c) => c.cases.list({ status: 'open,in_progress', slaState: 'breached', limit: 5 }),
  createCase: (c) => c.cases.create({ reason: 'churn_risk', customerId: 'cus_missing' }),
  getCase: (c) => c.cases.get('cas_missing'),
  updateCase: (c) => c.cases.update('cas_missing', { status: 'in_progress' }),
  addCaseNote: (c) => c.cases.addNote('cas_missing', { text: 'A note' }),
  closeCase: (c) => c.cases.close('cas_missing', { outcome: 'recovered', rootCause: 'billing' }),
  assignCases: (c) => c.cases.assign({ ids: ['cas_missing'], ownerId: 'emp_missing' }),
  getCaseMetrics: (c) => c.cases.metrics({ groupBy: 'owner' }),
  getCaseAssignees: (c) => c.cases.assignees(),
  getClosedLoopSettings: (c) => c.closedLoop.get(),
  updateClosedLoopSettings: (c) => c.closedLoop.update({ dueSoonHours: 3 }),
  listRules: (c) => c.rules.list({ trigger: 'response' }),
  getRule: (c) => c.rules.get('rul_missing'),
  createRule: (c) =>
    c.rules.create({
      name: 'Contract rule',
      trigger: 'response',
      condition: { score: { metric: 'nps', op: '<=', value: 6 } },
      actions: [{ type: 'tag', tag: 'contract' }],
    }),
  updateRule: (c) => c.rules.update('rul_missing', { enabled: false }),
  deleteRule: (c) => c.rules.delete('rul_missing'),
  dryRunRule: (c) =>
    c.rules.dryRun({
      name: 'Contract dry run',
      trigger: 'response',
      condition: { score: { metric: 'nps', op: '<=', value: 6 } },
      actions: [{ type: 'tag', tag: 'contract' }],
    }),
  dryRunStoredRule: (c) => c.rules.dryRunStored('rul_missing'),
  listPraise: (c) => c.praise.list({ employeeId: 'emp_missing', limit: 5 }),
  getPraise: (c) => c.praise.get('prs_missing'),
  createPraise: (c) => c.praise.create({ text: 'Thank you!', employeeIds: ['emp_missing'] }),
  passPraise: (c) => c.praise.pass('prs_missing', { note: 'Well done', byEmployeeId: 'emp_x' }),
  getPraiseCounts: (c) => c.praise.counts('emp_missing'),
  listTasks: (c) => c.tasks.list({ status: 'open', limit: 5 }),
  getTask: (c) => c.tasks.get('tsk_missing'),
  updateTask: (c) => c.tasks.update('tsk_missing', { assigneeId: null }),
  completeTask: (c) => c.tasks.complete('tsk_missing', { method: 'call' }),
  listWebhooks: (c) => c.webhooks.list(),
  getWebhook: (c) => c.webhooks.get('whk_missing'),
  createWebhook: (c) =>
    c.webhooks.create({ url: 'https://hooks.example.com/rapport', events: ['case.*'] }),
  updateWebhook: (c) => c.webhooks.update('whk_missing', { enabled: false }),
  deleteWebhook: (c) => c.webhooks.delete('whk_missing'),
  rotateWebhookSecret: (c) => c.webhooks.rotateSecret('whk_missing'),
  listWebhookDeliveries: (c) => c.webhooks.deliveries('whk_missing', { limit: 5 }),
  getLinkage: (c) => c.chain.linkage({ outcome: 'nps', lag: '1', weighted: 'true' }),
  getTeamScores: (c) => c.chain.teamScores({ period: '2026-Q3' }),
  getPulseMetric: (c) => c.chain.pulse('engagement', { groupBy: 'team' }),
  getPulseComments: (c) => c.chain.comments({ kind: 'employee' }),
  listUsers: (c) => c.users.list(),
  getUser: (c) => c.users.get('usr_missing'),
  createUser: (c) =>
    c.users.create({
      email: 'contract@example.com',
      name: 'Contract',
      role: 'agent',
      password: 'a long enough passphrase',
    }),
  updateUser: (c) => c.users.update('usr_missing', { disabled: true }),
  changePassword: (c) =>
    c.users.changePassword({ currentPassword: 'x', newPassword: 'another long passphrase' }),
  getChannelSettings: (c) => c.channels.get(),
  updateChannelSettings: (c) => c.channels.update({ email: null }),
  getDemoStories: (c) => c.demo.stories(),
};

const templateToRegExp = (path: string) =>
  new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+').replace(/\//g, '\\/')}$`);

describe('the typed API client against the OpenAPI document', () => {
  let dir: string;
  let store: Store;
  let api: TestApi;
  let key: string;
  let doc: OpenApi;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rapport-contract-'));
    store = await openStore({ dialect: 'sqlite', path: join(dir, 'contract.db') });
    api = await testApi(store);
    key = (await api.workspace('Contract')).key;
    doc = (await api.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  });
  afterAll(async () => {
    await api?.close();
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('every route of the client is in the document, with its method, parameters, body and status', () => {
    const problems: string[] = [];
    for (const [name, route] of Object.entries(API_ROUTES)) {
      const op = doc.paths[route.path]?.[route.method.toLowerCase()];
      if (!op) {
        problems.push(`${name}: ${route.method} ${route.path} is not in the API`);
        continue;
      }
      const pathParams = (op.parameters ?? [])
        .filter((p) => p.in === 'path')
        .map((p) => p.name)
        .sort();
      const clientParams = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      if (pathParams.join() !== clientParams.join())
        problems.push(`${name}: path parameters ${clientParams} ≠ ${pathParams}`);
      const hasBody = 'body' in route && route.body === true;
      if (Boolean(op.requestBody) !== hasBody)
        problems.push(
          `${name}: the client ${hasBody ? 'sends' : 'sends no'} body; the API disagrees`,
        );
      if (!op.responses?.[String(route.ok)])
        problems.push(`${name}: the API does not answer ${route.ok}`);
    }
    expect(problems).toEqual([]);
  });

  test('the settings type has the fields of the settings response', () => {
    const schema =
      doc.paths['/api/v1/settings']?.get?.responses?.['200']?.content?.['application/json']?.schema;
    expect(Object.keys(schema?.properties ?? {}).sort()).toEqual(
      [...WORKSPACE_SETTINGS_KEYS].sort(),
    );
  });

  test('each client method calls the route it declares, and the app has that route', async () => {
    const seen: Array<{ name: RouteName; method: string; path: string }> = [];
    let current: RouteName = 'me';
    const viaInject: typeof fetch = async (input, init) => {
      const url = new URL(String(input));
      seen.push({ name: current, method: init?.method ?? 'GET', path: url.pathname });
      const res = await api.app.inject({
        method: (init?.method ?? 'GET') as 'GET',
        url: url.pathname + url.search,
        headers: init?.headers as Record<string, string>,
        ...(typeof init?.body === 'string' ? { payload: init.body } : {}),
      });
      const headers = new Headers();
      for (const [k, v] of Object.entries(res.headers))
        if (v !== undefined) headers.set(k, String(v));
      return new Response(res.statusCode === 204 ? null : res.body, {
        status: res.statusCode,
        headers,
      });
    };
    const client = createClient({ baseUrl: 'http://rapport.test', apiKey: key, fetch: viaInject });

    const unrouted: string[] = [];
    for (const [name, call] of Object.entries(CALLS) as Array<
      [RouteName, (c: ApiClient) => Promise<unknown>]
    >) {
      current = name;
      try {
        await call(client);
      } catch (e) {
        if (!isApiError(e)) throw e;
        if (e.status === 404 && /^No route/.test(e.detail)) unrouted.push(`${name}: ${e.detail}`);
        if (e.status === 405 || e.status === 415 || e.status >= 500)
          unrouted.push(`${name}: ${e.status} ${e.detail}`);
      }
    }
    expect(unrouted).toEqual([]);

    expect(seen.map((s) => s.name).sort()).toEqual(Object.keys(API_ROUTES).sort());
    for (const s of seen) {
      const route = API_ROUTES[s.name];
      expect(`${s.name}: ${s.method}`).toBe(`${s.name}: ${route.method}`);
      expect(s.path, s.name).toMatch(templateToRegExp(route.path));
    }
  });

  test('operations of the API the client does not call yet are listed (informational)', () => {
    const covered = new Set(Object.values(API_ROUTES).map((r) => `${r.method} ${r.path}`));
    const missing = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/api/v1/'))
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .filter((op) => !covered.has(op));
    if (missing.length) console.info(`Not in the typed client yet: ${missing.join(', ')}`);
    expect(Array.isArray(missing)).toBe(true);
  });
});
