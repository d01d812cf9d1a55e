import type { Selectable } from 'kysely';
import type { AuditEntry, AuditRepo } from '@rapport/core';
import { decodeCursor, fromJson, pageOf, toJson } from '../codec.ts';
import type { AuditLogTable } from '../schema.ts';
import type { RepoContext } from './db.ts';

const toEntry = (r: Selectable<AuditLogTable>): AuditEntry => ({
  id: r.id,
  workspaceId: r.workspace_id,
  at: r.at,
  actorKind: r.actor_kind as AuditEntry['actorKind'],
  actorId: r.actor_id,
  action: r.action,
  targetType: r.target_type,
  targetId: r.target_id,
  outcome: r.outcome as AuditEntry['outcome'],
  detail: fromJson(r.detail, {}),
});

export function auditRepository({ db }: RepoContext): AuditRepo {
  return {
    async record(e) {
      await db
        .insertInto('audit_log')
        .values({
          workspace_id: e.workspaceId,
          id: e.id,
          at: e.at,
          actor_kind: e.actorKind,
          actor_id: e.actorId,
          action: e.action,
          target_type: e.targetType,
          target_id: e.targetId,
          outcome: e.outcome,
          detail: toJson(e.detail),
        })
        .execute();
    },
    async list(ws, filter, page) {
      let q = db.selectFrom('audit_log').selectAll().where('workspace_id', '=', ws);
      if (filter.action) q = q.where('action', '=', filter.action);
      if (filter.actorId) q = q.where('actor_id', '=', filter.actorId);
      if (filter.targetId) q = q.where('target_id', '=', filter.targetId);
      if (filter.outcome) q = q.where('outcome', '=', filter.outcome);
      if (filter.from) q = q.where('at', '>=', filter.from);
      if (filter.to) q = q.where('at', '<', filter.to);
      if (page.cursor) {
        const [id] = decodeCursor(page.cursor, 1);
        q = q.where('id', '<', String(id));
      }
      const rows = await q
        .orderBy('id', 'desc')
        .limit(page.limit + 1)
        .execute();
      return pageOf(rows, page.limit, toEntry, (r) => [r.id]);
    },
  };
}
