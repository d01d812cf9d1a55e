/**
 * A valid request body for every route that takes one, built from a seeded workspace's ids:
 * what the idempotency suite creates twice, the isolation matrix fills with foreign ids, and
 * the fuzzer starts its near-valid bodies from. Keyed "METHOD /path/:param" as Fastify names
 * routes; `exampleFor` returns undefined for a route nobody has described yet (the suites
 * say so, so a new route gets an example the day it lands).
 */
import { relationshipNpsSurvey } from '@rapport/core';

export type Ids = Record<string, string>;
type Example = (ids: Ids, n: number) => unknown;

const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 9, 0, n % 60, n % 1000)).toISOString();

export const ROUTE_EXAMPLES: Record<string, Example> = {
  'POST /api/v1/customers': (ids, n) => ({
    name: `Example customer ${n}`,
    email: `example${n}@customers.example`,
    externalId: `ex-${n}-${Date.now()}`,
    relationshipOwnerId: ids.employees,
  }),
  'PATCH /api/v1/customers/:id': (ids, n) => ({
    segment: `segment ${n}`,
    relationshipOwnerId: ids.employees,
  }),
  'POST /api/v1/employees': (ids, n) => ({
    name: `Example employee ${n}`,
    teamId: ids.teams,
    managerId: ids.employees,
  }),
  'PATCH /api/v1/employees/:id': (ids, n) => ({ title: `Title ${n}`, teamId: ids.teams }),
  'POST /api/v1/teams': (ids, n) => ({ name: `Example team ${n}`, leadId: ids.employees }),
  'PATCH /api/v1/teams/:id': (ids, n) => ({ name: `Renamed team ${n}`, leadId: ids.employees }),
  'POST /api/v1/interactions': (ids, n) => ({
    customerId: ids.customers,
    channel: 'phone',
    stage: 'support',
    occurredAt: at(n),
    employeeIds: [ids.employees],
    note: `Example note ${n}`,
    transcript: [
      { speaker: 'customer', text: `Hello ${n}` },
      { speaker: 'agent', employeeId: ids.employees, text: 'Hi there' },
    ],
  }),
  'POST /api/v1/interactions/bulk': (ids, n) =>
    [0, 1]
      .map((k) =>
        JSON.stringify({
          customerId: ids.customers,
          channel: 'email',
          stage: 'support',
          occurredAt: at(n + k),
          employeeIds: [ids.employees],
        }),
      )
      .join('\n'),
  'PATCH /api/v1/interactions/:id': (_ids, n) => ({ outcome: 'resolved', note: `Patched ${n}` }),
  'POST /api/v1/surveys': (_ids, n) => ({
    definition: relationshipNpsSurvey({ id: `nps${n}` }),
    status: 'draft',
  }),
  'PATCH /api/v1/surveys/:id': () => ({ status: 'paused' }),
  'POST /api/v1/surveys/:id/public-link': () => ({ enabled: true }),
  'POST /api/v1/responses': (ids) => ({
    surveyId: ids.surveys,
    interactionId: ids.interactions,
    answers: [{ questionId: 'csat', value: 4 }],
  }),
  'POST /api/v1/invitations': (ids) => ({
    surveyId: ids.surveys,
    customerId: ids.customers,
    channel: 'web',
  }),
  'POST /api/v1/keys': (_ids, n) => ({ name: `Example key ${n}`, role: 'agent' }),
  'PATCH /api/v1/settings': () => ({ minResponses: 10 }),
  'POST /api/v1/rules': (_ids, n) => ({
    name: `Example rule ${n}`,
    trigger: 'response',
    condition: { score: { metric: 'nps', op: '<=', value: 3 } },
    actions: [{ type: 'open_case', reason: 'detractor', priority: 'high' }],
  }),
  'POST /api/v1/rules/dry-run': (_ids, n) => ({
    name: `Dry run ${n}`,
    trigger: 'response',
    condition: { score: { metric: 'nps', op: '<=', value: 3 } },
    actions: [{ type: 'open_case', reason: 'detractor', priority: 'high' }],
  }),
  'PATCH /api/v1/rules/:id': () => ({ enabled: true }),
  'POST /api/v1/cases': (ids, n) => ({
    reason: `reason_${n}`,
    customerId: ids.customers,
    interactionId: ids.interactions,
    ownerId: ids.employees,
    note: `Case note ${n}`,
  }),
  'POST /api/v1/cases/assign': (ids) => ({ ids: [ids.cases], ownerId: ids.employees }),
  'PATCH /api/v1/cases/:id': (ids) => ({ status: 'in_progress', ownerId: ids.employees }),
  'POST /api/v1/cases/:id/notes': (_ids, n) => ({ text: `Called back ${n}` }),
  'POST /api/v1/cases/:id/close': () => ({ outcome: 'recovered', note: 'Sorted' }),
  'PATCH /api/v1/settings/closed-loop': () => ({}),
  'POST /api/v1/praise': (ids, n) => ({
    employeeIds: [ids.employees],
    customerId: ids.customers,
    interactionId: ids.interactions,
    text: `Thanks ${n}`,
  }),
  'POST /api/v1/praise/:id/pass': (ids) => ({
    note: 'Well done',
    byEmployeeId: ids.employees,
  }),
  'PATCH /api/v1/tasks/:id': (ids) => ({ assigneeId: ids.employees }),
  'POST /api/v1/tasks/:id/complete': () => ({ method: 'call', note: 'Thanked them' }),
  'POST /api/v1/webhooks': (_ids, n) => ({
    url: `https://receiver.example/hook${n}`,
    events: ['case.*'],
  }),
  'PATCH /api/v1/webhooks/:id': () => ({ enabled: false }),
  'POST /api/v1/pulse/invitations': (ids) => ({
    surveyId: ids.pulseSurvey ?? ids.surveys,
    teamId: ids.teams,
    channel: 'web',
  }),
  'POST /api/v1/pulse/answers': () => ({
    token: 'not-a-token-0000000000000000',
    answers: [{ questionId: 'enps', value: 9 }],
  }),
  'PUT /api/v1/settings/channels': () => ({}),
  'PATCH /api/v1/settings/engagement': () => ({}),
  'POST /api/v1/users': (ids, n) => ({
    email: `example${n}.${Date.now()}@users.example`,
    name: `Example user ${n}`,
    role: 'agent',
    password: `A long enough passphrase ${n}`,
    employeeId: ids.employees,
  }),
  'PATCH /api/v1/users/:id': (ids) => ({ employeeId: ids.employees }),
  'POST /api/v1/me/password': () => ({
    currentPassword: 'wrong current',
    newPassword: 'Another long passphrase 1',
  }),
  'PUT /api/v1/settings/retention': () => ({ rawTextDays: 365 }),
  'POST /api/v1/auth/login': (_ids, n) => ({
    email: `nobody${n}@users.example`,
    password: 'wrong password',
  }),
  'POST /api/v1/chat/:token/messages': (_ids, n) => ({
    text: `Hello ${n}`,
    clientMessageId: `m${n}`,
  }),
};

export function exampleFor(route: string, ids: Ids, n = 0): unknown {
  return ROUTE_EXAMPLES[route]?.(ids, n);
}
