import { describe, expect, it } from 'vitest';
import type { Deps } from '../common/deps.ts';
import type { Employee } from '../employees/employee.ts';
import type { Repos } from '../ports/repos.ts';
import { withDefaults } from '../workspace/workspace.ts';
import { caseOwner } from './case-owner.ts';

const lead: Employee = {
  id: 'emp_default',
  workspaceId: 'ws_1',
  externalId: null,
  name: 'Dana Default',
  email: null,
  phone: null,
  title: 'head of service',
  teamId: 'team_care',
  managerId: null,
  active: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

/** Repositories that know one employee and count the workspace reads. */
function deps(): { d: Deps; workspaceReads: () => number } {
  let reads = 0;
  const stored = withDefaults({
    closedLoop: { ...withDefaults({}).closedLoop, defaultOwnerId: lead.id },
  });
  const r = {
    employees: {
      get: (_ws: string, id: string) => Promise.resolve(id === lead.id ? lead : undefined),
    },
    teams: { get: () => Promise.resolve(undefined) },
    workspaces: {
      get: (id: string) => {
        reads++;
        return Promise.resolve({ id, name: 'W', settings: stored, createdAt: lead.createdAt });
      },
    },
  } as unknown as Repos;
  const d = { r, clock: { now: () => new Date() }, ids: { id: (p: string) => `${p}_1` } } as Deps;
  return { d, workspaceReads: () => reads };
}

const basis = { scope: 'relationship' as const, customer: null, interaction: null };

describe("a case's owner when attribution finds nobody", () => {
  it("falls back to the workspace's default owner, reading its settings", async () => {
    const { d, workspaceReads } = deps();
    const owner = await caseOwner(d, 'ws_1', 'attribution', basis);
    expect(owner).toEqual({
      ownerId: lead.id,
      teamId: lead.teamId,
      why: 'the workspace default case owner',
    });
    expect(workspaceReads()).toBe(1);
  });

  it('uses settings the caller has read already, without reading them again', async () => {
    const { d, workspaceReads } = deps();
    const settings = withDefaults({
      closedLoop: { ...withDefaults({}).closedLoop, defaultOwnerId: lead.id },
    });
    const owner = await caseOwner(d, 'ws_1', 'retention', { ...basis, settings });
    expect(owner.ownerId).toBe(lead.id);
    expect(workspaceReads()).toBe(0);
    // The settings given decide: without a default owner, nobody.
    const none = await caseOwner(d, 'ws_1', 'retention', { ...basis, settings: withDefaults({}) });
    expect(none.ownerId).toBeNull();
    expect(workspaceReads()).toBe(0);
  });
});
