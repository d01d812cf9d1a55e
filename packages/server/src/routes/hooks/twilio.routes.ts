/**
 * Twilio's inbound SMS webhook. Unauthenticated but verified: X-Twilio-Signature must be the
 * signature of the full public URL and every form parameter under the workspace's auth token
 * (403 otherwise). A retried delivery of a MessageSid is answered as the first was and
 * changes nothing; a number with no survey conversation gets a polite answer and nothing is
 * stored. The reply goes back as TwiML.
 */
import { channelSettingsOf, DomainError, receiveInbound, withDefaults } from '@rapport/core';
import { problem, twilioInbound } from '@rapport/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { verifyTwilioSignature, type FormParams } from '../../channels/twilio/signature.ts';
import { twiml } from '../../channels/twilio/twiml.ts';
import type { AppDeps } from '../../deps.ts';

/** Said to a number Rapport has no survey conversation with. */
export const UNKNOWN_SENDER_REPLY =
  'Thanks for your message. We could not match this number to a survey, so nothing was recorded. To reach us, please use our usual contact channels.';

const params = z.object({ workspaceId: z.string().min(1).max(64) });

export function twilioHookRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/hooks/twilio/:workspaceId/sms', {
    schema: {
      tags: ['webhooks'],
      security: [],
      summary: 'Inbound SMS from Twilio (a reply in a survey conversation)',
      description:
        'Form-encoded as Twilio sends it (`From`, `To`, `Body`, `MessageSid`, …), signed with `X-Twilio-Signature` ' +
        '(HMAC-SHA1 of the public URL and the sorted parameters under the auth token). Answers TwiML ' +
        '(`text/xml`): `<Response><Message>…</Message></Response>`. STOP, UNSUBSCRIBE, HELP and START are honoured.',
      consumes: ['application/x-www-form-urlencoded'],
      params,
      body: twilioInbound,
      response: {
        200: z.string().describe('TwiML'),
        403: problem.describe('The signature does not match'),
        404: problem.describe('No SMS channel in this workspace'),
        422: problem.describe('A parameter is missing or malformed'),
      },
    },
    // Before validation: nothing of an unsigned request is looked at.
    preValidation: async (req) => {
      const { workspaceId } = req.params as { workspaceId: string };
      const ws = /^ws_[0-9A-Z]{26}$/.test(workspaceId)
        ? await deps.store.read((rr) => rr.workspaces.get(workspaceId))
        : undefined;
      const sms = ws && channelSettingsOf(withDefaults(ws.settings)).sms;
      if (!sms) throw new DomainError('not_found', 'No SMS channel is set up at this address.');
      const header = req.headers['x-twilio-signature'];
      const url = `${deps.settings.publicUrl}${req.url}`;
      const body = (req.body ?? {}) as FormParams;
      if (
        !verifyTwilioSignature(
          sms.authToken,
          url,
          body,
          typeof header === 'string' ? header : undefined,
        )
      )
        throw new DomainError('forbidden', 'X-Twilio-Signature does not match this request.', {
          field: 'header.x-twilio-signature',
        });
    },
    handler: async (req, reply) => {
      const { workspaceId } = req.params;
      const outcome = await deps.store.write((rr) =>
        receiveInbound(
          { r: rr, clock: deps.clock, ids: deps.ids },
          {
            workspaceId,
            channel: 'sms',
            externalId: req.body.MessageSid,
            from: req.body.From,
            text: req.body.Body,
          },
        ),
      );
      const messages =
        outcome.kind === 'unknown'
          ? outcome.keyword
            ? []
            : [UNKNOWN_SENDER_REPLY]
          : outcome.replies;
      return reply.type('text/xml; charset=utf-8').send(twiml(messages));
    },
  });
}
