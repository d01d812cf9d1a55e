import { authorize, MIN_ANONYMITY, withDefaults } from '@rapport/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';
import { errorResponses } from '../../plugins/openapi.ts';

/** An IANA zone name this runtime knows: anything else would break every local-time rule. */
function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const stages = z
  .array(
    z
      .string()
      .trim()
      .min(1)
      .max(64)
      .regex(/^[a-z0-9_-]+$/, 'lower-case letters, digits, - and _'),
  )
  .min(1)
  .max(30);

/** A new list of stages names each once (checked on change only: what is stored still reads). */
const newStages = stages.superRefine((list, ctx) => {
  list.forEach((stage, i) => {
    if (list.indexOf(stage) < i)
      ctx.addIssue({ code: 'custom', path: [i], message: `“${stage}” is already a stage` });
  });
});

const settings = z.object({
  journeyStages: stages,
  timezone: z.string().max(64).refine(isTimeZone, 'not an IANA time zone (e.g. Europe/Paris)'),
  language: z.string().min(2).max(35),
  anonymityThreshold: z.number().int().min(MIN_ANONYMITY).max(1000),
  minResponses: z.number().int().min(1).max(10_000),
  contactWindowDays: z.number().int().min(0).max(365),
  quietHours: z.object({
    start: z.number().int().min(0).max(23),
    end: z.number().int().min(0).max(23),
  }),
});

/** Workspace settings: journey stages, anonymity threshold, contact rules. */
export function settingsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const auth = { preHandler: app.authenticate };
  const tags = ['settings'];
  r.get('/api/v1/settings', {
    ...auth,
    schema: { tags, summary: 'Workspace settings', response: { 200: settings, ...errorResponses } },
    handler: async (req) => {
      authorize(req.ctx, 'settings:read');
      return withDefaults(
        (await deps.store.read((rr) => rr.workspaces.get(req.ctx.workspaceId)))?.settings,
      );
    },
  });
  r.patch('/api/v1/settings', {
    ...auth,
    schema: {
      tags,
      summary: 'Change workspace settings',
      body: settings.partial().extend({ journeyStages: newStages.optional() }),
      response: { 200: settings, ...errorResponses },
    },
    handler: async (req) => {
      authorize(req.ctx, 'settings:write');
      return deps.store.write(async (rr) => {
        const ws = await rr.workspaces.get(req.ctx.workspaceId);
        const next = withDefaults({ ...ws?.settings, ...req.body });
        await rr.workspaces.updateSettings(req.ctx.workspaceId, next);
        return next;
      });
    },
  });
}
