import { z } from 'zod';
import { isoTime, pageQuery } from './common.schema.ts';
import { channel, outcome } from './interactions.schema.ts';

export const surveyKind = z.enum(['relationship', 'transactional', 'employee', 'leadership']);
export const surveyStatus = z.enum(['draft', 'live', 'archived']);
export const invitationChannel = z.enum(['sms', 'email', 'web', 'chat']);

export const surveyDefinitionInput = z
  .looseObject({
    kind: surveyKind,
    name: z.string().min(1).max(200),
    defaultLanguage: z.string().min(2).max(35).default('en'),
    questions: z
      .array(z.looseObject({ id: z.string(), type: z.string() }))
      .min(1)
      .max(100),
  })
  .describe(
    'A survey definition: kind, name, defaultLanguage and questions (score with scale and metric, single, multi, ' +
      'text, yes_no, expectation; optional showIf branching), plus optional reply templates and dialogue settings. ' +
      'Checked in full on write; errors name the exact field, e.g. definition.questions[2].scale.max.',
  );

export const surveyTrigger = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('interaction'),
    channels: z.array(channel).optional(),
    stages: z.array(z.string().max(64)).optional(),
    outcomes: z.array(outcome).optional(),
    delayMinutes: z
      .number()
      .int()
      .min(0)
      .max(60 * 24 * 30)
      .default(30),
    sendVia: z.union([invitationChannel, z.literal('auto')]).default('auto'),
    expiresAfterHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 90)
      .default(168),
  }),
  z.object({
    type: z.literal('schedule'),
    segment: z.string().max(200).nullable().optional(),
    everyDays: z.number().int().min(1).max(3650),
    sendVia: invitationChannel,
    expiresAfterHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 90)
      .default(168),
  }),
]);

export const surveyInput = z.object({
  definition: surveyDefinitionInput,
  trigger: surveyTrigger.nullable().optional(),
  status: surveyStatus.optional(),
});
export const surveyPatch = z.object({
  definition: surveyDefinitionInput.optional(),
  trigger: surveyTrigger.nullable().optional(),
  status: surveyStatus.optional(),
});

export const survey = z.object({
  id: z.string(),
  kind: surveyKind,
  name: z.string(),
  status: surveyStatus,
  version: z.number().int(),
  definition: z.record(z.string(), z.unknown()),
  trigger: z.record(z.string(), z.unknown()).nullable(),
  publicLink: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SurveyDto = z.infer<typeof survey>;

export const surveyUpdated = z.object({
  survey,
  newVersion: z
    .boolean()
    .describe('True when the edit was stored as a new version (the survey was live).'),
  diff: z.record(z.string(), z.unknown()).nullable(),
});

export const surveyListQuery = z.object({
  kind: surveyKind.optional(),
  status: surveyStatus.optional(),
});

export const invitationInput = z.object({
  surveyId: z.string().min(1).max(64),
  customerId: z.string().min(1).max(64),
  interactionId: z.string().max(64).nullable().optional(),
  channel: invitationChannel,
  sendAt: isoTime.optional(),
  expiresAfterHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .optional(),
});

export const invitation = z.object({
  id: z.string(),
  surveyId: z.string(),
  surveyVersion: z.number().int(),
  channel: invitationChannel,
  customerId: z.string().nullable(),
  interactionId: z.string().nullable(),
  address: z.string().nullable(),
  status: z.enum(['scheduled', 'sent', 'skipped', 'opened', 'completed', 'partial', 'expired']),
  skipReason: z.string().nullable(),
  sendAt: z.string(),
  sentAt: z.string().nullable(),
  expiresAt: z.string(),
  openedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  createdAt: z.string(),
});
export const invitationCreated = z.object({
  invitation,
  url: z
    .string()
    .nullable()
    .describe(
      'The single-use survey link; shown once. Null when the invitation was skipped. For the ' +
        'e-mail channel Rapport sends its own link when the e-mail goes out, and that link ' +
        'replaces this one (only its hash is kept, so the link is issued anew): deliver this ' +
        'one yourself only for the web and chat channels.',
    ),
});
export const invitationListQuery = pageQuery.extend({
  surveyId: z.string().max(64).optional(),
  customerId: z.string().max(64).optional(),
  status: invitation.shape.status.optional(),
});

export const answerValue = z.union([
  z.number(),
  z.string().max(20_000),
  z.array(z.string().max(200)).max(100),
  z.boolean(),
  z.null(),
]);
export const responseInput = z.object({
  surveyId: z.string().min(1).max(64),
  externalId: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .nullable()
    .optional()
    .describe('Your id for this response; a second submission with it is refused (409).'),
  surveyVersion: z.number().int().min(1).max(2_147_483_647).optional(),
  channel: invitationChannel.default('web'),
  customerId: z.string().max(64).nullable().optional(),
  interactionId: z.string().max(64).nullable().optional(),
  employeeId: z
    .string()
    .max(64)
    .nullable()
    .optional()
    .describe('Pulses: the respondent, used only to find their team; never stored.'),
  submittedAt: isoTime.optional(),
  answers: z
    .array(z.object({ questionId: z.string().min(1).max(100), value: answerValue }))
    .min(1)
    .max(100),
});

export const answer = z.object({
  questionId: z.string(),
  metric: z.string().nullable(),
  scope: z.enum(['relationship', 'transactional', 'employee', 'leadership']),
  valueNum: z.number().nullable(),
  valueText: z.string().nullable(),
  valueJson: z.unknown(),
  scaleMin: z.number().nullable(),
  scaleMax: z.number().nullable(),
  agentId: z.string().nullable(),
  teamId: z.string().nullable(),
  ownerId: z.string().nullable(),
});
export const response = z.object({
  id: z.string(),
  invitationId: z.string().nullable(),
  externalId: z.string().nullable().optional(),
  surveyId: z.string(),
  surveyVersion: z.number().int(),
  surveyKind,
  channel: invitationChannel,
  stage: z.string().nullable(),
  customerId: z.string().nullable(),
  interactionId: z.string().nullable(),
  segment: z.string().nullable(),
  comment: z.string().nullable(),
  completed: z.boolean(),
  submittedAt: z.string(),
  answers: z.array(answer),
});
export type ResponseDto = z.infer<typeof response>;

/** `POST /api/v1/responses` with `Prefer: respond-async`: stored durably, recorded later. */
export const responseAccepted = z.object({
  submissionId: z.string().describe('Follow it at `GET /api/v1/response-submissions/{id}`.'),
  responseId: z
    .string()
    .describe('The id the response will have: `GET /api/v1/responses/{id}` once it is stored.'),
  status: z.literal('queued'),
});
export const responseSubmission = z.object({
  id: z.string(),
  responseId: z.string(),
  status: z
    .enum(['queued', 'stored', 'failed'])
    .describe('queued: accepted, not yet recorded; stored: recorded; failed: see `error`.'),
  acceptedAt: z.string(),
  attempts: z.number().int(),
  error: z.string().nullable().describe('Why it was not stored: `<code>: <message>`.'),
});
export const responseListQuery = pageQuery.extend({
  surveyId: z.string().max(64).optional(),
  customerId: z.string().max(64).optional(),
  interactionId: z.string().max(64).optional(),
  from: isoTime.optional(),
  to: isoTime.optional(),
  // The filters of the metrics API, so a figure drills down to the responses behind it.
  metric: z
    .enum(['nps', 'csat', 'ces', 'expectations'])
    .optional()
    .describe('Only responses with a counted answer feeding this metric.'),
  scope: z
    .enum(['transactional', 'relationship'])
    .optional()
    .describe('With `metric`: the answer is about an interaction or the relationship.'),
  scaleMin: z.coerce.number().int().min(0).max(10).optional().describe('With `metric`.'),
  scaleMax: z.coerce.number().int().min(1).max(10).optional().describe('With `metric`.'),
  channel: invitationChannel.optional(),
  stage: z.string().max(64).optional(),
  teamId: z.string().max(64).optional().describe('The team an answer is attributed to.'),
  agentId: z.string().max(64).optional().describe('The agent an answer is attributed to.'),
  ownerId: z.string().max(64).optional().describe('The relationship owner of an answer.'),
  segment: z.string().max(200).optional(),
});
