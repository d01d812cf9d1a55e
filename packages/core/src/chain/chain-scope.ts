/**
 * Who sees which part of the chain (issue 11, docs/SECURITY.md § 9). The chain is about teams:
 *
 * - analysts, admins and API keys: every team and manager;
 * - a manager: the teams led by themselves or anyone under them, and the leadership rows of
 *   those people; the company's figures stay beside them as the benchmark (anonymised like
 *   every cell), but not the company's pulse comments, which are the other teams' words;
 * - an agent (and an agent or manager user not linked to an employee): refused, 403 — their
 *   own pulse answers are anonymous and a team figure is their lead's to read.
 */
import type { Ctx } from '../auth/actor.ts';
import { visibility } from '../auth/visibility.ts';
import type { Deps } from '../common/deps.ts';
import type { Team } from '../employees/employee.ts';
import { DomainError } from '../errors/domain-error.ts';

/** The people whose teams and leadership a manager sees; undefined: everyone. */
export async function chainPeople(d: Deps, ctx: Ctx): Promise<readonly string[] | undefined> {
  const v = await visibility(d, ctx);
  if (v.kind === 'workspace') return undefined;
  if (ctx.actor.role !== 'manager' || v.self === null)
    throw new DomainError(
      'forbidden',
      'The chain shows teams to their managers, analysts and admins; it has no figures of yours.',
    );
  return v.employeeIds;
}

/** Whether a team is a manager's: led by them or someone under them. */
export const leadsTeam = (people: readonly string[] | undefined, t: Team): boolean =>
  !people || (t.leadId !== null && people.includes(t.leadId));
