import type { Condition, Rule, RuleAction, RuleRepo, RuleTrigger } from '@rapport/core';
import type { Insertable, Selectable } from 'kysely';
import { flag, fromJson, isSet, toJson } from '../codec.ts';
import type { RulesTable } from '../schema.ts';
import type { RepoContext } from './db.ts';
import { signalRepository } from './signal.repository.ts';

const toRule = (r: Selectable<RulesTable>): Rule => ({
  id: r.id,
  workspaceId: r.workspace_id,
  name: r.name,
  enabled: isSet(r.enabled),
  trigger: r.trigger as RuleTrigger,
  condition: fromJson<Condition>(r.condition, { all: [] }),
  actions: fromJson<RuleAction[]>(r.actions, []),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toRow = (r: Rule): Insertable<RulesTable> => ({
  workspace_id: r.workspaceId,
  id: r.id,
  name: r.name,
  enabled: flag(r.enabled),
  trigger: r.trigger,
  condition: toJson(r.condition),
  actions: toJson(r.actions),
  created_at: r.createdAt,
  updated_at: r.updatedAt,
});

export function ruleRepository(ctx: RepoContext): RuleRepo {
  const { db } = ctx;
  const all = (ws: string) => db.selectFrom('rules').selectAll().where('workspace_id', '=', ws);
  return {
    async get(ws, id) {
      const r = await all(ws).where('id', '=', id).executeTakeFirst();
      return r && toRule(r);
    },
    async list(ws, f) {
      let q = all(ws);
      if (f.trigger) q = q.where('trigger', '=', f.trigger);
      if (f.enabled !== undefined) q = q.where('enabled', '=', flag(f.enabled));
      const rows = await q.orderBy('created_at').orderBy('id').execute();
      return rows.map(toRule);
    },
    async insert(r) {
      await db.insertInto('rules').values(toRow(r)).execute();
    },
    async update(r) {
      const { workspace_id, id, created_at: _c, ...rest } = toRow(r);
      await db
        .updateTable('rules')
        .set(rest)
        .where('workspace_id', '=', workspace_id)
        .where('id', '=', id)
        .execute();
    },
    async delete(ws, id) {
      const r = await db
        .deleteFrom('rules')
        .where('workspace_id', '=', ws)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    async signalsBetween(ws, from, to, limit) {
      const rows = await db
        .selectFrom('signals')
        .select('id')
        .where('workspace_id', '=', ws)
        .where('at', '>=', from)
        .where('at', '<', to)
        .orderBy('at')
        .orderBy('id')
        .limit(limit)
        .execute();
      const signals = signalRepository(ctx);
      const out = [];
      for (const r of rows) {
        const s = await signals.get(ws, r.id);
        if (s) out.push(s);
      }
      return out;
    },
  };
}
