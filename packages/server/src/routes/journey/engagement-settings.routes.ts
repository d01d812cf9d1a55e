import { getEngagementSettings, updateEngagementSettings } from '@rapport/core';
import { engagementSettings, engagementSettingsPatch } from '@rapport/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';
import { readWith } from '../../lib/idempotent.ts';
import { errorResponses } from '../../plugins/openapi.ts';

/** The engagement model's parameters (docs/ENGAGEMENT.md). */
export function engagementSettingsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['settings'];
  const auth = { preHandler: app.authenticate };
  r.get('/api/v1/settings/engagement', {
    ...auth,
    schema: {
      tags,
      summary:
        "The engagement model's weights (points per outcome, expectation, survey, emotion …)",
      response: { 200: engagementSettings, ...errorResponses },
    },
    handler: (req) => readWith(deps, (d) => getEngagementSettings(d, req.ctx)),
  });
  r.patch('/api/v1/settings/engagement', {
    ...auth,
    schema: {
      tags,
      summary: 'Change engagement weights; every customer is rescored in the background',
      body: engagementSettingsPatch,
      response: { 200: engagementSettings, ...errorResponses },
    },
    handler: (req) =>
      deps.store.write((r) =>
        updateEngagementSettings({ r, clock: deps.clock, ids: deps.ids }, req.ctx, req.body),
      ),
  });
}
