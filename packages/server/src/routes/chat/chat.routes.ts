/**
 * The chat survey: the embeddable widget (/widget.js) and its JSON API. Public: the invitation
 * token in the path is the credential. Cross-origin (the widget runs on the company's own
 * site, without cookies) and rate-limited per token and per client address, with counters in the
 * database so that every instance behind a load balancer shares them.
 */
import { peekChat, postChat, sha256Hex, viewChat } from '@rapport/core';
import { chatListQuery, chatPost, chatToken, chatView, problem } from '@rapport/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';
import { readWith } from '../../lib/idempotent.ts';
import { DbRateLimiter } from '../../lib/db-rate-limiter.ts';
import { WIDGET_JS } from './widget-script.ts';

const MINUTE = 60_000;

function cors(_req: FastifyRequest, reply: FastifyReply, done: () => void): void {
  reply.header('Access-Control-Allow-Origin', '*');
  reply.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  reply.header('Access-Control-Allow-Headers', 'content-type');
  reply.header('Access-Control-Max-Age', '600');
  reply.header('Cache-Control', 'no-store');
  done();
}

const errors = {
  404: problem.describe('No chat survey for this token'),
  410: problem.describe('The chat survey has expired'),
  422: problem.describe('Invalid field(s)'),
  429: problem.describe('Too many requests; see Retry-After'),
};

export function chatRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const limiter = (max: number) =>
    new DbRateLimiter({
      store: deps.store,
      now: () => deps.clock.now().getTime(),
      max,
      windowMs: MINUTE,
      message: 'Too many messages; wait a moment and try again.',
    });
  const posts = limiter(30);
  const views = limiter(120);
  const perAddress = limiter(600);
  const limit = (kind: 'post' | 'view', l: DbRateLimiter) => async (req: FastifyRequest) => {
    await perAddress.hit([`chat-ip:${req.ip}`]);
    await l.hit([`chat-${kind}:${sha256Hex(String((req.params as { token?: unknown }).token))}`]);
  };
  const tags = ['chat'];
  const url = '/api/v1/chat/:token/messages';

  app.get('/widget.js', { schema: { hide: true } }, async (_req, reply) =>
    reply
      .type('application/javascript; charset=utf-8')
      .header('Cache-Control', 'public, max-age=300')
      .header('Access-Control-Allow-Origin', '*')
      .header('Cross-Origin-Resource-Policy', 'cross-origin')
      .send(WIDGET_JS),
  );

  app.options(url, { schema: { hide: true }, onRequest: cors }, async (_req, reply) =>
    reply.code(204).send(),
  );

  r.get(url, {
    onRequest: cors,
    preHandler: limit('view', views),
    schema: {
      tags,
      security: [],
      summary: 'The chat survey so far (started on the first view)',
      description:
        'For the embeddable widget (`<script src="/widget.js" data-rapport-token="…">`). The token of a chat invitation is the credential; no cookies are used.',
      params: chatToken,
      querystring: chatListQuery,
      response: { 200: chatView, ...errors },
    },
    handler: async (req) => {
      const { token } = req.params;
      const after = req.query.after;
      const seen = await readWith(deps, (d) => peekChat(d, token, after));
      // The first view starts the conversation: a write, done once.
      return (
        seen ??
        deps.store.write((rr) =>
          viewChat({ r: rr, clock: deps.clock, ids: deps.ids }, token, after),
        )
      );
    },
  });

  r.post(url, {
    onRequest: cors,
    preHandler: limit('post', posts),
    schema: {
      tags,
      security: [],
      summary: 'Reply in the chat survey; answers with the new messages',
      params: chatToken,
      body: chatPost,
      response: { 200: chatView, ...errors },
    },
    handler: async (req) =>
      deps.store.write((rr) =>
        postChat({ r: rr, clock: deps.clock, ids: deps.ids }, req.params.token, req.body.text, {
          clientMessageId: req.body.clientMessageId,
        }),
      ),
  });
}
