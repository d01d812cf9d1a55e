/**
 * The workspace every HTTP workload runs against: a workspace and admin key made the way
 * `rapport demo` makes them, then teams, employees, customers, interactions and a transactional
 * survey (CSAT, CES, expectations, comment) created through the public API.
 */
import { systemClock, systemIds, transactionalCsatSurvey } from '@rapport/core';
import { bootstrapWorkspace } from '@rapport/server';
import { openStore, type StoreTarget } from '@rapport/store';
import { rng } from './rng.ts';

export interface BenchWorkspace {
  workspaceId: string;
  apiKey: string;
  surveyId: string;
  interactionIds: string[];
  customerIds: string[];
}

export async function bootstrapKey(
  target: StoreTarget,
): Promise<{ workspaceId: string; apiKey: string }> {
  const store = await openStore(target);
  try {
    const { workspace, apiKey } = await bootstrapWorkspace(
      store,
      { clock: systemClock, ids: systemIds() },
      'Bench',
    );
    return { workspaceId: workspace.id, apiKey };
  } finally {
    await store.close();
  }
}

export async function api<T>(
  url: string,
  key: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${key}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (res.status >= 400)
    throw new Error(`${method} ${path} → ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

export const STAGES = ['onboarding', 'usage', 'support', 'renewal', 'purchase'] as const;
export const SEGMENTS = ['consumer', 'smb', 'enterprise', 'public'] as const;

/** Teams, agents and customers with interactions, all through the API. */
export async function populate(
  url: string,
  key: { workspaceId: string; apiKey: string },
  seed: number,
  size = { teams: 4, agents: 12, customers: 60, interactions: 120 },
): Promise<BenchWorkspace> {
  const r = rng(seed);
  const call = <T>(method: string, path: string, body?: unknown) =>
    api<T>(url, key.apiKey, method, path, body);
  const teams: string[] = [];
  for (let t = 0; t < size.teams; t++)
    teams.push((await call<{ id: string }>('POST', '/api/v1/teams', { name: `Team ${t}` })).id);
  const agents: string[] = [];
  for (let a = 0; a < size.agents; a++)
    agents.push(
      (
        await call<{ id: string }>('POST', '/api/v1/employees', {
          name: `Agent ${a}`,
          teamId: teams[a % teams.length],
        })
      ).id,
    );
  const customerIds: string[] = [];
  for (let c = 0; c < size.customers; c++)
    customerIds.push(
      (
        await call<{ id: string }>('POST', '/api/v1/customers', {
          name: `Customer ${c}`,
          segment: r.pick(SEGMENTS),
          relationshipOwnerId: r.pick(agents),
        })
      ).id,
    );
  const interactionIds: string[] = [];
  for (let i = 0; i < size.interactions; i++)
    interactionIds.push(
      (
        await call<{ id: string }>('POST', '/api/v1/interactions', {
          customerId: r.pick(customerIds),
          channel: r.pick(['phone', 'email', 'chat'] as const),
          stage: r.pick(STAGES),
          occurredAt: new Date(Date.now() - r.int(1, 30) * 86_400_000).toISOString(),
          employeeIds: [r.pick(agents)],
        })
      ).id,
    );
  const surveyId = (
    await call<{ id: string }>('POST', '/api/v1/surveys', {
      definition: transactionalCsatSurvey({ id: 'bench-tx' }),
      status: 'live',
    })
  ).id;
  return { ...key, surveyId, interactionIds, customerIds };
}
