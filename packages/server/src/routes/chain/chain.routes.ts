/** Team scores and the linkage of leadership → employee engagement → customer outcomes. */
import { lastClosedQuarter, resolvePulsePeriod, teamLinkage, teamScores } from '@rapport/core';
import {
  linkage,
  linkageQuery,
  teamScores as teamScoresDto,
  teamScoresQuery,
} from '@rapport/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';
import { readWith } from '../../lib/idempotent.ts';
import { errorResponses } from '../../plugins/openapi.ts';

const ANONYMITY =
  'Employee and leadership results are shown only for groups of at least the workspace’s ' +
  'anonymity threshold (default 5, never below 3), decided once over the full table of every ' +
  'breakdown offered (company, teams, managers, months, quarters), so no filter or difference ' +
  'reveals a smaller group; a hidden group shows nothing, not even its size. Periods are calendar ' +
  'months or quarters, reported once they have ended.';

export function chainRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const fallback = () => lastClosedQuarter(deps.clock.now());

  r.get('/api/v1/teams/scores', {
    preHandler: app.authenticate,
    schema: {
      tags: ['chain'],
      summary: 'Team scores: employee and leadership engagement, eNPS and customer outcomes',
      description:
        'Per team over a month or quarter: employee engagement and eNPS, the leadership engagement ' +
        'of its lead (rated by the lead’s direct reports), and its customers’ outcomes — ' +
        'transactional CSAT and CES of its interactions, relationship NPS of the customers it owns, ' +
        'recovery rate of its closed cases and praise per 100 interactions — each with n and a 95 % ' +
        `interval. ${ANONYMITY}`,
      querystring: teamScoresQuery,
      response: { 200: teamScoresDto, ...errorResponses },
    },
    handler: async (req) => {
      const { period, from, to, employeeSurveyId, leadershipSurveyId } = req.query;
      const p = resolvePulsePeriod({ period, from, to }, fallback);
      return readWith(deps, (d) =>
        teamScores(d, req.ctx, { period: p, employeeSurveyId, leadershipSurveyId }),
      );
    },
  });

  r.get('/api/v1/linkage', {
    preHandler: app.authenticate,
    schema: {
      tags: ['chain'],
      summary:
        'The unbroken chain: leadership → employee engagement → customer outcome, over teams',
      description:
        'Pearson and Spearman correlations over teams with 95 % intervals (Fisher z, or a seeded ' +
        'bootstrap for very few teams), the number of teams, a plain sentence, the points of a ' +
        'scatter plot and the fitted line, for leadership → employee engagement and employee ' +
        'engagement → the chosen outcome; and the teams whose leadership engagement and customer ' +
        'outcome are both low ("chain broken"). lag=1 pairs a quarter’s engagement with the next ' +
        `quarter’s outcomes. Teams whose results are hidden are left out of everything. ${ANONYMITY}`,
      querystring: linkageQuery,
      response: { 200: linkage, ...errorResponses },
    },
    handler: async (req) => {
      const { period, from, to, outcome, lag, weighted, employeeSurveyId, leadershipSurveyId } =
        req.query;
      const p = resolvePulsePeriod({ period, from, to }, fallback);
      return readWith(deps, (d) =>
        teamLinkage(d, req.ctx, {
          period: p,
          outcome,
          lag,
          weighted,
          employeeSurveyId,
          leadershipSurveyId,
        }),
      );
    },
  });
}
