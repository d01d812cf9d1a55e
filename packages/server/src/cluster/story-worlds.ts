/**
 * The people and surveys of stories 1 and 2 (as in `../stories/`), set up through the public
 * API of the cluster, and the customer's side of an SMS conversation: inbound texts signed as
 * Twilio signs them, for the balancer's public URL.
 */
import { carrierStyleSurvey } from '@rapport/core';
import twilio from 'twilio';
import { ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, twimlMessages } from '../testing/carrier-world.ts';
import type { Answer, HttpClient } from './http-client.ts';

const emailOf = (name: string) => `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`;

async function employee(api: HttpClient, name: string, more: Record<string, unknown> = {}) {
  return api.id('/api/v1/employees', { name, email: emailOf(name), ...more });
}

export interface PowerCompany {
  diana: string;
  mark: string;
  olivia: string;
  customer: string;
  call: string;
}

/** Story 1's power company: Olivia answers to Mark, who answers to Diana; the call. */
export async function powerCompany(api: HttpClient): Promise<PowerCompany> {
  const diana = await employee(api, 'Diana Director', { title: 'head of customer care' });
  const mark = await employee(api, 'Mark Manager', { title: 'team lead', managerId: diana });
  const care = await api.id('/api/v1/teams', { name: 'Customer care', leadId: mark });
  const olivia = await employee(api, 'Olivia Ortiz', { teamId: care, managerId: mark });
  const customer = await api.id('/api/v1/customers', {
    name: 'The habitual escalator',
    email: 'escalator@example.net',
  });
  const call = await api.id('/api/v1/interactions', {
    customerId: customer,
    channel: 'phone',
    stage: 'support',
    occurredAt: new Date().toISOString(),
    employeeIds: [olivia],
    outcome: 'resolved',
    note: 'Moved the account from the tenant back to the owners. The customer asked to tell her boss how great she was.',
  });
  return { diana, mark, olivia, customer, call };
}

export interface Carrier {
  workspaceId: string;
  head: string;
  owner: string;
  agent: string;
  survey: string;
  customer: string;
  call: string;
  phone: string;
}

/** Story 2's carrier: SMS through Twilio, no quiet hours, the account owner and agent Jessica. */
export async function carrier(api: HttpClient, workspaceId: string): Promise<Carrier> {
  await api.json('PATCH', '/api/v1/settings', { quietHours: { start: 0, end: 0 } });
  await api.json('PUT', '/api/v1/settings/channels', {
    sms: { accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, fromNumber: FROM_NUMBER },
    email: { replyDomain: 'reply.example.com', fromAddress: null },
  });
  const head = await employee(api, 'Hannah Head');
  const owner = await employee(api, 'Rita Owner', { managerId: head });
  const lead = await employee(api, 'Carla Lead', { managerId: head });
  const phones = await api.id('/api/v1/teams', { name: 'Call centre', leadId: lead });
  const agent = await employee(api, 'Jessica C', { teamId: phones, managerId: lead });
  const survey = await api.id('/api/v1/surveys', {
    definition: carrierStyleSurvey({ id: 'carrier' }),
    status: 'live',
  });
  const phone = '+12349013030';
  const customer = await api.id('/api/v1/customers', {
    name: 'Michael Allenson',
    phone,
    relationshipOwnerId: owner,
  });
  const call = await api.id('/api/v1/interactions', {
    customerId: customer,
    channel: 'phone',
    stage: 'support',
    occurredAt: new Date().toISOString(),
    employeeIds: [agent],
    note: 'Unexpected roaming charges after a trip to Europe; part of the fee waived.',
  });
  return { workspaceId, head, owner, agent, survey, customer, call, phone };
}

let sid = 0;

/** Michael texts back: the signed webhook through the balancer, and the TwiML answer. */
export async function textBack(
  client: HttpClient,
  world: Carrier,
  body: string,
): Promise<{ answer: Answer; replies: string[] }> {
  const n = ++sid;
  const params: Record<string, string> = {
    ToCountry: 'US',
    SmsMessageSid: `SM${n.toString(16).padStart(32, 'c')}`,
    MessageSid: `SM${n.toString(16).padStart(32, 'c')}`,
    NumMedia: '0',
    AccountSid: ACCOUNT_SID,
    From: world.phone,
    To: FROM_NUMBER,
    Body: body,
    NumSegments: '1',
    ApiVersion: '2010-04-01',
  };
  const path = `/hooks/twilio/${world.workspaceId}/sms`;
  const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, client.base + path, params);
  const answer = await client.call('POST', path, new URLSearchParams(params).toString(), {
    'content-type': 'application/x-www-form-urlencoded',
    'x-twilio-signature': signature,
  });
  return { answer, replies: answer.status === 200 ? twimlMessages(answer.text) : [] };
}
