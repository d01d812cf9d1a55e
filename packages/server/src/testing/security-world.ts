/**
 * Two workspaces with one of everything, for the security suites (isolation matrix, fuzzer,
 * idempotency): in each, a team, employees, customers, interactions with a transcript, a live
 * CSAT survey with a response and an invitation, a case, praise and its follow-up task, a
 * webhook, and a user and an API key of every role. Ids are kept by kind (the path segment
 * of /api/v1/<kind>/:id), so a suite can put one workspace's ids into the other's requests.
 */
import { employeePulseSurvey, ROLES, transactionalCsatSurvey, type Role } from '@rapport/core';
import type { TestApi, TestWorkspace } from './harness.ts';
import { addUser, signIn, type Browser, type TestUser } from './sessions.ts';

export interface SeededWorkspace {
  ws: TestWorkspace;
  /** Ids by kind: teams, employees, customers, interactions, surveys, responses, … */
  ids: Record<string, string>;
  /** Every id of each kind created (ids[kind] is the first). */
  all: Record<string, string[]>;
  keys: Record<Role, { id: string; key: string }>;
  users: Record<Role, TestUser>;
}

/** An id of each kind that exists nowhere: a foreign id must answer exactly like it. */
export const MISSING_IDS: Record<string, string> = {
  teams: 'tm_00000000000000000000000000',
  employees: 'emp_00000000000000000000000000',
  customers: 'cus_00000000000000000000000000',
  interactions: 'int_00000000000000000000000000',
  keys: 'key_00000000000000000000000000',
  surveys: 'srv_00000000000000000000000000',
  responses: 'rsp_00000000000000000000000000',
  'response-submissions': 'job_00000000000000000000000000',
  invitations: 'inv_00000000000000000000000000',
  rules: 'rul_00000000000000000000000000',
  cases: 'cas_00000000000000000000000000',
  praise: 'prs_00000000000000000000000000',
  tasks: 'tsk_00000000000000000000000000',
  webhooks: 'whk_00000000000000000000000000',
  users: 'usr_00000000000000000000000000',
  agent: 'emp_00000000000000000000000000',
  pulseSurvey: 'srv_00000000000000000000000000',
};

export async function seedWorkspace(api: TestApi, name: string): Promise<SeededWorkspace> {
  const ws = await api.workspace(name);
  const all: Record<string, string[]> = {};
  const add = (kind: string, id: string | undefined) => {
    if (id) (all[kind] ??= []).push(id);
    return id ?? '';
  };
  const post = async (url: string, body: unknown) =>
    (await ws.json<{ id: string }>('POST', url, body)).id;

  const team = add('teams', await post('/api/v1/teams', { name: `${name} team` }));
  const lead = add(
    'employees',
    await post('/api/v1/employees', { name: `${name} lead`, teamId: team }),
  );
  const agent = add(
    'employees',
    await post('/api/v1/employees', { name: `${name} agent`, teamId: team, managerId: lead }),
  );
  // A third level, so that praise can be passed up from the lead.
  const head = add(
    'employees',
    await post('/api/v1/employees', { name: `${name} head`, teamId: team }),
  );
  await ws.json('PATCH', `/api/v1/employees/${lead}`, { managerId: head });
  for (let k = 0; k < 3; k++)
    add(
      'customers',
      await post('/api/v1/customers', {
        name: `${name} customer ${k}`,
        email: `c${k}@${name.toLowerCase().replace(/\W/g, '')}.example`,
        phone: `+4420790000${k}${k}`,
        externalId: `${name}-ext-${k}`,
        relationshipOwnerId: lead,
      }),
    );
  const customer = all.customers?.[0] ?? '';
  for (let k = 0; k < 2; k++)
    add(
      'interactions',
      await post('/api/v1/interactions', {
        customerId: all.customers?.[k],
        channel: 'chat',
        stage: 'support',
        occurredAt: `2026-01-0${k + 1}T10:00:00Z`,
        employeeIds: [agent],
        note: `${name} note ${k}`,
        transcript: [
          { speaker: 'customer', text: `${name} says hello ${k}` },
          { speaker: 'agent', employeeId: agent, text: 'How can I help?' },
        ],
      }),
    );
  const interaction = all.interactions?.[0] ?? '';
  const survey = add(
    'surveys',
    await post('/api/v1/surveys', {
      definition: transactionalCsatSurvey({ id: 'csat' }),
      status: 'live',
    }),
  );
  add(
    'responses',
    await post('/api/v1/responses', {
      surveyId: survey,
      interactionId: interaction,
      answers: [{ questionId: 'csat', value: 5 }],
    }),
  );
  // A response accepted for later (Prefer: respond-async): its submission.
  const queued = await ws.call(
    'POST',
    '/api/v1/responses',
    { surveyId: survey, interactionId: interaction, answers: [{ questionId: 'csat', value: 4 }] },
    { prefer: 'respond-async' },
  );
  add('response-submissions', queued.json<{ submissionId?: string }>().submissionId);
  const inv = await ws.json<{ invitation: { id: string } }>('POST', '/api/v1/invitations', {
    surveyId: survey,
    customerId: all.customers?.[1],
    channel: 'web',
  });
  add('invitations', inv.invitation.id);
  const rules = await ws.json<{ items: Array<{ id: string }> }>('GET', '/api/v1/rules');
  for (const r of rules.items) add('rules', r.id);
  add('cases', await post('/api/v1/cases', { reason: 'churn_risk', customerId: customer }));
  const praise = add(
    'praise',
    await post('/api/v1/praise', { employeeIds: [agent], customerId: customer, text: 'Lovely' }),
  );
  const tasks = await ws.json<{ items: Array<{ id: string }> }>(
    'GET',
    `/api/v1/tasks?praiseId=${praise}`,
  );
  for (const t of tasks.items) add('tasks', t.id);
  add(
    'webhooks',
    await post('/api/v1/webhooks', { url: 'https://receiver.example/hook', events: ['case.*'] }),
  );

  const keys = {} as SeededWorkspace['keys'];
  const users = {} as SeededWorkspace['users'];
  for (const role of ROLES) {
    const k = await ws.json<{ id: string; key: string }>('POST', '/api/v1/keys', {
      name: role,
      role,
    });
    keys[role] = { id: add('keys', k.id), key: k.key };
    users[role] = await addUser(
      ws,
      role,
      role === 'agent' || role === 'manager' ? { employeeId: role === 'agent' ? agent : lead } : {},
    );
    add('users', users[role].id);
  }
  const pulse = await post('/api/v1/surveys', {
    definition: employeePulseSurvey({ id: 'pulse' }),
    status: 'live',
  });
  add('surveys', pulse);
  // Besides the first id of each kind: the agent (whose manager is the lead) and the pulse.
  const ids: Record<string, string> = {
    ...Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v[0] ?? ''])),
    agent,
    pulseSurvey: pulse,
  };
  return { ws, ids, all, keys, users };
}

/** Signed-in browsers of every role of a seeded workspace. */
export async function browsersOf(api: TestApi, w: SeededWorkspace): Promise<Record<Role, Browser>> {
  const out = {} as Record<Role, Browser>;
  for (const role of ROLES) out[role] = await signIn(api.app, w.users[role]);
  return out;
}
