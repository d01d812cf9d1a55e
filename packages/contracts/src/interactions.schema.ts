import { z } from 'zod';
import { attributes, isoTime, optionalShort, pageQuery } from './common.schema.ts';

export const channel = z.enum([
  'phone',
  'ivr',
  'email',
  'chat',
  'sms',
  'web',
  'in_store',
  'social',
  'field_visit',
]);
export const outcome = z.enum([
  'resolved',
  'unresolved',
  'pending',
  'escalated',
  'abandoned',
  'info',
]);
export const expectation = z.enum(['failed', 'met', 'exceeded']);
export const speaker = z.enum(['customer', 'agent', 'bot', 'system']);
export const stage = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .describe('A journey stage of this workspace (see settings).');

export const messageInput = z.object({
  speaker,
  employeeId: z.string().max(64).nullable().optional(),
  text: z.string().min(1).max(20_000),
  at: isoTime.optional(),
});

export const interactionInput = z.object({
  externalId: optionalShort.describe(
    "Your system's id; a second create with it is refused as a duplicate.",
  ),
  customerId: z.string().min(1).max(64),
  channel,
  stage,
  occurredAt: isoTime,
  outcome: outcome.nullable().optional(),
  expectation: expectation.nullable().optional(),
  employeeIds: z
    .array(z.string().min(1).max(64))
    .max(20)
    .optional()
    .describe('Employees involved; the first handled it.'),
  note: z.string().max(20_000).nullable().optional(),
  durationSeconds: z.number().int().min(0).max(864_000).nullable().optional(),
  attributes: attributes.optional(),
  transcript: z
    .array(messageInput)
    .max(2_000)
    .optional()
    .describe('Speaker-tagged messages, in order.'),
});
export type InteractionInputBody = z.infer<typeof interactionInput>;

export const interactionPatch = interactionInput
  .pick({
    stage: true,
    outcome: true,
    expectation: true,
    note: true,
    attributes: true,
    employeeIds: true,
    durationSeconds: true,
  })
  .partial();

export const message = z.object({
  seq: z.number().int(),
  speaker,
  employeeId: z.string().nullable(),
  text: z.string(),
  at: z.string(),
});

export const interaction = z.object({
  id: z.string(),
  externalId: z.string().nullable(),
  customerId: z.string(),
  channel,
  stage: z.string(),
  occurredAt: z.string(),
  outcome: outcome.nullable(),
  expectation: expectation.nullable(),
  employeeIds: z.array(z.string()),
  teamId: z.string().nullable(),
  note: z.string().nullable(),
  durationSeconds: z.number().nullable(),
  attributes: z.record(z.string(), z.unknown()),
  messages: z.array(message).describe('The transcript; empty in lists (see messageCount).'),
  messageCount: z.number().int(),
  createdAt: z.string(),
});
export type InteractionDto = z.infer<typeof interaction>;

export const interactionListQuery = pageQuery.extend({
  customerId: z.string().max(64).optional(),
  employeeId: z.string().max(64).optional(),
  teamId: z.string().max(64).optional(),
  channel: channel.optional(),
  stage: z.string().max(64).optional(),
  outcome: outcome.optional(),
  externalId: z.string().max(200).optional(),
  from: isoTime.optional().describe('Occurred at or after this time.'),
  to: isoTime.optional().describe('Occurred before this time.'),
});

export const bulkLineResult = z.object({
  line: z.number().int(),
  status: z.enum(['created', 'duplicate', 'rejected']),
  id: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export const bulkResult = z.object({
  accepted: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.number().int(),
  results: z.array(bulkLineResult),
});
export type BulkResult = z.infer<typeof bulkResult>;
