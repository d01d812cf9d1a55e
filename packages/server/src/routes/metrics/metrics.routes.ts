import { computeMetric, type Figure, type MetricResult } from '@rapport/core';
import { metricParams, metricQuery, metricResult } from '@rapport/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';
import { readWith } from '../../lib/idempotent.ts';
import { errorResponses } from '../../plugins/openapi.ts';

/** Figures leave rounded for people: values to 0.1, intervals too; n stays exact. */
const round = (x: number) => Math.round(x * 10) / 10;

function presentFigure(f: Figure<unknown>) {
  return {
    ...f,
    value: f.value === null ? null : round(f.value),
    interval: f.interval ? { low: round(f.interval.low), high: round(f.interval.high) } : null,
  };
}

function present(m: MetricResult) {
  const cell = (c: MetricResult['cells'][number]) => ({
    group: c.group,
    scale: c.scale,
    figure: presentFigure(c.figure),
  });
  return { ...m, overall: m.overall.map(cell), cells: m.cells.map(cell) };
}

export function metricRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/metrics/:metric', {
    preHandler: app.authenticate,
    schema: {
      tags: ['metrics'],
      summary:
        'NPS, CSAT, CES or expectations: overall, grouped, with n, intervals and a comparison',
      description:
        'Every figure carries n and a 95 % interval and says `too_few` below the minimum n. Answers on different scales ' +
        '(NPS 0–10 and 1–10) are never pooled: each scale is its own cell. NPS is a relationship metric and is never ' +
        'grouped by agent or channel; CSAT, CES and expectations are judged against the agent and team of the interaction.',
      params: metricParams,
      querystring: metricQuery,
      response: { 200: metricResult, ...errorResponses },
    },
    handler: async (req) => {
      const { from, to, groupBy, scope, compare, minN, ...filters } = req.query;
      const result = await readWith(deps, (d) =>
        computeMetric(d, req.ctx, {
          metric: req.params.metric,
          from,
          to,
          groupBy,
          scope,
          compare,
          minN,
          filters,
        }),
      );
      return present(result);
    },
  });
}
