/**
 * Survey conversations over SMS, e-mail and chat: the chat widget's API, the channel settings
 * (secrets write-only), and the bodies of the inbound webhooks.
 */
import { z } from 'zod';

export const chatToken = z.object({
  token: z.string().min(20).max(200).describe('The chat invitation token the widget holds.'),
});

export const chatMessage = z.object({
  seq: z.number().int().min(0),
  speaker: z.enum(['bot', 'customer']),
  text: z.string(),
  at: z.string(),
});

export const chatView = z.object({
  status: z.enum(['active', 'completed', 'partial', 'opted_out']),
  messages: z.array(chatMessage),
  quickReplies: z
    .array(z.string())
    .describe('Answers the widget may offer as buttons (the scores of a score question, …).'),
  language: z
    .string()
    .describe("The conversation's language (e.g. `es`): the widget words its own labels in it."),
});

export const chatListQuery = z.object({
  after: z.coerce
    .number()
    .int()
    .min(-1)
    .max(2_147_483_647)
    .default(-1)
    .describe('Only messages with seq greater than this.'),
});

export const chatPost = z.object({
  text: z.string().max(2000),
  clientMessageId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/)
    .optional()
    .describe('Makes a retried post harmless: the same id gets the same answer.'),
});

const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/, 'an E.164 number, e.g. +18005551212');

export const smsChannel = z.object({
  provider: z.literal('twilio').default('twilio'),
  accountSid: z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'a Twilio Account SID (AC + 32 hex)'),
  fromNumber: e164,
});

export const emailChannel = z.object({
  replyDomain: z
    .string()
    .max(253)
    .regex(/^(?=.{1,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/i, 'a domain name, e.g. reply.example.com'),
  fromAddress: z.string().max(320).nullable().default(null),
});

export const channelSettings = z.object({
  sms: smsChannel.extend({ authTokenSet: z.boolean() }).nullable(),
  email: emailChannel.nullable(),
});

export const channelSettingsPatch = z.object({
  sms: smsChannel
    .extend({
      authToken: z
        .string()
        .min(16)
        .max(128)
        .optional()
        .describe('Write-only; leave out to keep the stored one.'),
    })
    .nullable()
    .optional(),
  email: emailChannel.nullable().optional(),
});

export const twilioInbound = z
  .looseObject({
    MessageSid: z.string().min(1).max(64),
    From: z.string().min(1).max(64),
    To: z.string().max(64).optional(),
    Body: z.string().max(20_000).default(''),
    AccountSid: z.string().max(64).optional(),
    NumMedia: z.string().max(8).optional(),
  })
  .describe("Twilio's inbound message webhook, form-encoded; every parameter is signed.");

export const inboundMailResult = z.object({
  status: z.enum(['handled', 'duplicate', 'ignored']),
});
