/**
 * E-mail webhooks: an inbound-mail webhook for providers that post the raw message (RFC 822),
 * and the one-click unsubscribe link of survey e-mails (RFC 8058). Unauthenticated: the reply
 * key in the recipient address or link is the credential, and must belong to the workspace in
 * the path.
 */
import { unsubscribeByReplyKey } from '@rapport/core';
import { inboundMailResult, problem } from '@rapport/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { escapeHtml } from '../../channels/email/html.ts';
import { receiveInboundMail } from '../../channels/email/inbound-mail.ts';
import type { AppDeps } from '../../deps.ts';

const MAX_MAIL = 10 * 1024 * 1024;

const workspaceParams = z.object({ workspaceId: z.string().min(1).max(64) });
const unsubscribeParams = workspaceParams.extend({ key: z.string().min(1).max(64) });

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

export function emailHookRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  app.addContentTypeParser(
    ['message/rfc822', 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: MAX_MAIL },
    (_req, body, done) => done(null, body),
  );

  r.post('/hooks/email/:workspaceId/inbound', {
    bodyLimit: MAX_MAIL,
    schema: {
      tags: ['webhooks'],
      security: [],
      summary: 'Inbound e-mail: a reply to a survey e-mail, as the raw message',
      description:
        'The raw RFC 822 message (`Content-Type: message/rfc822`, or text/plain). It is routed by its reply address ' +
        '`reply+<workspace>.<key>@…` or by In-Reply-To, stripped of quoted history and deduplicated by Message-ID.',
      consumes: ['message/rfc822', 'text/plain'],
      params: workspaceParams,
      response: {
        200: inboundMailResult,
        413: problem.describe('Message too large'),
      },
    },
    handler: async (req) => {
      const raw = req.body;
      if (!(Buffer.isBuffer(raw) || typeof raw === 'string') || raw.length === 0)
        return { status: 'ignored' as const };
      const status = await receiveInboundMail(deps, raw, { workspaceId: req.params.workspaceId });
      return { status };
    },
  });

  const url = '/hooks/email/:workspaceId/unsubscribe/:key';
  r.get(url, {
    schema: {
      tags: ['webhooks'],
      security: [],
      summary: 'The unsubscribe page of a survey e-mail (a button; opening it changes nothing)',
      params: unsubscribeParams,
      response: { 200: z.string().describe('An HTML page') },
    },
    handler: async (req, reply) => {
      const action = escapeHtml(req.url.split('?')[0] ?? '');
      return reply
        .type('text/html; charset=utf-8')
        .send(
          page(
            'Unsubscribe from survey e-mails',
            `<form method="post" action="${action}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>`,
          ),
        );
    },
  });
  r.post(url, {
    schema: {
      tags: ['webhooks'],
      security: [],
      summary: 'One-click unsubscribe (RFC 8058): opts the customer out of every channel',
      consumes: ['application/x-www-form-urlencoded', 'multipart/form-data'],
      params: unsubscribeParams,
      response: {
        200: z.string().describe('An HTML page'),
        404: problem.describe('Not a valid unsubscribe link'),
      },
    },
    handler: async (req, reply) => {
      await deps.store.write((rr) =>
        unsubscribeByReplyKey(
          { r: rr, clock: deps.clock, ids: deps.ids },
          req.params.workspaceId,
          req.params.key,
        ),
      );
      return reply
        .type('text/html; charset=utf-8')
        .send(
          page('You are unsubscribed', '<p>You will not receive more survey messages from us.</p>'),
        );
    },
  });
}
