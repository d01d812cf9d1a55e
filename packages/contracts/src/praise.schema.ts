import { z } from 'zod';
import { pageQuery } from './common.schema.ts';

const id = z.string().min(1).max(64);

export const praiseDelivery = z.object({
  employeeId: z.string(),
  level: z.number().int().describe('0: the employee praised; 1: their manager; 2: the next level…'),
  via: z.enum(['praised', 'manager', 'passed_up']),
  passedBy: z.string().nullable(),
  note: z.string().nullable(),
  deliveredAt: z.string(),
});

export const praise = z.object({
  id: z.string(),
  source: z.enum(['signal', 'response', 'contact_form', 'colleague']),
  customerId: z.string().nullable(),
  interactionId: z.string().nullable(),
  responseId: z.string().nullable(),
  signalId: z.string().nullable(),
  text: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  subjectIds: z.array(z.string()),
  deliveries: z.array(praiseDelivery),
});
export type PraiseDto = z.infer<typeof praise>;

export const praiseInput = z.object({
  source: z.enum(['colleague', 'contact_form']).default('colleague'),
  employeeIds: z
    .array(id)
    .max(20)
    .optional()
    .describe('The employees praised; default: those named in the text.'),
  text: z.string().max(10_000).nullable().optional(),
  customerId: id.nullable().optional(),
  interactionId: id.nullable().optional(),
});

export const praisePass = z
  .object({
    note: z.string().max(2_000).nullable().optional(),
    byEmployeeId: id
      .optional()
      .describe(
        'The employee passing it on (API keys); a signed-in employee passes as themselves.',
      ),
  })
  .default({});

export const praiseFeedQuery = pageQuery.extend({
  employeeId: id.optional().describe('Praise about this employee.'),
  teamId: id.optional().describe('Praise about anyone in this team.'),
  customerId: id.optional(),
});

export const praiseCountsQuery = z.object({ employeeId: id });
export const praiseCounts = z.object({
  employeeId: z.string(),
  received: z.number().int(),
  passedUp: z.number().int(),
  asManager: z.number().int(),
});

export const task = z.object({
  id: z.string(),
  kind: z.enum(['thank_customer', 'call_back']),
  title: z.string(),
  customerId: z.string().nullable(),
  praiseId: z.string().nullable(),
  caseId: z.string().nullable(),
  assigneeId: z.string().nullable(),
  status: z.enum(['open', 'done', 'cancelled']),
  dueAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  method: z.enum(['call', 'voicemail', 'email', 'sms', 'in_person']).nullable(),
  note: z.string().nullable(),
  interactionId: z.string().nullable(),
  createdAt: z.string(),
});
export type TaskDto = z.infer<typeof task>;

export const taskListQuery = pageQuery.extend({
  assigneeId: id.optional(),
  status: z.enum(['open', 'done', 'cancelled']).optional(),
  customerId: id.optional(),
  praiseId: id.optional(),
  caseId: id.optional(),
});

export const taskPatch = z.object({ assigneeId: id.nullable().optional() });

export const taskComplete = z.object({
  method: z.enum(['call', 'voicemail', 'email', 'sms', 'in_person']),
  note: z.string().max(10_000).nullable().optional(),
});
