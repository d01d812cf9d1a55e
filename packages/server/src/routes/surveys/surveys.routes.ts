import {
  createSurvey,
  getSurvey,
  listSurveys,
  notFound,
  setPublicLink,
  surveyFunnel,
  updateSurvey,
  authorize,
  type Survey,
  type DefinitionInput,
  type SurveyTrigger,
} from '@rapport/core';
import {
  idParam,
  survey,
  surveyInput,
  surveyListQuery,
  surveyPatch,
  surveyUpdated,
} from '@rapport/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';
import { idempotentWrite, readWith } from '../../lib/idempotent.ts';
import { errorResponses } from '../../plugins/openapi.ts';

export const presentSurvey = ({ workspaceId: _ws, ...s }: Survey) => ({
  ...s,
  definition: s.definition as unknown as Record<string, unknown>,
  trigger: s.trigger as unknown as Record<string, unknown> | null,
});

export function surveyRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const auth = { preHandler: app.authenticate };
  const tags = ['surveys'];

  r.post('/api/v1/surveys', {
    ...auth,
    schema: {
      tags,
      summary: 'Create a survey (a feedback program)',
      body: surveyInput,
      response: { 201: survey, ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(deps, req, reply, 201, async (d) =>
        presentSurvey(
          await createSurvey(d, req.ctx, {
            definition: req.body.definition as unknown as DefinitionInput,
            trigger: req.body.trigger as SurveyTrigger | null | undefined,
            status: req.body.status,
          }),
        ),
      ),
  });
  r.get('/api/v1/surveys', {
    ...auth,
    schema: {
      tags,
      summary: 'List surveys',
      querystring: surveyListQuery,
      response: { 200: z.object({ items: z.array(survey) }), ...errorResponses },
    },
    handler: async (req) => ({
      items: (await readWith(deps, (d) => listSurveys(d, req.ctx, req.query))).map(presentSurvey),
    }),
  });
  r.get('/api/v1/surveys/:id', {
    ...auth,
    schema: {
      tags,
      summary: 'Get a survey with its current definition',
      params: idParam,
      response: { 200: survey, ...errorResponses },
    },
    handler: async (req) =>
      presentSurvey(await readWith(deps, (d) => getSurvey(d, req.ctx, req.params.id))),
  });
  r.patch('/api/v1/surveys/:id', {
    ...auth,
    schema: {
      tags,
      summary: 'Edit a survey: a live survey gets a new version, old responses keep theirs',
      params: idParam,
      body: surveyPatch,
      response: { 200: surveyUpdated, ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(deps, req, reply, 200, async (d) => {
        const out = await updateSurvey(d, req.ctx, req.params.id, {
          definition: req.body.definition as unknown as DefinitionInput | undefined,
          trigger: req.body.trigger as SurveyTrigger | null | undefined,
          status: req.body.status,
        });
        return {
          survey: presentSurvey(out.survey),
          newVersion: out.newVersion,
          diff: out.diff as unknown as Record<string, unknown> | null,
        };
      }),
  });
  r.get('/api/v1/surveys/:id/versions/:version', {
    ...auth,
    schema: {
      tags,
      summary: 'Get one version of a survey definition',
      params: z.object({
        id: z.string().max(64),
        version: z.coerce.number().int().min(1).max(2_147_483_647),
      }),
      response: { 200: z.record(z.string(), z.unknown()), ...errorResponses },
    },
    handler: async (req) => {
      authorize(req.ctx, 'surveys:read');
      const def = await deps.store.read((rr) =>
        rr.surveys.getVersion(req.ctx.workspaceId, req.params.id, req.params.version),
      );
      if (!def) throw notFound('survey version', `${req.params.id} v${req.params.version}`);
      return def as unknown as Record<string, unknown>;
    },
  });
  r.post('/api/v1/surveys/:id/public-link', {
    ...auth,
    schema: {
      tags,
      summary: 'Turn the public link (web "Contact Us" feedback) on with a new address, or off',
      params: idParam,
      body: z.object({ enabled: z.boolean() }),
      response: {
        200: z.object({
          url: z.string().nullable().describe('Shown once; a new link replaces the old.'),
        }),
        ...errorResponses,
      },
    },
    handler: (req, reply) =>
      idempotentWrite(
        deps,
        req,
        reply,
        200,
        async (d) => {
          const { token } = await setPublicLink(d, req.ctx, req.params.id, req.body.enabled);
          return { url: token ? `${deps.settings.publicUrl}/s/p/${token}` : null };
        },
        // The link is a secret shown once: a retry is told it was made, never the link.
        { shownOnce: (b) => (b.url ? req.params.id : undefined) },
      ),
  });
  r.get('/api/v1/surveys/:id/funnel', {
    ...auth,
    schema: {
      tags,
      summary: 'A survey’s invitations by status and its responses (agents, managers: their scope)',
      params: idParam,
      response: {
        200: z.object({
          surveyId: z.string(),
          byStatus: z.record(z.string(), z.number()),
          responses: z.number(),
        }),
        ...errorResponses,
      },
    },
    handler: async (req) => readWith(deps, (d) => surveyFunnel(d, req.ctx, req.params.id)),
  });
}
