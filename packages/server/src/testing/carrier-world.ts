/**
 * Story 2's world for channel tests: the carrier workspace with an SMS account and an e-mail
 * reply domain, agent Jessica C on the phone team, an account owner, the carrier-style survey,
 * and a worker running Rapport's job registry with the real channel senders (pointed at local
 * servers). Customers and their calls are made per test.
 */
import { loadSettings, type Settings } from '@rapport/config';
import { carrierStyleSurvey } from '@rapport/core';
import type { Store } from '@rapport/store';
import { FakeClock, idsFor } from '@rapport/testing';
import { createRapportRegistry, createWorker, type Worker } from '@rapport/worker';
import twilio from 'twilio';
import type { LightMyRequestResponse } from 'fastify';
import { createConversationSenders } from '../channels/senders.ts';
import { startFakeTwilio, type FakeTwilio } from './fake-twilio.ts';
import { testApi, type TestApi, type TestWorkspace } from './harness.ts';

export const ACCOUNT_SID = `AC${'0123456789abcdef'.repeat(2)}`;
export const AUTH_TOKEN = 'f1e2d3c4b5a6978812345678abcdef00';
export const FROM_NUMBER = '+18005551212';
export const PUBLIC_URL = 'https://rapport.example.com';
export const REPLY_DOMAIN = 'reply.example.com';

export interface CarrierCustomer {
  id: string;
  call: string;
  phone: string;
  email: string;
}

export interface CarrierWorld {
  api: TestApi;
  ws: TestWorkspace;
  clock: FakeClock;
  settings: Settings;
  worker: Worker;
  jessica: string;
  owner: string;
  survey: string;
  customer(name?: string): Promise<CarrierCustomer>;
  /**
   * Invites the customer to the carrier survey about their call; the clock moves on to the
   * send time when the invitation waits for the end of quiet hours.
   */
  invite(
    c: CarrierCustomer,
    channel: 'sms' | 'email' | 'chat' | 'web',
  ): Promise<{ id: string; url: string | null }>;
  /** Posts an inbound SMS as Twilio would, signed unless a signature is given. */
  sms(
    from: string,
    body: string,
    opts?: { sid?: string; signature?: string; extra?: Record<string, string> },
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

let seq = 0;

/** The <Message> texts of a TwiML answer, unescaped. */
export function twimlMessages(xml: string): string[] {
  return [...xml.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

export async function carrierWorld(
  store: Store,
  env: { twilioApiUrl?: string; smtpUrl?: string } = {},
): Promise<CarrierWorld> {
  const clock = new FakeClock('2026-11-23T15:00:00.000Z');
  const ids = idsFor(clock);
  const vars: Record<string, string> = {
    LOG_LEVEL: 'silent',
    WEB_DIST: '/nonexistent',
    PUBLIC_URL,
    SMTP_FROM: 'Carrier <surveys@carrier.example>',
    ...(env.twilioApiUrl ? { TWILIO_API_URL: env.twilioApiUrl } : {}),
    ...(env.smtpUrl ? { SMTP_URL: env.smtpUrl } : {}),
  };
  const settings = loadSettings(vars);
  const api = await testApi(store, { clock, ids, env: vars });
  const ws = await api.workspace('Carrier');
  await ws.json('PUT', '/api/v1/settings/channels', {
    sms: { accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, fromNumber: FROM_NUMBER },
    email: { replyDomain: REPLY_DOMAIN, fromAddress: null },
  });
  const team = await ws.json<{ id: string }>('POST', '/api/v1/teams', { name: 'Phone' });
  const jessica = (
    await ws.json<{ id: string }>('POST', '/api/v1/employees', {
      name: 'Jessica C',
      teamId: team.id,
    })
  ).id;
  const owner = (await ws.json<{ id: string }>('POST', '/api/v1/employees', { name: 'Rita Owner' }))
    .id;
  const survey = (
    await ws.json<{ id: string }>('POST', '/api/v1/surveys', {
      definition: carrierStyleSurvey({ id: 'carrier' }),
      status: 'live',
    })
  ).id;
  const senders = createConversationSenders(settings);
  const worker = createWorker({
    store,
    registry: createRapportRegistry({ conversations: { senders } }),
    clock,
    ids,
    settings,
    concurrency: 1,
  });
  return {
    api,
    ws,
    clock,
    settings,
    worker,
    jessica,
    owner,
    survey,
    async customer(name = 'Michael Allenson') {
      const n = ++seq;
      const phone = `+1234901${String(3000 + n).padStart(4, '0')}`;
      const email = `customer${n}@example.net`;
      const id = (
        await ws.json<{ id: string }>('POST', '/api/v1/customers', {
          name,
          phone,
          email,
          relationshipOwnerId: owner,
        })
      ).id;
      const call = (
        await ws.json<{ id: string }>('POST', '/api/v1/interactions', {
          customerId: id,
          channel: 'phone',
          stage: 'support',
          occurredAt: clock.now().toISOString(),
          employeeIds: [jessica],
          note: 'Unexpected roaming charges after a trip to Europe; part of the fee waived.',
        })
      ).id;
      return { id, call, phone, email };
    },
    async invite(c, channel) {
      const out = await ws.json<{ invitation: { id: string; sendAt: string }; url: string | null }>(
        'POST',
        '/api/v1/invitations',
        { surveyId: survey, customerId: c.id, interactionId: c.call, channel },
      );
      if (out.invitation.sendAt > clock.now().toISOString()) clock.set(out.invitation.sendAt);
      return { id: out.invitation.id, url: out.url };
    },
    sms(from, body, opts = {}) {
      const params: Record<string, string> = {
        ToCountry: 'US',
        SmsMessageSid: opts.sid ?? `SM${(++seq).toString(16).padStart(32, 'a')}`,
        NumMedia: '0',
        MessageSid: opts.sid ?? `SM${seq.toString(16).padStart(32, 'a')}`,
        AccountSid: ACCOUNT_SID,
        From: from,
        To: FROM_NUMBER,
        Body: body,
        NumSegments: '1',
        ApiVersion: '2010-04-01',
        ...(opts.extra ?? {}),
      };
      const path = `/hooks/twilio/${ws.id}/sms`;
      const signature =
        opts.signature ??
        twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC_URL}${path}`, params);
      return api.app.inject({
        method: 'POST',
        url: path,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': signature,
        },
        payload: new URLSearchParams(params).toString(),
      });
    },
    async close() {
      senders.close();
      await api.close();
    },
  };
}

/** A carrier world whose SMS go to a fake Twilio on loopback; `close` stops both. */
export async function carrierWorldOverTwilio(
  store: Store,
): Promise<{ w: CarrierWorld; fake: FakeTwilio; close: () => Promise<void> }> {
  const fake = await startFakeTwilio({ [ACCOUNT_SID]: AUTH_TOKEN });
  const w = await carrierWorld(store, { twilioApiUrl: fake.url }).catch(async (e: unknown) => {
    await fake.close();
    throw e;
  });
  return {
    w,
    fake,
    close: async () => {
      await w.close();
      await fake.close();
    },
  };
}
