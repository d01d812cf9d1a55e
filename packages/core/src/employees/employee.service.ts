import { blankToNull } from '../common/blank.ts';
import { authorize, type Ctx } from '../auth/actor.ts';
import type { Deps } from '../common/deps.ts';
import type { Page, PageRequest } from '../common/page.ts';
import { DomainError, invalid, notFound } from '../errors/domain-error.ts';
import {
  managerChain,
  type Employee,
  type EmployeeFilter,
  type EmployeeInput,
  type Team,
} from './employee.ts';

async function checkRefs(
  d: Deps,
  ctx: Ctx,
  input: Partial<EmployeeInput>,
  selfId?: string,
): Promise<void> {
  const ws = ctx.workspaceId;
  if (input.teamId && !(await d.r.teams.get(ws, input.teamId))) {
    throw invalid('teamId', `No team ${input.teamId} in this workspace.`);
  }
  if (input.managerId) {
    if (input.managerId === selfId)
      throw invalid('managerId', 'An employee cannot be their own manager.');
    if (!(await d.r.employees.get(ws, input.managerId))) {
      throw invalid('managerId', `No employee ${input.managerId} in this workspace.`);
    }
    if (selfId) {
      // Walk up from the new manager: meeting selfId would close a loop in the org tree.
      const managers = new Map<string, string | null>();
      let cursor: string | null = input.managerId;
      while (cursor && !managers.has(cursor)) {
        const e = await d.r.employees.get(ws, cursor);
        managers.set(cursor, e?.managerId ?? null);
        if (e?.managerId === selfId)
          throw invalid(
            'managerId',
            'That manager reports to this employee: the org tree would loop.',
          );
        cursor = e?.managerId ?? null;
      }
    }
  }
  const externalId = blankToNull(input.externalId);
  if (externalId) {
    const other = await d.r.employees.getByExternalId(ws, externalId);
    if (other && other.id !== selfId) {
      throw new DomainError(
        'conflict',
        `An employee with externalId ${externalId} exists already (${other.id}).`,
        {
          field: 'externalId',
        },
      );
    }
  }
}

export async function createEmployee(d: Deps, ctx: Ctx, input: EmployeeInput): Promise<Employee> {
  authorize(ctx, 'employees:write');
  await checkRefs(d, ctx, input);
  const now = d.clock.now().toISOString();
  const e: Employee = {
    id: d.ids.id('emp'),
    workspaceId: ctx.workspaceId,
    externalId: blankToNull(input.externalId),
    name: input.name,
    email: input.email ?? null,
    phone: input.phone ?? null,
    title: input.title ?? null,
    teamId: input.teamId ?? null,
    managerId: input.managerId ?? null,
    active: input.active ?? true,
    createdAt: now,
    updatedAt: now,
  };
  await d.r.employees.insert(e);
  return e;
}

export async function getEmployee(d: Deps, ctx: Ctx, id: string): Promise<Employee> {
  authorize(ctx, 'employees:read');
  const e = await d.r.employees.get(ctx.workspaceId, id);
  if (!e) throw notFound('employee', id);
  return e;
}

export async function listEmployees(
  d: Deps,
  ctx: Ctx,
  filter: EmployeeFilter,
  page: PageRequest,
): Promise<Page<Employee>> {
  authorize(ctx, 'employees:read');
  return d.r.employees.list(ctx.workspaceId, filter, page);
}

export async function updateEmployee(
  d: Deps,
  ctx: Ctx,
  id: string,
  patch: Partial<EmployeeInput>,
): Promise<Employee> {
  authorize(ctx, 'employees:write');
  const current = await getEmployee(d, ctx, id);
  await checkRefs(d, ctx, patch, id);
  const next: Employee = { ...current, updatedAt: d.clock.now().toISOString() };
  for (const key of ['externalId', 'email', 'phone', 'title', 'teamId', 'managerId'] as const) {
    const v = patch[key];
    if (v !== undefined) next[key] = v;
  }
  if (patch.externalId !== undefined) next.externalId = blankToNull(patch.externalId);
  if (patch.name !== undefined) next.name = patch.name;
  if (patch.active !== undefined) next.active = patch.active;
  await d.r.employees.update(next);
  return next;
}

export async function deleteEmployee(d: Deps, ctx: Ctx, id: string): Promise<void> {
  authorize(ctx, 'employees:write');
  await getEmployee(d, ctx, id);
  const reports = await d.r.employees.countReports(ctx.workspaceId, id);
  if (reports > 0) {
    throw new DomainError(
      'conflict',
      `Employee ${id} manages ${reports} people; reassign them first.`,
      { field: 'id' },
    );
  }
  await d.r.employees.delete(ctx.workspaceId, id);
}

/** The chain of managers above an employee, nearest first (for escalation and praise). */
export async function chainOf(d: Deps, ctx: Ctx, employeeId: string): Promise<Employee[]> {
  const start = await d.r.employees.get(ctx.workspaceId, employeeId);
  if (!start) throw notFound('employee', employeeId);
  // Each step needs the previous manager's row; the walk stops at a loop or a missing link.
  const chain: Employee[] = [];
  let cur: Employee | undefined = start;
  const ids = new Set<string>([start.id]);
  while (cur?.managerId && !ids.has(cur.managerId) && chain.length < 32) {
    const m: Employee | undefined = await d.r.employees.get(ctx.workspaceId, cur.managerId);
    if (!m) break;
    ids.add(m.id);
    chain.push(m);
    cur = m;
  }
  return chain;
}

export async function createTeam(
  d: Deps,
  ctx: Ctx,
  input: { name: string; leadId?: string | null },
): Promise<Team> {
  authorize(ctx, 'employees:write');
  if (input.leadId && !(await d.r.employees.get(ctx.workspaceId, input.leadId))) {
    throw invalid('leadId', `No employee ${input.leadId} in this workspace.`);
  }
  const t: Team = {
    id: d.ids.id('tm'),
    workspaceId: ctx.workspaceId,
    name: input.name,
    leadId: input.leadId ?? null,
    createdAt: d.clock.now().toISOString(),
  };
  await d.r.teams.insert(t);
  return t;
}

export async function updateTeam(
  d: Deps,
  ctx: Ctx,
  id: string,
  patch: { name?: string; leadId?: string | null },
): Promise<Team> {
  authorize(ctx, 'employees:write');
  const t = await d.r.teams.get(ctx.workspaceId, id);
  if (!t) throw notFound('team', id);
  if (patch.leadId && !(await d.r.employees.get(ctx.workspaceId, patch.leadId))) {
    throw invalid('leadId', `No employee ${patch.leadId} in this workspace.`);
  }
  const next: Team = {
    ...t,
    name: patch.name ?? t.name,
    leadId: patch.leadId === undefined ? t.leadId : patch.leadId,
  };
  await d.r.teams.update(next);
  return next;
}

export { managerChain };
