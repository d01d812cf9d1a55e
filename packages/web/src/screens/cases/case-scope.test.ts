import { describe, expect, test } from 'vitest';
import type { Case, Team } from '@rapport/contracts';
import { caseScope, filtersFromSearch, filtersToQuery, mayOpenCase } from './case-scope.ts';

const team: Team = { id: 'tm_1', name: 'North', leadId: 'emp_lead', createdAt: '' };
const c = (over: Partial<Case>) =>
  ({ ownerId: null, escalatedToId: null, teamId: null, ...over }) as Case;

describe('which cases each role works on', () => {
  test('an agent: only their own (owned or escalated to them), which they may hand back', () => {
    const me = { role: 'agent' as const, employeeId: 'emp_a' };
    const scope = caseScope(me, undefined);
    const f = filtersFromSearch(new URLSearchParams('view=all&owner=emp_x'), scope);
    expect(f.view).toBe('mine');
    const q = filtersToQuery(f, me, scope);
    expect(q).toMatchObject({
      ownerId: 'emp_a',
      status: 'open,in_progress,waiting_on_customer,resolved',
    });
    expect(q.teamId).toBeUndefined();
    expect(mayOpenCase(me, c({ ownerId: 'emp_a' }), undefined)).toBe(true);
    expect(mayOpenCase(me, c({ escalatedToId: 'emp_a' }), undefined)).toBe(true);
    expect(mayOpenCase(me, c({ ownerId: 'emp_b', teamId: 'tm_1' }), team)).toBe(false);
    // Hands a case back up their manager chain (the choices are the server's: AssigneeSelect).
    expect(scope.canAssign).toBe(true);
    expect(caseScope({ role: 'agent', employeeId: null }, undefined).blocked).toMatch(/not linked/);
  });

  test("a manager: their team's by default, or theirs and escalated to them", () => {
    const me = { role: 'manager' as const, employeeId: 'emp_lead' };
    const scope = caseScope(me, team);
    expect(scope.views).toEqual(['team', 'mine']);
    const team$ = filtersFromSearch(new URLSearchParams('sla=breached'), scope);
    expect(filtersToQuery(team$, me, scope)).toMatchObject({
      teamId: 'tm_1',
      slaState: 'breached',
    });
    const mine = filtersFromSearch(new URLSearchParams('view=mine&status=closed'), scope);
    expect(filtersToQuery(mine, me, scope)).toMatchObject({
      ownerId: 'emp_lead',
      status: 'closed',
    });
    expect(mayOpenCase(me, c({ ownerId: 'emp_x', teamId: 'tm_1' }), team)).toBe(true);
    expect(mayOpenCase(me, c({ ownerId: 'emp_x', teamId: 'tm_2' }), team)).toBe(false);
    expect(mayOpenCase(me, c({ teamId: 'tm_2', escalatedToId: 'emp_lead' }), team)).toBe(true);
  });

  test('an analyst or admin: all cases, filtered by owner and team if they like', () => {
    const me = { role: 'admin' as const, employeeId: null };
    const scope = caseScope(me, undefined);
    expect(scope.views).toEqual(['all']);
    const f = filtersFromSearch(new URLSearchParams('owner=emp_x&team=tm_2&status=all'), scope);
    expect(filtersToQuery(f, me, scope)).toMatchObject({
      ownerId: 'emp_x',
      teamId: 'tm_2',
      status: undefined,
    });
    expect(mayOpenCase(me, c({ ownerId: 'emp_x' }), undefined)).toBe(true);
    // "Nobody (unassigned)": the cases attribution gave to no one.
    const nobody = filtersFromSearch(new URLSearchParams('owner=none'), scope);
    const q = filtersToQuery(nobody, me, scope);
    expect(q).toMatchObject({ unassigned: 'true' });
    expect(q.ownerId).toBeUndefined();
  });
});
