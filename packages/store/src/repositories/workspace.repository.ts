import type { Selectable } from 'kysely';
import {
  withDefaults,
  type Workspace,
  type WorkspaceRepo,
  type WorkspaceSettings,
} from '@rapport/core';
import { fromJson, toJson } from '../codec.ts';
import type { WorkspacesTable } from '../schema.ts';
import type { RepoContext } from './db.ts';

const toWorkspace = (r: Selectable<WorkspacesTable>): Workspace => ({
  id: r.workspace_id,
  name: r.name,
  settings: withDefaults(fromJson<Partial<WorkspaceSettings>>(r.settings, {})),
  createdAt: r.created_at,
});

export function workspaceRepository({ db }: RepoContext): WorkspaceRepo {
  return {
    async get(id) {
      const r = await db
        .selectFrom('workspaces')
        .selectAll()
        .where('workspace_id', '=', id)
        .executeTakeFirst();
      return r && toWorkspace(r);
    },
    async list() {
      const rows = await db.selectFrom('workspaces').selectAll().orderBy('created_at').execute();
      return rows.map(toWorkspace);
    },
    async insert(w) {
      await db
        .insertInto('workspaces')
        .values({
          workspace_id: w.id,
          name: w.name,
          settings: toJson(w.settings),
          created_at: w.createdAt,
        })
        .execute();
    },
    async updateSettings(id, settings) {
      await db
        .updateTable('workspaces')
        .set({ settings: toJson(settings) })
        .where('workspace_id', '=', id)
        .execute();
    },
  };
}
