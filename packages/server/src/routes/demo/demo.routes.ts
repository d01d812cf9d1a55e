import { demoStories as readDemoStories, type DemoStories } from '@rapport/core';
import { demoStories, type DemoStoriesDto } from '@rapport/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';
import { readWith } from '../../lib/idempotent.ts';
import { errorResponses } from '../../plugins/openapi.ts';

const present = (s: DemoStories | null): DemoStoriesDto =>
  s
    ? { demo: true, seed: s.seed, generatedAt: s.generatedAt, until: s.until, stories: s.stories }
    : { demo: false, seed: null, generatedAt: null, until: null, stories: [] };

/** Where the demo workspace's five stories are, for the first-visit tour. */
export function demoRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/demo/stories', {
    preHandler: app.authenticate,
    schema: {
      tags: ['demo'],
      summary: "The demo workspace's five stories: the ids to open for each",
      description:
        'For each story of DESIGN.md that `rapport demo` generated into this workspace: the customer, the touchpoint it turns on, the case, the praise, the people and (for the unbroken chain) the chain-broken teams and the quarter. A workspace not made by `rapport demo` answers `demo: false` and no stories.',
      response: { 200: demoStories, ...errorResponses },
    },
    handler: async (req) => present(await readWith(deps, (d) => readDemoStories(d, req.ctx))),
  });
}
