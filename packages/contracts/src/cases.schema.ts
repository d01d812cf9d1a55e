import { z } from 'zod';
import { isoTime, pageQuery } from './common.schema.ts';

export const caseStatus = z.enum([
  'open',
  'in_progress',
  'waiting_on_customer',
  'resolved',
  'closed',
]);
export const casePriority = z.enum(['low', 'normal', 'high', 'urgent']);
export const caseOutcome = z.enum(['recovered', 'not_recovered', 'unreachable']);
export const slaState = z.enum(['on_track', 'due_soon', 'breached', 'met', 'missed']);
const id = z.string().min(1).max(64);

export const evidence = z.object({
  kind: z.enum(['response', 'signal', 'interaction', 'low_score']),
  id: z.string(),
  at: z.string(),
  summary: z.string(),
  detail: z.record(z.string(), z.unknown()),
});

export const caseDto = z.object({
  id: z.string(),
  reason: z.string(),
  ruleId: z.string().nullable(),
  customerId: z.string().nullable(),
  interactionId: z.string().nullable(),
  responseId: z.string().nullable(),
  ownerId: z.string().nullable(),
  teamId: z.string().nullable(),
  escalatedToId: z.string().nullable(),
  priority: casePriority,
  status: caseStatus,
  escalationLevel: z.number().int(),
  slaDueAt: z.string().nullable(),
  slaBreachedAt: z.string().nullable(),
  slaState,
  firstActionAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  rootCause: z.string().nullable(),
  outcome: caseOutcome.nullable(),
  evidence: z.array(evidence),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseDto = z.infer<typeof caseDto>;

export const caseEvent = z.object({
  seq: z.number().int(),
  at: z.string(),
  kind: z.string(),
  actorKind: z.enum(['user', 'api_key', 'system']),
  actorId: z.string(),
  data: z.record(z.string(), z.unknown()),
});

export const caseDetail = caseDto.extend({ history: z.array(caseEvent) });
export type CaseDetailDto = z.infer<typeof caseDetail>;

export const caseInput = z.object({
  reason: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,39}$/, 'a lower-case word, e.g. churn_risk')
    .describe('Why the case exists, e.g. churn_risk.'),
  priority: casePriority.default('normal'),
  customerId: id,
  interactionId: id.nullable().optional(),
  responseId: id.nullable().optional(),
  ownerId: id
    .nullable()
    .optional()
    .describe(
      'Default: by attribution (the team lead for an interaction, else the relationship owner).',
    ),
  note: z.string().max(10_000).nullable().optional(),
});

export const casePatch = z.object({
  status: z
    .enum(['open', 'in_progress', 'waiting_on_customer', 'resolved'])
    .optional()
    .describe('Close a case with POST /cases/{id}/close (it needs an outcome).'),
  ownerId: id.nullable().optional(),
  priority: casePriority.optional(),
});

export const caseNote = z.object({ text: z.string().trim().min(1).max(10_000) });

export const caseClose = z.object({
  outcome: caseOutcome,
  rootCause: z.string().max(64).nullable().optional().describe('One of the workspace root causes.'),
  note: z.string().max(10_000).nullable().optional(),
  resurvey: z
    .boolean()
    .optional()
    .describe('Re-survey the customer with the workspace re-survey settings.'),
});

export const caseAssign = z.object({
  ids: z.array(id).min(1).max(200),
  ownerId: id,
});

export const caseAssignees = z.object({
  anyone: z
    .boolean()
    .describe('Admins, analysts and API keys: any active employee of the workspace.'),
  unowned: z.boolean().describe('Whether the caller may leave a case or task without an owner.'),
  employeeIds: z
    .array(z.string())
    .describe(
      'When not anyone: the employees the caller may assign to — a manager themselves and everyone under them, an agent themselves and their manager chain; empty for a user not linked to an employee. Only active employees can be owners.',
    ),
});

export const caseListQuery = pageQuery.extend({
  ownerId: id.optional().describe('Cases owned by, or escalated to, this employee.'),
  unassigned: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('true: only cases nobody owns.'),
  teamId: id.optional(),
  customerId: id.optional(),
  reason: z.string().max(40).optional(),
  priority: casePriority.optional(),
  slaState: slaState.optional(),
  status: z
    .string()
    .max(120)
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      const out: Array<z.infer<typeof caseStatus>> = [];
      for (const s of v.split(',').map((x) => x.trim())) {
        const r = caseStatus.safeParse(s);
        if (!r.success) {
          ctx.addIssue({ code: 'custom', message: `unknown status "${s}"` });
          return z.NEVER;
        }
        out.push(r.data);
      }
      return out;
    })
    .describe('One or more statuses, comma-separated.'),
});

export const caseMetricsQuery = z.object({
  from: isoTime.optional().describe('Cases opened from (default: 90 days before `to`).'),
  to: isoTime.optional().describe('Cases opened before (default: now).'),
  groupBy: z.enum(['team', 'owner']).default('team'),
});

const share = z.object({
  count: z.number().int(),
  n: z.number().int(),
  share: z.number(),
  interval: z.object({ low: z.number(), high: z.number() }).nullable(),
});
const duration = z.object({
  n: z.number().int(),
  medianHours: z.number().nullable(),
  meanHours: z.number().nullable(),
});
const figures = z.object({
  opened: z.number().int(),
  active: z.number().int(),
  closed: z.number().int(),
  timeToFirstAction: duration,
  timeToClose: duration,
  slaKept: share,
  recoveryRate: share,
  outcomes: z.record(z.string(), z.number()),
});
export const caseMetrics = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: z.enum(['team', 'owner']),
  overall: figures,
  groups: z.array(figures.extend({ key: z.string().nullable(), name: z.string().nullable() })),
});
export type CaseMetricsDto = z.infer<typeof caseMetrics>;

export const closedLoopSettings = z.object({
  timezone: z.string().max(64).describe('The workspace time zone (IANA), shared with quiet hours.'),
  businessHours: z.object({
    days: z.array(z.number().int().min(0).max(6)).min(1).max(7),
    start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM'),
    end: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM'),
  }),
  retentionTeamId: id.nullable(),
  defaultOwnerId: id.nullable(),
  slaHours: z.object({
    urgent: z.number().positive().max(8760),
    high: z.number().positive().max(8760),
    normal: z.number().positive().max(8760),
    low: z.number().positive().max(8760),
  }),
  rootCauses: z
    .array(z.string().regex(/^[a-z0-9_-]{1,64}$/))
    .min(1)
    .max(100),
  dueSoonHours: z.number().min(0).max(168),
  resurvey: z
    .object({
      surveyId: id,
      channel: z.enum(['sms', 'email', 'web', 'chat']),
      delayDays: z.number().int().min(0).max(90),
    })
    .nullable(),
});
export type ClosedLoopSettingsDto = z.infer<typeof closedLoopSettings>;
