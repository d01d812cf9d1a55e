import type { EscalationRequest, Sentiment, Signal, SignalRepo, SignalSource } from '@rapport/core';
import type { Insertable, Selectable } from 'kysely';
import { fromJson, toJson } from '../codec.ts';
import type { SignalsTable } from '../schema.ts';
import type { RepoContext } from './db.ts';

export const toSignal = (r: Selectable<SignalsTable>): Signal => ({
  id: r.id,
  workspaceId: r.workspace_id,
  sourceType: r.source_type as SignalSource,
  sourceId: r.source_id,
  seq: Number(r.seq),
  customerId: r.customer_id,
  interactionId: r.interaction_id,
  responseId: r.response_id,
  channel: r.channel,
  stage: r.stage,
  speaker: r.speaker,
  sentiment: r.sentiment as Sentiment,
  ekman: fromJson<string[]>(r.ekman, []),
  emotions: fromJson<Record<string, number>>(r.emotions, {}),
  praise: Number(r.praise),
  churnRisk: Number(r.churn_risk),
  effort: Number(r.effort),
  humour: Number(r.humour),
  urgency: Number(r.urgency),
  escalation: r.escalation as EscalationRequest,
  triggers: fromJson<Record<string, string[]>>(r.triggers, {}),
  modelVersion: r.model_version,
  at: r.at,
  createdAt: r.created_at,
});

const toRow = (s: Signal): Insertable<SignalsTable> => ({
  workspace_id: s.workspaceId,
  id: s.id,
  source_type: s.sourceType,
  source_id: s.sourceId,
  seq: s.seq,
  customer_id: s.customerId,
  interaction_id: s.interactionId,
  response_id: s.responseId,
  channel: s.channel,
  stage: s.stage,
  speaker: s.speaker,
  sentiment: s.sentiment,
  ekman: toJson(s.ekman),
  emotions: toJson(s.emotions),
  praise: s.praise,
  churn_risk: s.churnRisk,
  effort: s.effort,
  humour: s.humour,
  urgency: s.urgency,
  escalation: s.escalation,
  triggers: toJson(s.triggers),
  model_version: s.modelVersion,
  at: s.at,
  created_at: s.createdAt,
});

export function signalRepository({ db }: RepoContext): SignalRepo {
  const all = (ws: string) => db.selectFrom('signals').selectAll().where('workspace_id', '=', ws);
  return {
    async get(ws, id) {
      const r = await all(ws).where('id', '=', id).executeTakeFirst();
      return r && toSignal(r);
    },
    async upsert(s) {
      const { workspace_id: _w, source_type: _t, source_id: _s, seq: _q, ...rest } = toRow(s);
      await db
        .insertInto('signals')
        .values(toRow(s))
        .onConflict((oc) =>
          oc.columns(['workspace_id', 'source_type', 'source_id', 'seq']).doUpdateSet(rest),
        )
        .execute();
    },
    async bySource(ws, sourceType, sourceId) {
      const rows = await all(ws)
        .where('source_type', '=', sourceType)
        .where('source_id', '=', sourceId)
        .orderBy('seq')
        .execute();
      return rows.map(toSignal);
    },
    async byCustomer(ws, customerId, limit) {
      const rows = await all(ws)
        .where('customer_id', '=', customerId)
        .orderBy('at')
        .orderBy('seq')
        .limit(limit)
        .execute();
      return rows.map(toSignal);
    },
    async deleteForCustomer(ws, customerId) {
      const r = await db
        .deleteFrom('signals')
        .where('workspace_id', '=', ws)
        .where('customer_id', '=', customerId)
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
