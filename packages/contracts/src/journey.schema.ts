/**
 * The journey API: the emotion map (journey stage × emotion), one customer's journey with the
 * emotions of each touchpoint and message and the engagement before and after it, and the
 * engagement model's parameters.
 */
import { z } from 'zod';
import { isoTime } from './common.schema.ts';
import { channel, expectation, outcome, speaker } from './interactions.schema.ts';

const probability = z.number().min(0).max(1);
const interval = z.object({ low: z.number(), high: z.number() });

export const emotionMapQuery = z.object({
  from: isoTime.optional().describe('Texts written at or after this time.'),
  to: isoTime.optional().describe('Texts written before this time.'),
  segment: z.string().max(200).optional().describe('Only customers of this segment.'),
  channel: channel.optional(),
  speaker: z
    .enum(['customer', 'agent', 'all'])
    .default('customer')
    .describe(
      "Whose texts: the customer's (their messages, survey comments and the notes about their touchpoints), the agents' and bots' messages, or all.",
    ),
});
export type EmotionMapQuery = z.infer<typeof emotionMapQuery>;

export const emotionCell = z.object({
  count: z.number().int(),
  share: z.number().nullable().describe('% of the stage’s texts; null below the minimum n.'),
  interval: interval.nullable().describe('Wilson 95 % interval of the share, in %.'),
});

export const emotionMapRow = z.object({
  stage: z.string(),
  n: z.number().int(),
  status: z.enum(['ok', 'too_few', 'empty']),
  ekman: z.record(z.string(), emotionCell),
  sentiment: z.record(z.string(), emotionCell),
});

export const emotionMapResult = z.object({
  stages: z.array(z.string()).describe("The workspace's journey stages in order, then any others."),
  ekmanGroups: z.array(z.string()),
  sentiments: z.array(z.string()),
  minN: z.number().int(),
  total: z.number().int(),
  unstaged: z.number().int(),
  rows: z.array(emotionMapRow),
});
export type EmotionMapDto = z.infer<typeof emotionMapResult>;

export const emotionScore = z.object({ label: z.string(), p: probability });

export const engagementReason = z.object({
  factor: z.enum([
    'outcome',
    'expectation',
    'nps',
    'csat',
    'ces',
    'emotion',
    'effort',
    'praise',
    'churn_risk',
    'complaint',
    'cap',
  ]),
  detail: z.string(),
  points: z.number(),
});

export const signalView = z.object({
  id: z.string(),
  sourceType: z.enum(['response_comment', 'message', 'interaction_note']),
  sourceId: z.string(),
  seq: z.number().int(),
  customerId: z.string().nullable(),
  interactionId: z.string().nullable(),
  responseId: z.string().nullable(),
  channel: z.string().nullable(),
  stage: z.string().nullable(),
  speaker: speaker.nullable().describe('Who wrote it (messages); null for notes and comments.'),
  sentiment: z.enum(['positive', 'negative', 'ambiguous', 'neutral']),
  ekman: z.array(z.string()),
  emotions: z
    .record(z.string(), z.number())
    .describe('The 28 labels, and `ekman:<group>` / `sentiment:<s>` when the model gives them.'),
  valence: z.number().min(-1).max(1),
  top: z.array(emotionScore),
  groupsBeyondTop: z
    .array(z.object({ group: z.string(), p: probability.nullable() }))
    .describe(
      "Ekman groups read in the text (neutral aside) that none of `top`'s labels belongs to, " +
        'e.g. fear read in a worried message whose strongest label is caring; `p` is null ' +
        'when the model gave no group probability.',
    ),
  praise: probability,
  churnRisk: probability,
  effort: probability,
  humour: probability,
  urgency: probability,
  escalation: z.enum(['none', 'praise', 'complaint']),
  triggers: z.record(z.string(), z.array(z.string())),
  modelVersion: z.string(),
  at: z.string(),
});
export type SignalViewDto = z.infer<typeof signalView>;

export const journeyTouchpoint = z.object({
  key: z.string(),
  kind: z.enum(['interaction', 'response']),
  interactionId: z.string().nullable(),
  responseIds: z.array(z.string()),
  at: z.string(),
  channel: z.string(),
  stage: z.string().nullable(),
  outcome: outcome.nullable(),
  expectation: expectation.nullable(),
  engagement: z
    .object({
      before: z.number(),
      after: z.number(),
      delta: z.number(),
      reasons: z.array(engagementReason),
    })
    .nullable(),
  emotions: z
    .object({
      n: z.number().int(),
      valence: z.number(),
      first: z.number(),
      last: z.number(),
      top: z.array(emotionScore),
    })
    .nullable()
    .describe("A summary of the customer's side: their messages, the note, their comments."),
  signals: z.array(signalView),
});
export type JourneyTouchpointDto = z.infer<typeof journeyTouchpoint>;

export const customerJourneyQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(200)
    .describe('The most recent touchpoints to return (1–1000).'),
});

export const customerJourneyResult = z.object({
  customerId: z.string(),
  engagementScore: z.number(),
  initialScore: z.number(),
  stages: z.array(z.string()),
  touchpoints: z.array(journeyTouchpoint),
  truncated: z.boolean(),
});
export type CustomerJourneyDto = z.infer<typeof customerJourneyResult>;

const points = z.number().min(-100).max(100);
const weight = z.number().min(0).max(100);
const surveyWeight = z.object({ points: weight, neutral: z.number().min(0.05).max(0.95) });

export const engagementSettings = z.object({
  initial: z.number().min(1).max(99).describe("A new customer's score."),
  maxImpulse: z.number().min(1).max(100).describe('Cap on one touchpoint’s impulse, in points.'),
  outcome: z.object({
    resolved: points,
    unresolved: points,
    pending: points,
    escalated: points,
    abandoned: points,
    info: points,
  }),
  expectation: z.object({ failed: points, met: points, exceeded: points }),
  survey: z.object({ nps: surveyWeight, csat: surveyWeight, ces: surveyWeight }),
  emotion: weight,
  lateWeight: z.number().min(0).max(10),
  effort: weight,
  praise: weight,
  churnRisk: weight,
  complaint: weight,
});
export type EngagementSettingsDto = z.infer<typeof engagementSettings>;

export const engagementSettingsPatch = z.object({
  initial: engagementSettings.shape.initial.optional(),
  maxImpulse: engagementSettings.shape.maxImpulse.optional(),
  outcome: engagementSettings.shape.outcome.partial().optional(),
  expectation: engagementSettings.shape.expectation.partial().optional(),
  survey: z
    .object({
      nps: surveyWeight.partial().optional(),
      csat: surveyWeight.partial().optional(),
      ces: surveyWeight.partial().optional(),
    })
    .optional(),
  emotion: weight.optional(),
  lateWeight: engagementSettings.shape.lateWeight.optional(),
  effort: weight.optional(),
  praise: weight.optional(),
  churnRisk: weight.optional(),
  complaint: weight.optional(),
});
