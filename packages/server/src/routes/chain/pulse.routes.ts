/**
 * Pulse surveys for people: invitations (one employee, or a wave), answers through a token, and
 * the results — eNPS, engagement, leadership and comments — with anonymity.
 */
import {
  answerPulseInvitation,
  invalid,
  inviteEmployee,
  kindOfMetric,
  lastClosedQuarter,
  launchPulseWave,
  pulseComments,
  pulseResults,
  resolvePulsePeriod,
  type Invitation,
  type PulseDimension,
} from '@rapport/core';
import {
  pulseAnswerInput,
  pulseAnswerReceived,
  pulseComments as pulseCommentsDto,
  pulseCommentsQuery,
  pulseInvitationInput,
  pulseInvitationsCreated,
  pulseMetricParams,
  pulseQuery,
  pulseResults as pulseResultsDto,
} from '@rapport/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';
import { idempotentWrite, readWith } from '../../lib/idempotent.ts';
import { errorResponses } from '../../plugins/openapi.ts';
import { presentInvitation } from '../responses/responses.routes.ts';

export function pulseRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const fallback = () => lastClosedQuarter(deps.clock.now());
  const tags = ['pulse'];

  r.get('/api/v1/pulse/metrics/:metric', {
    preHandler: app.authenticate,
    schema: {
      tags,
      summary: 'eNPS, employee engagement or leadership engagement per team / manager and month',
      description:
        'A month or quarter, optionally one team (eNPS, engagement) or manager (leadership) or one ' +
        'month, grouped by team / manager and/or month. Every cell is decided once over the full ' +
        'table of the survey’s year, so whatever the filters a group under the anonymity threshold ' +
        '— or one that would reveal it by difference — is hidden (`shown: false`, no n). ' +
        'Different pulse surveys are never pooled: pass `surveyId` (default: the most answered).',
      params: pulseMetricParams,
      querystring: pulseQuery,
      response: { 200: pulseResultsDto, ...errorResponses },
    },
    handler: async (req) => {
      const { metric } = req.params;
      const { period, from, to, surveyId, teamId, managerId, month, groupBy } = req.query;
      const employee = kindOfMetric(metric) === 'employee';
      const wrong = employee
        ? groupBy.includes('manager') || managerId
        : groupBy.includes('team') || teamId;
      if (wrong)
        throw invalid(
          employee ? 'managerId' : 'teamId',
          employee ? 'eNPS and engagement are per team.' : 'Leadership is per manager.',
        );
      const p = resolvePulsePeriod({ period, from, to }, fallback);
      const dims: PulseDimension[] = groupBy.map((g) => (g === 'month' ? 'month' : 'group'));
      const out = await readWith(deps, (d) =>
        pulseResults(d, req.ctx, {
          metric,
          period: p,
          surveyId,
          groupId: employee ? teamId : managerId,
          month,
          groupBy: dims,
        }),
      );
      return { ...out, groupBy };
    },
  });

  r.get('/api/v1/pulse/comments', {
    preHandler: app.authenticate,
    schema: {
      tags,
      summary: 'Comments of a pulse, per quarter, for the company and each team or manager shown',
      description:
        'Free text only for groups whose results are shown, never with a name, a time or the ' +
        'answers beside it, in alphabetical order; only per quarter, so no two groups of comments ' +
        'cross.',
      querystring: pulseCommentsQuery,
      response: { 200: pulseCommentsDto, ...errorResponses },
    },
    handler: async (req) => {
      const { period, from, to, kind, surveyId } = req.query;
      const p = resolvePulsePeriod({ period, from, to }, fallback);
      return readWith(deps, (d) => pulseComments(d, req.ctx, { kind, period: p, surveyId }));
    },
  });

  r.post('/api/v1/pulse/invitations', {
    preHandler: app.authenticate,
    schema: {
      tags,
      summary: 'Invite one employee, a team or everyone to an employee or leadership pulse',
      description:
        'By e-mail or SMS (sent by the worker at `sendAt`) or as links (web: the single-use links ' +
        'are returned once). Answers are anonymous: the response keeps the team and the rated ' +
        'manager, never the person, and the used invitation forgets when and how it was answered.',
      body: pulseInvitationInput,
      response: { 201: pulseInvitationsCreated, ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(
        deps,
        req,
        reply,
        201,
        async (d) => {
          const { employeeId, teamId, ...rest } = req.body;
          const wave = employeeId
            ? await inviteEmployee(d, req.ctx, { ...rest, employeeId }).then((one) => ({
                surveyId: rest.surveyId,
                invited: one.invitation.status === 'skipped' ? 0 : 1,
                skipped: one.invitation.status === 'skipped' ? 1 : 0,
                results: [{ ...one, employeeId }],
              }))
            : await launchPulseWave(d, req.ctx, { ...rest, teamId });
          const url = (token: string | null) =>
            token ? `${deps.settings.publicUrl}/s/${token}` : null;
          return {
            surveyId: wave.surveyId,
            invited: wave.invited,
            skipped: wave.skipped,
            invitations: wave.results.map((x) => ({
              employeeId: x.employeeId,
              invitation: presentInvitation(x.invitation as Invitation),
              url: x.invitation.channel === 'web' ? url(x.token) : null,
            })),
          };
        },
        {
          // Links hold survey tokens, stored only hashed: never kept in a replay.
          shownOnce: (b) => (b.invitations.some((x) => x.url) ? b.surveyId : undefined),
        },
      ),
  });

  r.post('/api/v1/pulse/answers', {
    schema: {
      tags,
      summary: 'Answer a pulse with its invitation’s single-use token (no key needed)',
      description:
        'The token is used up atomically. The response keeps the respondent’s team and manager, ' +
        'never who answered, and only the day; nothing identifying is returned.',
      body: pulseAnswerInput,
      response: { 201: pulseAnswerReceived, ...errorResponses },
    },
    handler: async (req, reply) => {
      const out = await deps.store.write((rr) =>
        answerPulseInvitation(
          { r: rr, clock: deps.clock, ids: deps.ids },
          req.body.token,
          req.body.answers,
        ),
      );
      reply.code(201);
      return out;
    },
  });
}
