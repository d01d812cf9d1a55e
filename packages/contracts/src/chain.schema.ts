/**
 * The unbroken chain (issue 7): pulse invitations and answers, pulse results with anonymity, team
 * scores and the linkage of leadership → employee engagement → customer outcomes over teams.
 */
import { z } from 'zod';
import { isoTime } from './common.schema.ts';
import { answerValue, invitation } from './feedback.schema.ts';
import { figure } from './metrics.schema.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day, YYYY-MM-DD');
const id = z.string().min(1).max(64);

export const periodQuery = z.object({
  period: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, 'a month (2026-08) or a quarter (2026-Q3)')
    .optional()
    .describe('A calendar month (2026-08) or quarter (2026-Q3). Default: the last ended quarter.'),
  from: day.optional().describe('Instead of `period`: the first day of a month or quarter.'),
  to: day.optional().describe('With `from`: the first day after that month or quarter.'),
});

const interval = z.object({ low: z.number(), high: z.number() }).nullable();
export const periodInfo = z.object({
  key: z.string(),
  kind: z.enum(['month', 'quarter']),
  from: z.string(),
  to: z.string(),
  closed: z
    .boolean()
    .describe('Employee and leadership results are shown only once the period has ended.'),
});

// ---- Pulse results -------------------------------------------------------------------------

export const pulseMetricParams = z.object({ metric: z.enum(['enps', 'engagement', 'leadership']) });
const groupByList = z
  .string()
  .max(40)
  .optional()
  .transform((v, ctx) => {
    const parts = (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    for (const p of parts)
      if (!['team', 'manager', 'month'].includes(p)) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown dimension "${p}"; use team, manager, month`,
        });
        return z.NEVER;
      }
    return parts as Array<'team' | 'manager' | 'month'>;
  })
  .describe('team (eNPS, engagement) or manager (leadership), and/or month; comma-separated.');
export const pulseQuery = periodQuery.extend({
  surveyId: id.optional().describe('The pulse survey (default: the one most answered).'),
  teamId: id.optional().describe('eNPS and engagement: one team.'),
  managerId: id.optional().describe('Leadership: one rated manager.'),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .describe('One month of the quarter.'),
  groupBy: groupByList,
});
export const pulseCell = z.object({
  group: z.string().nullable().describe('Team or manager id; null for everyone.'),
  period: z.string(),
  shown: z.boolean().describe('False: hidden for anonymity (nothing is revealed, not even n).'),
  respondents: z.number().int().nullable(),
  figure: figure.nullable(),
});
export const pulseResults = z.object({
  metric: z.enum(['enps', 'engagement', 'leadership']),
  kind: z.enum(['employee', 'leadership']),
  period: periodInfo,
  threshold: z.number().int(),
  surveyId: z.string().nullable(),
  surveys: z.array(z.string()),
  groupBy: z.array(z.enum(['team', 'manager', 'month'])),
  overall: pulseCell,
  cells: z.array(pulseCell),
});
export type PulseResultsDto = z.infer<typeof pulseResults>;

export const pulseCommentsQuery = periodQuery.extend({
  kind: z.enum(['employee', 'leadership']).default('employee'),
  surveyId: id.optional(),
});
export const pulseComments = z.object({
  kind: z.enum(['employee', 'leadership']),
  period: periodInfo,
  threshold: z.number().int(),
  surveyId: z.string().nullable(),
  groups: z.array(
    z.object({
      group: z.string().nullable(),
      shown: z.boolean(),
      comments: z.array(z.string()).nullable(),
    }),
  ),
});

// ---- Pulse invitations and answers -----------------------------------------------------------

export const pulseInvitationInput = z.object({
  surveyId: id,
  employeeId: id.optional().describe('One employee; without it, every active employee (a wave).'),
  teamId: id.optional().describe('A wave to one team only.'),
  channel: z.enum(['email', 'sms', 'web']).default('email'),
  sendAt: isoTime.optional(),
  expiresAfterHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .optional(),
});
export const pulseInvitationsCreated = z.object({
  surveyId: z.string(),
  invited: z.number().int(),
  skipped: z.number().int(),
  invitations: z.array(
    z.object({
      employeeId: z.string(),
      invitation,
      url: z.string().nullable().describe('Link invitations: the single-use link, shown once.'),
    }),
  ),
});
export const pulseAnswerInput = z.object({
  token: z.string().min(10).max(300),
  answers: z
    .array(z.object({ questionId: z.string().min(1).max(100), value: answerValue }))
    .min(1)
    .max(100),
});
export const pulseAnswerReceived = z.object({ received: z.literal(true) });

// ---- Team scores ---------------------------------------------------------------------------

export const outcomeFigure = z.object({
  metric: z.enum(['csat', 'ces', 'nps', 'recovery', 'praise']),
  status: z.enum(['ok', 'too_few', 'empty']),
  value: z.number().nullable(),
  n: z.number().int(),
  interval,
  unit: z.enum(['percent', 'score', 'points', 'per_100_interactions']),
  scale: z.string().nullable(),
  count: z.number().int().nullable(),
});
const teamOutcomes = z.object({
  csat: outcomeFigure,
  ces: outcomeFigure,
  nps: outcomeFigure,
  recovery: outcomeFigure,
  praise: outcomeFigure,
});
const shownGroup = { shown: z.boolean(), respondents: z.number().int().nullable() };
const employeeScores = z.object({
  ...shownGroup,
  engagement: figure.nullable(),
  enps: figure.nullable(),
});
const leadershipScores = z.object({ ...shownGroup, figure: figure.nullable() });
export const teamScoresQuery = periodQuery.extend({
  employeeSurveyId: id.optional(),
  leadershipSurveyId: id.optional(),
});
export const teamScores = z.object({
  period: periodInfo,
  threshold: z.number().int(),
  minResponses: z.number().int(),
  surveys: z.object({ employee: z.string().nullable(), leadership: z.string().nullable() }),
  company: z.object({ employee: employeeScores, leadership: leadershipScores }),
  teams: z.array(
    z.object({
      teamId: z.string(),
      name: z.string(),
      leadId: z.string().nullable(),
      employee: employeeScores,
      leadership: leadershipScores.extend({ managerId: z.string().nullable() }),
      customers: teamOutcomes,
    }),
  ),
  managers: z.array(
    leadershipScores.extend({ managerId: z.string(), name: z.string().nullable() }),
  ),
});
export type TeamScoresDto = z.infer<typeof teamScores>;

// ---- Linkage -------------------------------------------------------------------------------

export const linkageQuery = teamScoresQuery.extend({
  outcome: z.enum(['csat', 'ces', 'nps', 'recovery', 'praise']).default('csat'),
  lag: z
    .enum(['0', '1'])
    .default('0')
    .transform((v) => (v === '1' ? 1 : 0) as 0 | 1)
    .describe('1: employee engagement of one quarter against outcomes of the next.'),
  weighted: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('Weight teams by their respondents (size-weighted Pearson as the headline).'),
});
const estimate = z.object({
  method: z.enum(['pearson', 'spearman', 'weighted-pearson']),
  r: z.number().nullable(),
  n: z.number().int(),
  nEffective: z.number(),
  interval,
  intervalMethod: z.enum(['fisher', 'bootstrap']).nullable(),
  includesZero: z.boolean().nullable(),
  sentence: z.string(),
});
const link = z.object({
  x: z.enum(['leadership', 'engagement']),
  y: z.enum(['engagement', 'csat', 'ces', 'nps', 'recovery', 'praise']),
  n: z.number().int(),
  primary: estimate,
  pearson: estimate,
  spearman: estimate,
  weightedPearson: estimate.nullable(),
  line: z.object({ slope: z.number(), intercept: z.number() }).nullable(),
  points: z.array(
    z.object({
      teamId: z.string(),
      name: z.string(),
      x: z.number(),
      y: z.number(),
      weight: z.number(),
    }),
  ),
});
const chainRow = z.object({
  teamId: z.string(),
  name: z.string(),
  leadership: z.number(),
  engagement: z.number().nullable(),
  outcome: z.number(),
  leadershipZ: z.number(),
  outcomeZ: z.number(),
  lowLeadership: z.boolean(),
  lowOutcome: z.boolean(),
  chainBroken: z.boolean(),
});
export const linkage = z.object({
  period: periodInfo,
  outcomePeriod: periodInfo,
  outcome: z.enum(['csat', 'ces', 'nps', 'recovery', 'praise']),
  lag: z.union([z.literal(0), z.literal(1)]),
  weighted: z.boolean(),
  threshold: z.number().int(),
  surveys: z.object({ employee: z.string().nullable(), leadership: z.string().nullable() }),
  leadershipToEngagement: link,
  engagementToOutcome: link,
  chain: z.object({
    status: z.enum(['ok', 'too_few']),
    k: z.number(),
    cutoffs: z.object({ leadership: z.number().nullable(), outcome: z.number().nullable() }),
    teams: z.array(chainRow),
    broken: z.array(chainRow),
  }),
  teamsHidden: z.number().int(),
});
export type LinkageDto = z.infer<typeof linkage>;
