/**
 * What the closed-loop and praise specs arrange through the public API (and the queue): the
 * demo's agent, her manager and his manager (who gets a sign-in), a customer of the agent's,
 * and the demo's analysis backlog put off so the spec's own events are handled at once.
 */
import type { ApiClient, Employee } from '@rapport/contracts';
import type { Store } from '@rapport/store';
import { expect } from 'vitest';
import type { E2e } from './harness.ts';

export const HOSTILE = '<img src=x onerror=alert(1)>';

/**
 * `rapport demo` leaves thousands of analysis and rule jobs queued (the worker takes minutes to
 * get through them on a small machine); a spec's own response would wait behind them. They are
 * moved a day ahead — the rules and the worker are the same, only the order changes.
 */
export async function putOffDemoBacklog(store: Store): Promise<number> {
  const now = new Date().toISOString();
  const later = new Date(Date.now() + 86_400_000).toISOString();
  const res = await store.transact((tx) =>
    tx
      .updateTable('jobs')
      .set({ run_at: later })
      .where('status', '=', 'queued')
      .where('run_at', '<=', now)
      .executeTakeFirst(),
  );
  return Number(res.numUpdatedRows);
}

export interface LoopWorld {
  agent: Employee;
  manager: Employee;
  head: Employee;
  headUser: { email: string; password: string };
  customerId: string;
  customerName: string;
}

async function employeeOfRole(api: ApiClient, role: 'agent' | 'manager'): Promise<Employee> {
  const user = (await api.users.list()).items.find((u) => u.role === role && u.employeeId);
  if (!user?.employeeId) throw new Error(`the demo has no ${role} linked to an employee`);
  return api.employees.get(user.employeeId);
}

export async function loopWorld(e2e: E2e): Promise<LoopWorld> {
  const api = e2e.server.api;
  await putOffDemoBacklog(e2e.server.store);
  const agent = await employeeOfRole(api, 'agent');
  const manager = await employeeOfRole(api, 'manager');
  expect(agent.managerId).toBe(manager.id);
  if (!manager.managerId) throw new Error('the demo manager has no manager');
  const head = await api.employees.get(manager.managerId);
  const headUser = {
    email: `head.${Date.now()}@northwind.example`,
    password: 'a long head password 42',
  };
  await api.users.create({ ...headUser, name: head.name, role: 'manager', employeeId: head.id });
  const customer = (await api.customers.list({ limit: 40 })).items.find((c) => c.name && c.email);
  if (!customer) throw new Error('the demo has no customer');
  // The agent looks after this account: she is its relationship owner.
  await api.customers.update(customer.id, { relationshipOwnerId: agent.id });
  return {
    agent,
    manager,
    head,
    headUser,
    customerId: customer.id,
    customerName: customer.name ?? '',
  };
}

/** Signs in as any user (the harness signs in the demo's four). */
export async function signInAs(e2e: E2e, user: { email: string; password: string }) {
  await e2e.context.clearCookies();
  const page = await e2e.newPage();
  await page.goto(`${e2e.server.url}/overview`);
  await page.getByLabel('E-mail').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return page;
}
