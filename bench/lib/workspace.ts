/**
 * The workspace every HTTP workload runs against: a workspace and admin key made the way
 * `rapport demo` makes them, then teams, employees, customers, interactions and a transactional
 * survey (CSAT, CES, expectations, comment) created through the public API.
 */
import { copyFileSync } from 'node:fs';
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

/**
 * SQLite files bootstrapped once and copied. `bootstrapKey` on a new file runs every migration
 * (0.2–0.6 s here); a copy of a file it made holds the same tables, workspace and key.
 */
export function bootstrapCopies(
  template: string,
): (path: string) => Promise<{ workspaceId: string; apiKey: string }> {
  let made: Promise<{ workspaceId: string; apiKey: string }> | undefined;
  return async (path) => {
    made ??= bootstrapKey({ dialect: 'sqlite', path: template });
    const key = await made;
    copyFileSync(template, path);
    return key;
  };
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

/**
 * Sends the calls `width` at a time (1: one after the other), the results in the calls' order.
 */
export async function inLanes<T>(calls: ReadonlyArray<() => Promise<T>>, width = 1): Promise<T[]> {
  const out: T[] = [];
  let next = 0;
  const lane = async () => {
    while (next < calls.length) {
      const i = next++;
      out[i] = await (calls[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(width, calls.length)) }, lane));
  return out;
}

/** API calls of a workspace's set-up sent at a time (set-up only: nothing is timed). */
export const SETUP_LANES = 8;

/**
 * Teams, agents and customers with interactions, all through the API. Each kind's bodies are
 * drawn first, in a fixed order (the same data whatever the timing), then sent SETUP_LANES
 * requests at a time.
 */
export async function populate(
  url: string,
  key: { workspaceId: string; apiKey: string },
  seed: number,
  size = { teams: 4, agents: 12, customers: 60, interactions: 120 },
): Promise<BenchWorkspace> {
  const r = rng(seed);
  const create = (path: string, bodies: unknown[]) =>
    inLanes(
      bodies.map(
        (body) => async () => (await api<{ id: string }>(url, key.apiKey, 'POST', path, body)).id,
      ),
      SETUP_LANES,
    );
  const teams = await create(
    '/api/v1/teams',
    Array.from({ length: size.teams }, (_, t) => ({ name: `Team ${t}` })),
  );
  const agents = await create(
    '/api/v1/employees',
    Array.from({ length: size.agents }, (_, a) => ({
      name: `Agent ${a}`,
      teamId: teams[a % teams.length],
    })),
  );
  const customerIds = await create(
    '/api/v1/customers',
    Array.from({ length: size.customers }, (_, c) => ({
      name: `Customer ${c}`,
      segment: r.pick(SEGMENTS),
      relationshipOwnerId: r.pick(agents),
    })),
  );
  const interactionIds = await create(
    '/api/v1/interactions',
    Array.from({ length: size.interactions }, () => ({
      customerId: r.pick(customerIds),
      channel: r.pick(['phone', 'email', 'chat'] as const),
      stage: r.pick(STAGES),
      occurredAt: new Date(Date.now() - r.int(1, 30) * 86_400_000).toISOString(),
      employeeIds: [r.pick(agents)],
    })),
  );
  const surveyId = (
    await api<{ id: string }>(url, key.apiKey, 'POST', '/api/v1/surveys', {
      definition: transactionalCsatSurvey({ id: 'bench-tx' }),
      status: 'live',
    })
  ).id;
  return { ...key, surveyId, interactionIds, customerIds };
}
