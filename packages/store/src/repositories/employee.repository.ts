import type { Insertable, Selectable } from 'kysely';
import type { Employee, EmployeeRepo, Team, TeamRepo } from '@rapport/core';
import { decodeCursor, ilikeContains, flag, isSet, num, pageOf } from '../codec.ts';
import type { EmployeesTable, TeamsTable } from '../schema.ts';
import type { RepoContext } from './db.ts';
import { idsByExternalId } from './external-ids.ts';

const toEmployee = (r: Selectable<EmployeesTable>): Employee => ({
  id: r.id,
  workspaceId: r.workspace_id,
  externalId: r.external_id,
  name: r.name,
  email: r.email,
  phone: r.phone,
  title: r.title,
  teamId: r.team_id,
  managerId: r.manager_id,
  active: isSet(r.active),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toRow = (e: Employee): Insertable<EmployeesTable> => ({
  workspace_id: e.workspaceId,
  id: e.id,
  external_id: e.externalId,
  name: e.name,
  email: e.email,
  phone: e.phone,
  title: e.title,
  team_id: e.teamId,
  manager_id: e.managerId,
  active: flag(e.active),
  created_at: e.createdAt,
  updated_at: e.updatedAt,
});

export function employeeRepository({ db }: RepoContext): EmployeeRepo {
  const all = (ws: string) => db.selectFrom('employees').selectAll().where('workspace_id', '=', ws);
  return {
    async get(ws, id) {
      const r = await all(ws).where('id', '=', id).executeTakeFirst();
      return r && toEmployee(r);
    },
    async getMany(ws, ids) {
      if (ids.length === 0) return [];
      const rows = await all(ws)
        .where('id', 'in', [...ids])
        .execute();
      return rows.map(toEmployee);
    },
    async getByExternalId(ws, externalId) {
      const r = await all(ws).where('external_id', '=', externalId).executeTakeFirst();
      return r && toEmployee(r);
    },
    idsByExternalId: (ws, externalIds) => idsByExternalId(db, 'employees', ws, externalIds),
    async list(ws, f, page) {
      let q = all(ws);
      if (f.teamId) q = q.where('team_id', '=', f.teamId);
      if (f.managerId) q = q.where('manager_id', '=', f.managerId);
      if (f.externalId) q = q.where('external_id', '=', f.externalId);
      if (f.q) q = q.where(ilikeContains('name', f.q));
      if (page.cursor) {
        const [id] = decodeCursor(page.cursor, 1);
        q = q.where('id', '>', String(id));
      }
      const rows = await q
        .orderBy('id')
        .limit(page.limit + 1)
        .execute();
      return pageOf(rows, page.limit, toEmployee, (r) => [r.id]);
    },
    async insert(e) {
      await db.insertInto('employees').values(toRow(e)).execute();
    },
    async update(e) {
      const { workspace_id, id, ...rest } = toRow(e);
      await db
        .updateTable('employees')
        .set(rest)
        .where('workspace_id', '=', workspace_id)
        .where('id', '=', id)
        .execute();
    },
    async delete(ws, id) {
      const r = await db
        .deleteFrom('employees')
        .where('workspace_id', '=', ws)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    async reportsUnder(ws, managerId) {
      // One query per level of the tree, not per person.
      const seen = new Set<string>([managerId]);
      const out: string[] = [];
      let level = [managerId];
      while (level.length) {
        const rows = await db
          .selectFrom('employees')
          .select('id')
          .where('workspace_id', '=', ws)
          .where('manager_id', 'in', level)
          .execute();
        level = [];
        for (const { id } of rows)
          if (!seen.has(id)) {
            seen.add(id);
            out.push(id);
            level.push(id);
          }
      }
      return out;
    },
    async countReports(ws, managerId) {
      const r = await db
        .selectFrom('employees')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('workspace_id', '=', ws)
        .where('manager_id', '=', managerId)
        .executeTakeFirst();
      return num(r?.n);
    },
  };
}

const toTeam = (r: Selectable<TeamsTable>): Team => ({
  id: r.id,
  workspaceId: r.workspace_id,
  name: r.name,
  leadId: r.lead_id,
  createdAt: r.created_at,
});

export function teamRepository({ db }: RepoContext): TeamRepo {
  return {
    async get(ws, id) {
      const r = await db
        .selectFrom('teams')
        .selectAll()
        .where('workspace_id', '=', ws)
        .where('id', '=', id)
        .executeTakeFirst();
      return r && toTeam(r);
    },
    async list(ws) {
      const rows = await db
        .selectFrom('teams')
        .selectAll()
        .where('workspace_id', '=', ws)
        .orderBy('name')
        .execute();
      return rows.map(toTeam);
    },
    async insert(t) {
      await db
        .insertInto('teams')
        .values({
          workspace_id: t.workspaceId,
          id: t.id,
          name: t.name,
          lead_id: t.leadId,
          created_at: t.createdAt,
        })
        .execute();
    },
    async update(t) {
      await db
        .updateTable('teams')
        .set({ name: t.name, lead_id: t.leadId })
        .where('workspace_id', '=', t.workspaceId)
        .where('id', '=', t.id)
        .execute();
    },
  };
}
