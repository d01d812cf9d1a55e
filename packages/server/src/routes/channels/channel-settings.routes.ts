/** The workspace's SMS account and e-mail reply domain; the SMS auth token is write-only. */
import { getChannelSettings, updateChannelSettings } from '@rapport/core';
import { channelSettings, channelSettingsPatch } from '@rapport/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';
import { readWith } from '../../lib/idempotent.ts';
import { errorResponses } from '../../plugins/openapi.ts';

export function channelSettingsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const auth = { preHandler: app.authenticate };
  const tags = ['settings'];
  r.get('/api/v1/settings/channels', {
    ...auth,
    schema: {
      tags,
      summary: 'SMS and e-mail channels of survey conversations (the auth token is never shown)',
      response: { 200: channelSettings, ...errorResponses },
    },
    handler: async (req) => readWith(deps, (d) => getChannelSettings(d, req.ctx)),
  });
  r.put('/api/v1/settings/channels', {
    ...auth,
    schema: {
      tags,
      summary: 'Set the SMS account (Twilio) and the e-mail reply domain',
      description:
        'Leave `sms.authToken` out to keep the stored one; `null` turns a channel off. Twilio posts inbound SMS to ' +
        '`/hooks/twilio/<workspaceId>/sms`; reply addresses are `reply+<workspace>.<key>@<replyDomain>`.',
      body: channelSettingsPatch,
      response: { 200: channelSettings, ...errorResponses },
    },
    handler: async (req) =>
      deps.store.write((rr) =>
        updateChannelSettings({ r: rr, clock: deps.clock, ids: deps.ids }, req.ctx, req.body),
      ),
  });
}
