import {
  acceptResponse,
  getInvitation,
  getSubmission,
  getResponse,
  inviteCustomer,
  listInvitations,
  listResponses,
  submitResponse,
  type Invitation,
  type SurveyResponse,
} from '@rapport/core';
import {
  idParam,
  invitation,
  invitationCreated,
  invitationInput,
  invitationListQuery,
  pageOf,
  response,
  responseAccepted,
  responseInput,
  responseListQuery,
  responseSubmission,
  type ResponseAccepted,
} from '@rapport/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';
import { idempotentWrite, readWith } from '../../lib/idempotent.ts';
import { prefers } from '../../lib/prefer.ts';
import { errorResponses } from '../../plugins/openapi.ts';

export const presentResponse = ({
  workspaceId: _ws,
  createdAt: _c,
  answers,
  ...r
}: SurveyResponse) => ({
  ...r,
  answers: answers.map(({ managerId: _m, topBoxMin: _t, ...a }) => a),
});

export const presentInvitation = ({
  workspaceId: _ws,
  tokenHash: _t,
  conversation: _c,
  employeeId: _e,
  reminderSentAt: _r,
  updatedAt: _u,
  ...i
}: Invitation) => i;

export function responseRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const auth = { preHandler: app.authenticate };

  r.post('/api/v1/responses', {
    ...auth,
    schema: {
      tags: ['responses'],
      summary: 'Record a response (answers to a survey), e.g. from your own survey tool',
      description:
        'Answers 201 with the stored response: attributed, its rules run and any case opened ' +
        "before the answer. With `Prefer: respond-async` a customer survey's response is " +
        'stored durably as it came and answered 202 (`Preference-Applied: respond-async`, ' +
        '`Location` of its submission); the worker records it moments later, and the ' +
        "submission's status says when, or why not. Pulses, and a survey that does not exist, " +
        'are answered at once as without the preference.',
      body: responseInput,
      response: { 201: response, 202: responseAccepted, ...errorResponses },
    },
    handler: async (req, reply) => {
      if (!prefers(req.headers.prefer, 'respond-async'))
        return idempotentWrite(deps, req, reply, 201, async (d) =>
          presentResponse(await submitResponse(d, req.ctx, req.body)),
        );
      const out = await idempotentWrite<ReturnType<typeof presentResponse> | ResponseAccepted>(
        deps,
        req,
        reply,
        (b) => ('submissionId' in b ? 202 : 201),
        async (d) => {
          const a = await acceptResponse(d, req.ctx, req.body);
          if (!a.queued) return presentResponse(await submitResponse(d, req.ctx, req.body));
          const { submissionId, responseId } = a;
          return { submissionId, responseId, status: 'queued' as const };
        },
      );
      if ('submissionId' in out)
        reply
          .header('preference-applied', 'respond-async')
          .header('location', `/api/v1/response-submissions/${out.submissionId}`);
      return out;
    },
  });
  r.get('/api/v1/response-submissions/:id', {
    ...auth,
    schema: {
      tags: ['responses'],
      summary: 'A response accepted for later: queued, stored, or failed and why',
      params: idParam,
      response: { 200: responseSubmission, ...errorResponses },
    },
    handler: (req) => readWith(deps, (d) => getSubmission(d, req.ctx, req.params.id)),
  });
  r.get('/api/v1/responses', {
    ...auth,
    schema: {
      tags: ['responses'],
      summary: 'List responses, newest first (employee and leadership pulses never one by one)',
      querystring: responseListQuery,
      response: { 200: pageOf(response), ...errorResponses },
    },
    handler: async (req) => {
      const { limit, cursor, ...filter } = req.query;
      const page = await readWith(deps, (d) =>
        listResponses(d, req.ctx, filter, { limit, cursor }),
      );
      return { items: page.items.map(presentResponse), nextCursor: page.nextCursor };
    },
  });
  r.get('/api/v1/responses/:id', {
    ...auth,
    schema: {
      tags: ['responses'],
      summary: 'Get a response with its answers',
      params: idParam,
      response: { 200: response, ...errorResponses },
    },
    handler: async (req) =>
      presentResponse(await readWith(deps, (d) => getResponse(d, req.ctx, req.params.id))),
  });

  r.post('/api/v1/invitations', {
    ...auth,
    schema: {
      tags: ['invitations'],
      summary: 'Invite a customer to a survey (contact rules apply; a skipped invitation says why)',
      body: invitationInput,
      response: { 201: invitationCreated, ...errorResponses },
    },
    handler: (req, reply) =>
      idempotentWrite(
        deps,
        req,
        reply,
        201,
        async (d) => {
          const out = await inviteCustomer(d, req.ctx, req.body);
          return {
            invitation: presentInvitation(out.invitation),
            url: out.token ? `${deps.settings.publicUrl}/s/${out.token}` : null,
          };
        },
        // A link holds the survey token, which is stored only hashed: never in a replay.
        { shownOnce: (b) => (b.url ? b.invitation.id : undefined) },
      ),
  });
  r.get('/api/v1/invitations', {
    ...auth,
    schema: {
      tags: ['invitations'],
      summary: 'List invitations, newest first (those of employee and leadership pulses never)',
      querystring: invitationListQuery,
      response: { 200: pageOf(invitation), ...errorResponses },
    },
    handler: async (req) => {
      const { limit, cursor, ...filter } = req.query;
      const page = await readWith(deps, (d) =>
        listInvitations(d, req.ctx, filter, { limit, cursor }),
      );
      return { items: page.items.map(presentInvitation), nextCursor: page.nextCursor };
    },
  });
  r.get('/api/v1/invitations/:id', {
    ...auth,
    schema: {
      tags: ['invitations'],
      summary: 'Get an invitation',
      params: idParam,
      response: { 200: invitation, ...errorResponses },
    },
    handler: async (req) =>
      presentInvitation(await readWith(deps, (d) => getInvitation(d, req.ctx, req.params.id))),
  });
}
