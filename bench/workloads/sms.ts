/**
 * Workload 2: a signed SMS webhook turn — verify X-Twilio-Signature, dedupe the MessageSid,
 * advance the survey conversation, reply with TwiML — over HTTP at 50 connections. Customers
 * are invited by SMS through the API (the worker texts the first question to a fake Twilio on
 * loopback); then each request answers the current question of one conversation, each
 * conversation's turns in order (request k answers customer k mod N, turn k div N). Baseline:
 * a bare Fastify route that verifies the same signature and answers fixed TwiML.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import twilio from 'twilio';
import { carrierStyleSurvey } from '@rapport/core';
import { startFakeTwilio } from '../../packages/server/src/testing/fake-twilio.ts';
import { parkServer, startChild, type Child, type HandedServer } from '../lib/child.ts';
import { load, type LoadResult } from '../lib/load.ts';
import { log } from '../lib/log.ts';
import { pendingRow, type Row } from '../lib/result.ts';
import { api, bootstrapKey, inLanes, SETUP_LANES } from '../lib/workspace.ts';
import { fig, type IngestOptions } from './ingest.ts';

const ACCOUNT_SID = `AC${'0123456789abcdef'.repeat(2)}`;
const AUTH_TOKEN = 'f1e2d3c4b5a6978812345678abcdef00';
const FROM = '+18005551212';
const PUBLIC_URL = 'https://rapport.example.com';
const TURNS = ['8', '9', '10', 'Quick and friendly, thanks'];
/**
 * A run is a fixed number of turns, and autocannon ends it at its first sample after the last
 * answer (once a second by default: a run of 0.1 s counted as 1 s). Sampling this often ends it
 * within 20 ms of the last turn, in both modes.
 */
const TURN_SAMPLE_MS = 20;
/** The bare route's arguments for the SMS ceiling (it verifies the same signatures). */
export const SMS_BARE_ARGS = ['--auth-token', AUTH_TOKEN, '--public-url', PUBLIC_URL];

/** An Etc/GMT zone where it is early afternoon now, so quiet hours never hold the invitations. */
function afternoonZone(): string {
  const offset = Math.max(-12, Math.min(14, 13 - new Date().getUTCHours()));
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

function turnRequests(ws: string, phones: string[], turns: readonly string[]) {
  let k = 0;
  const path = `/hooks/twilio/${ws}/sms`;
  return () => {
    const i = k++;
    const params: Record<string, string> = {
      MessageSid: `SM${i.toString(16).padStart(32, '0')}${Date.now().toString(16)}`.slice(0, 34),
      AccountSid: ACCOUNT_SID,
      From: phones[i % phones.length] as string,
      To: FROM,
      Body: turns[Math.floor(i / phones.length) % turns.length] as string,
      NumMedia: '0',
    };
    return {
      body: new URLSearchParams(params).toString(),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilio.getExpectedTwilioSignature(
          AUTH_TOKEN,
          `${PUBLIC_URL}${path}`,
          params,
        ),
      },
    };
  };
}

export async function smsWorkload(
  o: IngestOptions & {
    conversations: number;
    /**
     * --quick: given, the Rapport server (with its worker and the fake Twilio it texts) is handed
     * over once the turns are measured, instead of stopped (the closed loop runs on it).
     */
    handOver?: (s: HandedServer) => void;
    /** --quick: the bare route's process, already up with SMS_BARE_ARGS (stopped here). */
    bare?: Child;
  },
): Promise<Row[]> {
  const fake = await startFakeTwilio({ [ACCOUNT_SID]: AUTH_TOKEN });
  const path = join(o.tmp, 'sms.db');
  const key = await bootstrapKey({ dialect: 'sqlite', path });
  let server: Child | undefined;
  // The bare route starts while Rapport does (it is loaded only after the invitations).
  if (!o.bare) writeFileSync(join(o.tmp, 'sms-reply.json'), '{}');
  const bareStarting = o.bare
    ? Promise.resolve(o.bare)
    : startChild('bare-fastify.ts', ['--reply', join(o.tmp, 'sms-reply.json'), ...SMS_BARE_ARGS]);
  bareStarting.catch(() => undefined);
  let handed = false;
  try {
    server = await startChild(
      'rapport.ts',
      ['--db', path, '--worker', '--public-url', PUBLIC_URL, '--twilio-api', fake.url],
      [],
      60_000,
      o.handOver ? { reusable: true } : {},
    );
    const call = <T>(method: string, p: string, body?: unknown) =>
      api<T>((server as Child).url, key.apiKey, method, p, body);
    await call('PUT', '/api/v1/settings/channels', {
      sms: { accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, fromNumber: FROM },
    });
    const team = await call<{ id: string }>('POST', '/api/v1/teams', { name: 'Phone' });
    const agent = await call<{ id: string }>('POST', '/api/v1/employees', {
      name: 'Jessica C',
      teamId: team.id,
    });
    const owner = await call<{ id: string }>('POST', '/api/v1/employees', { name: 'Rita Owner' });
    const survey = await call<{ id: string }>('POST', '/api/v1/surveys', {
      definition: carrierStyleSurvey({ id: 'carrier' }),
      status: 'live',
    });
    const zone = afternoonZone();
    // One more set of conversations than repeats: the first is a warm-up for both servers (the
    // first timed round used to be the slowest of three by up to 2x, on both sides).
    const rounds = o.repeats + 1;
    const total = o.conversations * rounds;
    log(`sms: inviting ${total} customers by SMS (time zone ${zone})`);
    const phoneOf = (n: number) => `+1234${String(5_000_000 + n).padStart(7, '0')}`;
    const invite = async (n: number) => {
      const c = await call<{ id: string }>('POST', '/api/v1/customers', {
        name: `Customer ${n}`,
        phone: phoneOf(n),
        timezone: zone,
        relationshipOwnerId: owner.id,
        consent: { sms: true },
      });
      const i = await call<{ id: string }>('POST', '/api/v1/interactions', {
        customerId: c.id,
        channel: 'phone',
        stage: 'support',
        occurredAt: new Date().toISOString(),
        employeeIds: [agent.id],
      });
      await call('POST', '/api/v1/invitations', {
        surveyId: survey.id,
        customerId: c.id,
        interactionId: i.id,
        channel: 'sms',
      });
    };
    await invite(0);
    // Does `rapport serve` text invitations? Give its worker 30 s for the first one.
    const first = Date.now() + 30_000;
    while (!fake.messages.length && Date.now() < first)
      await new Promise((r) => setTimeout(r, 200));
    if (!fake.messages.length)
      return [
        pendingRow(
          '2 SMS webhook',
          'signed turn',
          '`rapport serve` does not text survey invitations yet (its worker has no SMS sender wired), so no conversation can be opened over HTTP; the harness (invite by SMS → fake Twilio on loopback → signed turns) switches on when it does',
        ),
      ];
    // The others, several customers at a time (set-up only).
    await inLanes(
      Array.from({ length: total - 1 }, (_, k) => () => invite(k + 1)),
      SETUP_LANES,
    );
    const phones = Array.from({ length: total }, (_, n) => phoneOf(n));
    const until = Date.now() + 180_000;
    while (fake.messages.length < total && Date.now() < until)
      await new Promise((r) => setTimeout(r, 200));
    if (fake.messages.length < total)
      throw new Error(`only ${fake.messages.length} of ${total} first questions were texted`);
    const bare = await bareStarting;
    const rapportRuns: LoadResult[] = [];
    const bareRuns: LoadResult[] = [];
    const amount = o.conversations * TURNS.length;
    for (let r = 0; r < rounds; r++) {
      const mine = phones.slice(r * o.conversations, (r + 1) * o.conversations);
      const hook = `/hooks/twilio/${key.workspaceId}/sms`;
      // The bare route keeps no conversation: it takes 4 times the turns, so that its faster
      // round lasts long enough to time (a 0.2-s round's rate moved by ±30 % between rounds).
      const turns = (url: string, times = 1) =>
        load({
          url: `${url}${hook}`,
          connections: o.connections,
          seconds: 0,
          amount: amount * times,
          body: () => '',
          request: turnRequests(key.workspaceId, mine, TURNS),
          sampleMs: TURN_SAMPLE_MS,
        });
      const ours = await turns(server.url);
      const theirs = await turns(bare.url, 4);
      if (ours.errors || ours.non2xx)
        log(`  sms: ${ours.errors} errors, ${ours.non2xx} non-2xx of ${ours.total}`);
      if (r === 0) continue; // the warm-up round
      rapportRuns.push(ours);
      bareRuns.push(theirs);
    }
    if (o.handOver) {
      const s = server;
      o.handOver({
        url: s.url,
        path,
        done: async () => {
          await parkServer(s);
          await fake.close();
        },
      });
      handed = true;
    }
    return [
      {
        workload: '2 SMS webhook',
        case: `signed turn, ${o.conversations} conversations × ${TURNS.length} turns, 50 conn.`,
        rapport: fig(
          'Rapport POST /hooks/twilio/:ws/sms (verify, dedupe, advance, TwiML)',
          rapportRuns,
        ),
        baseline: fig(
          'bare Fastify: verify the signature, fixed TwiML (4× the turns, timed alike)',
          bareRuns,
        ),
        higherIsBetter: true,
      },
    ];
  } finally {
    await (await bareStarting.catch(() => undefined))?.stop();
    if (!handed) {
      await server?.stop();
      await fake.close();
    }
  }
}
