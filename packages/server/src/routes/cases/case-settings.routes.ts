import {
  authorize,
  closedLoopSettings as withLoopDefaults,
  invalid,
  validateBusinessHours,
  validateClosedLoop,
  withDefaults,
  type Ctx,
  type Repos,
  type WorkspaceSettings,
} from '@rapport/core';
import { closedLoopSettings } from '@rapport/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { AppDeps } from '../../deps.ts';
import { errorResponses } from '../../plugins/openapi.ts';

type Dto = z.infer<typeof closedLoopSettings>;

function present(s: WorkspaceSettings): Dto {
  return {
    timezone: s.timezone,
    businessHours: s.businessHours,
    ...withLoopDefaults(s.closedLoop),
  };
}

async function save(r: Repos, ctx: Ctx, patch: Partial<Dto>): Promise<Dto> {
  const ws = ctx.workspaceId;
  const current = withDefaults((await r.workspaces.get(ws))?.settings);
  const { timezone, businessHours, ...loop } = patch;
  const next: WorkspaceSettings = {
    ...current,
    timezone: timezone ?? current.timezone,
    businessHours: businessHours ?? current.businessHours,
    closedLoop: withLoopDefaults({ ...current.closedLoop, ...loop }),
  };
  validateBusinessHours(next.businessHours, next.timezone, 'businessHours');
  validateClosedLoop(next.closedLoop, 'closedLoop');
  const { retentionTeamId, defaultOwnerId, resurvey } = next.closedLoop;
  if (retentionTeamId && !(await r.teams.get(ws, retentionTeamId)))
    throw invalid('retentionTeamId', `No team ${retentionTeamId} in this workspace.`);
  if (defaultOwnerId && !(await r.employees.get(ws, defaultOwnerId)))
    throw invalid('defaultOwnerId', `No employee ${defaultOwnerId} in this workspace.`);
  if (resurvey && !(await r.surveys.get(ws, resurvey.surveyId)))
    throw invalid('resurvey.surveyId', `No survey ${resurvey.surveyId} in this workspace.`);
  await r.workspaces.updateSettings(ws, next);
  return present(next);
}

/** The closed loop's settings: business hours, SLAs, owners of last resort, root causes. */
export function caseSettingsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const auth = { preHandler: app.authenticate };
  const tags = ['settings'];
  r.get('/api/v1/settings/closed-loop', {
    ...auth,
    schema: {
      tags,
      summary:
        'Closed-loop settings: business hours, SLA per priority, case owners, root causes, re-survey',
      response: { 200: closedLoopSettings, ...errorResponses },
    },
    handler: async (req) => {
      authorize(req.ctx, 'settings:read');
      return present(
        withDefaults(
          (await deps.store.read((rr) => rr.workspaces.get(req.ctx.workspaceId)))?.settings,
        ),
      );
    },
  });
  r.patch('/api/v1/settings/closed-loop', {
    ...auth,
    schema: {
      tags,
      summary: 'Change closed-loop settings',
      body: closedLoopSettings.partial(),
      response: { 200: closedLoopSettings, ...errorResponses },
    },
    handler: async (req) => {
      authorize(req.ctx, 'settings:write');
      return deps.store.write((rr) => save(rr, req.ctx, req.body));
    },
  });
}
