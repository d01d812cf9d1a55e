/**
 * A small org for the role-scope tests: a head of service over a team lead over agents Ann
 * and Ben, and a second manager over agent Cal — with a signed-in user for each, an analyst,
 * an agent not linked to an employee, and an agent-role API key.
 *
 *   head ─ lead ─┬─ ann
 *                └─ ben
 *   other ─ cal
 */
import type { Store } from '@rapport/store';
import { FakeClock, idsFor } from '@rapport/testing';
import { testApi, type TestApi, type TestWorkspace } from './harness.ts';
import { addUser, signIn, type Browser } from './sessions.ts';

export const PEOPLE = ['head', 'lead', 'ann', 'ben', 'other', 'cal'] as const;
export type Person = (typeof PEOPLE)[number];

export interface OrgWorld {
  api: TestApi;
  ws: TestWorkspace;
  /** Employee ids. */
  e: Record<Person, string>;
  /** Signed-in users: each person (agents and managers), an analyst, an unlinked agent. */
  as: Record<Person | 'analyst' | 'unlinked', Browser>;
  /** An API key of the agent role. */
  agentKey: string;
  customer: string;
  close(): Promise<void>;
}

const MANAGERS: readonly Person[] = ['head', 'lead', 'other'];

export async function orgWorld(store: Store): Promise<OrgWorld> {
  const clock = new FakeClock('2026-01-05T09:00:00.000Z');
  const api = await testApi(store, { clock, ids: idsFor(clock) });
  const ws = await api.workspace('Org');
  const employee = async (name: Person, managerId?: string) =>
    (
      await ws.json<{ id: string }>('POST', '/api/v1/employees', {
        name: `${name[0]?.toUpperCase()}${name.slice(1)} Person`,
        email: `${name}@org.example`,
        ...(managerId ? { managerId } : {}),
      })
    ).id;
  const head = await employee('head');
  const lead = await employee('lead', head);
  const ann = await employee('ann', lead);
  const ben = await employee('ben', lead);
  const other = await employee('other');
  const cal = await employee('cal', other);
  const e: Record<Person, string> = { head, lead, ann, ben, other, cal };
  const as = {} as OrgWorld['as'];
  for (const p of PEOPLE)
    as[p] = await signIn(
      api.app,
      await addUser(ws, MANAGERS.includes(p) ? 'manager' : 'agent', { employeeId: e[p] }),
    );
  as.analyst = await signIn(api.app, await addUser(ws, 'analyst'));
  as.unlinked = await signIn(api.app, await addUser(ws, 'agent'));
  const agentKey = (
    await ws.json<{ key: string }>('POST', '/api/v1/keys', { name: 'agent key', role: 'agent' })
  ).key;
  const customer = (
    await ws.json<{ id: string }>('POST', '/api/v1/customers', {
      name: 'Cora Customer',
      email: 'cora@example.net',
    })
  ).id;
  return { api, ws, e, as, agentKey, customer, close: () => api.close() };
}
