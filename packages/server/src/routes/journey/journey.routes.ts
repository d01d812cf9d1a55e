import { getCustomerJourney, getEmotionMap, type CustomerJourney } from '@rapport/core';
import {
  type CustomerJourneyDto,
  customerJourneyQuery,
  customerJourneyResult,
  emotionMapQuery,
  emotionMapResult,
  idParam,
} from '@rapport/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';
import { readWith } from '../../lib/idempotent.ts';
import { errorResponses } from '../../plugins/openapi.ts';

/** Speakers are stored as text; they are always one of the transcript's speakers. */
const presentJourney = (j: CustomerJourney): CustomerJourneyDto => j as CustomerJourneyDto;

/** The emotion map (journey stage × emotion) and one customer's journey. */
export function journeyRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['journey'];
  const auth = { preHandler: app.authenticate };

  r.get('/api/v1/journey/emotions', {
    ...auth,
    schema: {
      tags,
      summary: 'The emotion map: journey stage × emotion (Ekman groups and sentiment)',
      description:
        "For each journey stage (in the workspace's order), how many texts were read and the share showing each Ekman group and each sentiment, with a Wilson 95 % interval. A text may show several Ekman groups; it has one sentiment. Below the workspace's minimum n a cell gives its count and no share.",
      querystring: emotionMapQuery,
      response: { 200: emotionMapResult, ...errorResponses },
    },
    handler: (req) =>
      readWith(deps, (d) =>
        getEmotionMap(d, req.ctx, {
          ...req.query,
          from: req.query.from && new Date(req.query.from).toISOString(),
          to: req.query.to && new Date(req.query.to).toISOString(),
        }),
      ),
  });

  r.get('/api/v1/customers/:id/journey', {
    ...auth,
    schema: {
      tags,
      summary: "A customer's journey: touchpoints in order, with emotions and engagement",
      description:
        'Each touchpoint (an interaction with the surveys about it, or a survey about none) in time order, with the emotions read in each text — every message with its speaker, so a conversation shows its arc — a summary of the customer side, and the engagement score before and after it with the reasons.',
      params: idParam,
      querystring: customerJourneyQuery,
      response: { 200: customerJourneyResult, ...errorResponses },
    },
    handler: async (req) =>
      presentJourney(
        await readWith(deps, (d) => getCustomerJourney(d, req.ctx, req.params.id, req.query.limit)),
      ),
  });
}
