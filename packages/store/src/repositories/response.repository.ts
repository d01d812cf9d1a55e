import type {
  Answer,
  AnswerMetric,
  AnswerScope,
  InvitationChannel,
  ResponseFilter,
  ResponseRepo,
  SurveyKind,
  SurveyResponse,
} from '@rapport/core';
import { sql, type Selectable } from 'kysely';
import { flag, fromJson, isSet, num, pageOf, pastCursor, toJson } from '../codec.ts';
import type { AnswersTable, ResponsesTable } from '../schema.ts';
import type { RepoContext } from './db.ts';
import { responseInScope } from './people-scope.ts';
import { addToRollups } from './rollup-writes.ts';
import { rollupHistograms } from './rollups.ts';

const toAnswer = (a: Selectable<AnswersTable>): Answer => ({
  questionId: a.question_id,
  metric: a.metric as AnswerMetric | null,
  scope: a.scope as AnswerScope,
  valueNum: a.value_num === null ? null : Number(a.value_num),
  valueText: a.value_text,
  valueJson: fromJson(a.value_json, null),
  scaleMin: a.scale_min === null ? null : Number(a.scale_min),
  scaleMax: a.scale_max === null ? null : Number(a.scale_max),
  topBoxMin: a.top_box_min === null ? null : Number(a.top_box_min),
  agentId: a.agent_id,
  teamId: a.team_id,
  ownerId: a.owner_id,
  managerId: a.manager_id,
});

const toResponse = (r: Selectable<ResponsesTable>, answers: Answer[]): SurveyResponse => ({
  id: r.id,
  workspaceId: r.workspace_id,
  invitationId: r.invitation_id,
  externalId: r.external_id ?? null,
  surveyId: r.survey_id,
  surveyVersion: Number(r.survey_version),
  surveyKind: r.survey_kind as SurveyKind,
  channel: r.channel as InvitationChannel,
  stage: r.stage,
  customerId: r.customer_id,
  interactionId: r.interaction_id,
  segment: r.segment,
  comment: r.comment,
  completed: isSet(r.completed),
  submittedAt: r.submitted_at,
  createdAt: r.created_at,
  answers,
});

export function responseRepository({ db, dialect }: RepoContext): ResponseRepo {
  async function answersOf(ws: string, ids: string[]): Promise<Map<string, Answer[]>> {
    const out = new Map<string, Answer[]>(ids.map((id) => [id, []]));
    if (!ids.length) return out;
    const rows = await db
      .selectFrom('answers')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('response_id', 'in', ids)
      .execute();
    for (const a of rows) out.get(a.response_id)?.push(toAnswer(a));
    return out;
  }
  function filtered(ws: string, f: ResponseFilter) {
    let q = db.selectFrom('responses').where('workspace_id', '=', ws);
    if (f.surveyId) q = q.where('survey_id', '=', f.surveyId);
    if (f.customerId) q = q.where('customer_id', '=', f.customerId);
    if (f.interactionId) q = q.where('interaction_id', '=', f.interactionId);
    if (f.from) q = q.where('submitted_at', '>=', f.from);
    if (f.to) q = q.where('submitted_at', '<', f.to);
    if (f.channel) q = q.where('channel', '=', f.channel);
    if (f.stage) q = q.where('stage', '=', f.stage);
    if (f.segment) q = q.where('segment', '=', f.segment);
    if (f.ids) q = f.ids.length ? q.where('id', 'in', [...f.ids]) : q.where(sql<boolean>`1 = 0`);
    if (f.visibleTo) q = q.where(responseInScope(db, ws, f.visibleTo));
    const { metric, scope, scaleMin, scaleMax, teamId, agentId, ownerId } = f;
    const byAnswer = [metric, scope, scaleMin, scaleMax, teamId, agentId, ownerId];
    if (byAnswer.every((v) => v === undefined || v === '')) return q;
    // The figure's own answers: one of this response's answers matches every answer filter.
    return q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('answers as a')
          .select('a.question_id')
          .whereRef('a.workspace_id', '=', 'responses.workspace_id')
          .whereRef('a.response_id', '=', 'responses.id')
          .$if(metric !== undefined, (s) =>
            s.where('a.metric', '=', metric ?? '').where('a.value_num', 'is not', null),
          )
          .$if(scope !== undefined, (s) => s.where('a.scope', '=', scope ?? ''))
          .$if(scaleMin !== undefined, (s) => s.where('a.scale_min', '=', scaleMin ?? 0))
          .$if(scaleMax !== undefined, (s) => s.where('a.scale_max', '=', scaleMax ?? 0))
          .$if(!!teamId, (s) => s.where('a.team_id', '=', teamId ?? ''))
          .$if(!!agentId, (s) => s.where('a.agent_id', '=', agentId ?? ''))
          .$if(!!ownerId, (s) => s.where('a.owner_id', '=', ownerId ?? '')),
      ),
    );
  }
  return {
    async get(ws, id) {
      const r = await db
        .selectFrom('responses')
        .selectAll()
        .where('workspace_id', '=', ws)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!r) return undefined;
      return toResponse(r, (await answersOf(ws, [id])).get(id) ?? []);
    },
    async findByExternalId(ws, externalId) {
      const r = await db
        .selectFrom('responses')
        .selectAll()
        .where('workspace_id', '=', ws)
        .where('external_id', '=', externalId)
        .executeTakeFirst();
      if (!r) return undefined;
      return toResponse(r, (await answersOf(ws, [r.id])).get(r.id) ?? []);
    },
    async count(ws, f) {
      const row = await filtered(ws, f)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst();
      return num(row?.n);
    },
    async list(ws, f, page) {
      let q = filtered(ws, f).selectAll();
      if (page.cursor) {
        q = q.where(pastCursor(page.cursor, 'submitted_at', 'rsp'));
      }
      const rows = await q
        .orderBy('submitted_at', 'desc')
        .orderBy('id', 'desc')
        .limit(page.limit + 1)
        .execute();
      const shown = rows.slice(0, page.limit);
      const answers = await answersOf(
        ws,
        shown.map((r) => r.id),
      );
      return pageOf(
        rows,
        page.limit,
        (r) => toResponse(r, answers.get(r.id) ?? []),
        (r) => [r.submitted_at, r.id],
      );
    },
    async insert(r) {
      await db
        .insertInto('responses')
        .values({
          workspace_id: r.workspaceId,
          id: r.id,
          invitation_id: r.invitationId,
          external_id: r.externalId ?? null,
          survey_id: r.surveyId,
          survey_version: r.surveyVersion,
          survey_kind: r.surveyKind,
          channel: r.channel,
          stage: r.stage,
          customer_id: r.customerId,
          interaction_id: r.interactionId,
          agent_id: r.answers.find((a) => a.agentId)?.agentId ?? null,
          team_id: r.answers.find((a) => a.teamId)?.teamId ?? null,
          manager_id: r.answers.find((a) => a.managerId)?.managerId ?? null,
          owner_id: r.answers.find((a) => a.ownerId)?.ownerId ?? null,
          segment: r.segment,
          comment: r.comment,
          completed: flag(r.completed),
          submitted_at: r.submittedAt,
          created_at: r.createdAt,
        })
        .execute();
      if (r.answers.length) {
        await db
          .insertInto('answers')
          .values(
            r.answers.map((a) => ({
              workspace_id: r.workspaceId,
              response_id: r.id,
              question_id: a.questionId,
              metric: a.metric,
              scope: a.scope,
              value_num: a.valueNum,
              value_text: a.valueText,
              value_json:
                a.valueJson === null || a.valueJson === undefined ? null : toJson(a.valueJson),
              scale_min: a.scaleMin,
              scale_max: a.scaleMax,
              top_box_min: a.topBoxMin,
              survey_id: r.surveyId,
              survey_kind: r.surveyKind,
              channel: r.channel,
              stage: r.stage,
              customer_id: r.customerId,
              agent_id: a.agentId,
              team_id: a.teamId,
              manager_id: a.managerId,
              owner_id: a.ownerId,
              segment: r.segment,
              submitted_at: r.submittedAt,
            })),
          )
          .execute();
      }
      await addToRollups(db, r);
    },
    histograms: (ws, q) => rollupHistograms(db, dialect, ws, q),
  };
}
