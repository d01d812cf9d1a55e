/**
 * To whom an actor may hand work — a case's owner, a task's assignee (issue 11):
 *
 * - admin, analyst, API keys and the system: anyone in the workspace;
 * - manager: themselves and anyone under them in the manager tree;
 * - agent: themselves, or up their own manager chain (handing it back);
 * - an agent or manager user not linked to an employee: nobody.
 *
 * Leaving work without an owner is for the first group only: an unowned case or task is outside
 * every agent's and manager's scope, so it would vanish from the hands of whoever dropped it.
 * A refusal is 422 naming the field.
 */
import type { Deps } from '../common/deps.ts';
import { invalid } from '../errors/domain-error.ts';
import { authorize, type Ctx } from './actor.ts';
import { visibility } from './visibility.ts';

/** The actor's manager chain, nearest first (a cycle stops the walk). */
async function chainUp(d: Deps, ctx: Ctx, self: string): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set([self]);
  let next = (await d.r.employees.get(ctx.workspaceId, self))?.managerId ?? null;
  while (next && !seen.has(next)) {
    seen.add(next);
    out.push(next);
    next = (await d.r.employees.get(ctx.workspaceId, next))?.managerId ?? null;
  }
  return out;
}

/** Who a scoped actor may assign to; undefined: anyone. */
export async function assignableTo(d: Deps, ctx: Ctx): Promise<readonly string[] | undefined> {
  const v = await visibility(d, ctx);
  if (v.kind === 'workspace') return undefined;
  if (v.self === null) return [];
  if (ctx.actor.role === 'agent') return [v.self, ...(await chainUp(d, ctx, v.self))];
  return v.employeeIds;
}

/** Throws 422 on `field` unless the actor may hand work to this employee (null: nobody). */
export async function checkAssignable(
  d: Deps,
  ctx: Ctx,
  employeeId: string | null,
  field: string,
): Promise<void> {
  const allowed = await assignableTo(d, ctx);
  if (!allowed || (employeeId !== null && allowed.includes(employeeId))) return;
  const whom =
    ctx.actor.role === 'agent'
      ? 'yourself or someone up your manager chain'
      : 'yourself or someone under you in the manager tree';
  throw invalid(
    field,
    employeeId === null
      ? `Hand it to ${whom}; only an analyst or admin leaves it without an owner.`
      : `You may assign to ${whom}.`,
  );
}

/** To whom the actor may hand work, for the forms that offer the choice (issue 11). */
export interface Assignees {
  /** True for admins, analysts and API keys: any active employee. */
  anyone: boolean;
  /** Whether the actor may leave a case or task without an owner. */
  unowned: boolean;
  /** When not `anyone`: the employees allowed (self first); empty for an unlinked user. */
  employeeIds: string[];
}

/** `GET /api/v1/cases/assignees`: the rule of checkAssignable, as data for the web's choices. */
export async function listAssignees(d: Deps, ctx: Ctx): Promise<Assignees> {
  authorize(ctx, 'cases:write');
  const allowed = await assignableTo(d, ctx);
  if (!allowed) return { anyone: true, unowned: true, employeeIds: [] };
  return { anyone: false, unowned: false, employeeIds: [...allowed] };
}
