/**
 * What rows an actor sees beyond what its role may do (issue 11: "an agent sees their own
 * figures and praise; a manager their teams'; an analyst everything in the workspace").
 *
 * - admin, analyst: the whole workspace.
 * - manager: the work of themselves and everyone under them in the manager tree, transitively.
 * - agent: their own work.
 * - a user of those two roles not linked to an employee: nobody's work.
 * - API keys and the system keep their role's meaning: the whole workspace. A key belongs to
 *   an integration, not to a person in the org tree (docs/SECURITY.md).
 *
 * Services ask for this once per call and filter reads by it; a row outside it answers exactly
 * like a missing row (404), so nothing reveals that it exists.
 */
import type { Deps } from '../common/deps.ts';
import type { Ctx } from './actor.ts';

export type Visibility =
  | { kind: 'workspace' }
  | {
      kind: 'people';
      /** The actor's own employee, or null for a user not linked to one. */
      self: string | null;
      /** Self and, for a manager, everyone under them (empty when self is null). */
      employeeIds: readonly string[];
    };

export const WHOLE_WORKSPACE: Visibility = { kind: 'workspace' };

export async function visibility(d: Deps, ctx: Ctx): Promise<Visibility> {
  const { actor } = ctx;
  if (actor.kind !== 'user' || actor.role === 'admin' || actor.role === 'analyst')
    return WHOLE_WORKSPACE;
  const self = actor.employeeId;
  if (!self) return { kind: 'people', self: null, employeeIds: [] };
  if (actor.role === 'agent') return { kind: 'people', self, employeeIds: [self] };
  const under = await d.r.employees.reportsUnder(ctx.workspaceId, self);
  return { kind: 'people', self, employeeIds: [self, ...under.filter((id) => id !== self)] };
}

/** Whether the visibility covers this employee. */
export function seesEmployee(v: Visibility, employeeId: string | null | undefined): boolean {
  if (v.kind === 'workspace') return true;
  return employeeId != null && v.employeeIds.includes(employeeId);
}

/**
 * The people a scoped actor's reads are limited to, as a store filter (`visibleTo`): undefined
 * for the whole workspace, an empty list for nobody. Stores make it a condition of the query,
 * so filters and cursors only narrow it.
 */
export async function visiblePeople(d: Deps, ctx: Ctx): Promise<readonly string[] | undefined> {
  const v = await visibility(d, ctx);
  return v.kind === 'workspace' ? undefined : v.employeeIds;
}
