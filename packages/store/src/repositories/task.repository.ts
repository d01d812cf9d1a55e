import type { FollowUpMethod, Task, TaskKind, TaskRepo, TaskStatus } from '@rapport/core';
import { sql, type Insertable, type Selectable } from 'kysely';
import { decodeCursor, pageOf } from '../codec.ts';
import type { TasksTable } from '../schema.ts';
import type { RepoContext } from './db.ts';

const toTask = (r: Selectable<TasksTable>): Task => ({
  id: r.id,
  workspaceId: r.workspace_id,
  kind: r.kind as TaskKind,
  title: r.title,
  customerId: r.customer_id,
  praiseId: r.praise_id,
  caseId: r.case_id,
  assigneeId: r.assignee_id,
  status: r.status as TaskStatus,
  dueAt: r.due_at,
  completedAt: r.completed_at,
  method: r.method as FollowUpMethod | null,
  note: r.note,
  interactionId: r.interaction_id,
  createdAt: r.created_at,
});

const toRow = (t: Task): Insertable<TasksTable> => ({
  workspace_id: t.workspaceId,
  id: t.id,
  kind: t.kind,
  title: t.title,
  customer_id: t.customerId,
  praise_id: t.praiseId,
  case_id: t.caseId,
  assignee_id: t.assigneeId,
  status: t.status,
  due_at: t.dueAt,
  completed_at: t.completedAt,
  method: t.method,
  note: t.note,
  interaction_id: t.interactionId,
  created_at: t.createdAt,
});

export function taskRepository({ db }: RepoContext): TaskRepo {
  const all = (ws: string) => db.selectFrom('tasks').selectAll().where('workspace_id', '=', ws);
  return {
    async get(ws, id) {
      const r = await all(ws).where('id', '=', id).executeTakeFirst();
      return r && toTask(r);
    },
    async insert(t) {
      await db.insertInto('tasks').values(toRow(t)).execute();
    },
    async update(t) {
      const { workspace_id, id, created_at: _c, ...rest } = toRow(t);
      await db
        .updateTable('tasks')
        .set(rest)
        .where('workspace_id', '=', workspace_id)
        .where('id', '=', id)
        .execute();
    },
    async list(ws, f, page) {
      let q = all(ws);
      if (f.assigneeId) q = q.where('assignee_id', '=', f.assigneeId);
      if (f.status) q = q.where('status', '=', f.status);
      if (f.customerId) q = q.where('customer_id', '=', f.customerId);
      if (f.praiseId) q = q.where('praise_id', '=', f.praiseId);
      if (f.caseId) q = q.where('case_id', '=', f.caseId);
      if (f.visibleTo)
        q = f.visibleTo.length
          ? q.where('assignee_id', 'in', [...f.visibleTo])
          : q.where(sql<boolean>`1 = 0`);
      if (page.cursor) {
        const [id] = decodeCursor(page.cursor, 1).map(String) as [string];
        q = q.where('id', '<', id);
      }
      const rows = await q
        .orderBy('id', 'desc')
        .limit(page.limit + 1)
        .execute();
      return pageOf(rows, page.limit, toTask, (r) => [r.id]);
    },
  };
}
