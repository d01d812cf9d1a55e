import type {
  Survey,
  SurveyDefinition,
  SurveyKind,
  SurveyRepo,
  SurveyStatus,
  SurveyTrigger,
} from '@rapport/core';
import type { Selectable } from 'kysely';
import { fromJson, toJson } from '../codec.ts';
import type { SurveysTable } from '../schema.ts';
import type { RepoContext } from './db.ts';
import { sqlOnce, withValues } from './sql-once.ts';

const toSurvey = (r: Selectable<SurveysTable>): Survey => ({
  id: r.id,
  workspaceId: r.workspace_id,
  kind: r.kind as SurveyKind,
  name: r.name,
  status: r.status as SurveyStatus,
  version: Number(r.version),
  definition: fromJson<SurveyDefinition>(r.definition, {} as SurveyDefinition),
  trigger: fromJson<SurveyTrigger | null>(r.trigger, null),
  publicLink: r.public_token_hash !== null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function surveyRepository({ db, dialect }: RepoContext): SurveyRepo {
  const all = (ws: string) => db.selectFrom('surveys').selectAll().where('workspace_id', '=', ws);
  return {
    async get(ws, id) {
      const r = await all(ws).where('id', '=', id).executeTakeFirst();
      return r && toSurvey(r);
    },
    async kindOf(ws, id) {
      // On every response accepted for later: built once, values in order (ws, id).
      const text = sqlOnce(dialect, 'surveys.kindOf', () =>
        db
          .selectFrom('surveys')
          .select('kind')
          .where('workspace_id', '=', '')
          .where('id', '=', '')
          .compile(),
      );
      const { rows } = await db.executeQuery<{ kind: string }>(withValues(text, [ws, id]));
      return rows[0]?.kind as SurveyKind | undefined;
    },
    async list(ws, f) {
      let q = all(ws);
      if (f.kind) q = q.where('kind', '=', f.kind);
      if (f.status) q = q.where('status', '=', f.status);
      return (await q.orderBy('created_at', 'desc').orderBy('id', 'desc').execute()).map(toSurvey);
    },
    async insert(s) {
      await db
        .insertInto('surveys')
        .values({
          workspace_id: s.workspaceId,
          id: s.id,
          kind: s.kind,
          name: s.name,
          status: s.status,
          version: s.version,
          definition: toJson(s.definition),
          trigger: toJson(s.trigger),
          public_token_hash: null,
          created_at: s.createdAt,
          updated_at: s.updatedAt,
        })
        .execute();
    },
    async update(s) {
      await db
        .updateTable('surveys')
        .set({
          kind: s.kind,
          name: s.name,
          status: s.status,
          version: s.version,
          definition: toJson(s.definition),
          trigger: toJson(s.trigger),
          updated_at: s.updatedAt,
        })
        .where('workspace_id', '=', s.workspaceId)
        .where('id', '=', s.id)
        .execute();
    },
    async getVersion(ws, id, version) {
      const r = await db
        .selectFrom('survey_versions')
        .select('definition')
        .where('workspace_id', '=', ws)
        .where('survey_id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst();
      return r ? fromJson<SurveyDefinition>(r.definition, {} as SurveyDefinition) : undefined;
    },
    async putVersion(ws, def, at) {
      await db
        .insertInto('survey_versions')
        .values({
          workspace_id: ws,
          survey_id: def.id,
          version: def.version,
          definition: toJson(def),
          created_at: at,
        })
        .onConflict((oc) =>
          oc
            .columns(['workspace_id', 'survey_id', 'version'])
            .doUpdateSet({ definition: toJson(def) }),
        )
        .execute();
    },
    async setPublicTokenHash(ws, id, hash) {
      await db
        .updateTable('surveys')
        .set({ public_token_hash: hash })
        .where('workspace_id', '=', ws)
        .where('id', '=', id)
        .execute();
    },
    async findByPublicTokenHash(ws, hash) {
      const r = await all(ws).where('public_token_hash', '=', hash).executeTakeFirst();
      return r && toSurvey(r);
    },
  };
}
