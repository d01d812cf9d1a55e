/** Users, passwords, the audit log, privacy (export, erasure, retention): the API's schemas. */
import { z } from 'zod';
import { role } from './auth.schema.ts';
import { isoTime, pageQuery } from './common.schema.ts';

/** Passwords: 8 to 128 characters (the server also refuses commonly used ones). */
export const password = z.string().min(8).max(128);

export const user = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role,
  employeeId: z.string().nullable(),
  disabledAt: z.string().nullable(),
  passwordChangedAt: z.string(),
  createdAt: z.string(),
});
export type UserDto = z.infer<typeof user>;

export const userInput = z.object({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(200),
  role,
  password,
  employeeId: z.string().max(64).nullable().optional(),
});

export const userPatch = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  role: role.optional(),
  employeeId: z.string().max(64).nullable().optional(),
  disabled: z
    .boolean()
    .optional()
    .describe('true disables the user and ends their sessions; false enables them again.'),
  password: password
    .optional()
    .describe("Sets a new password (an admin's reset); ends the user's sessions."),
});

export const passwordChange = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: password,
});

export const auditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actorKind: z.enum(['user', 'api_key', 'system']),
  actorId: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  outcome: z.enum(['ok', 'denied', 'failed']),
  detail: z.record(z.string(), z.unknown()),
});

export const auditQuery = pageQuery.extend({
  action: z.string().max(100).optional(),
  actorId: z.string().max(64).optional(),
  targetId: z.string().max(64).optional(),
  outcome: z.enum(['ok', 'denied', 'failed']).optional(),
  from: isoTime.optional(),
  to: isoTime.optional(),
});

export const retention = z.object({
  rawTextDays: z
    .number()
    .int()
    .min(1)
    .max(3650)
    .nullable()
    .describe(
      'Comments, transcripts and notes older than this many days are removed by a daily job; null keeps them.',
    ),
  updatedAt: z.string().nullable(),
});
export const retentionInput = retention.pick({ rawTextDays: true });

export const customerExport = z.object({
  format: z.literal('rapport.customer-export/1'),
  exportedAt: z.string(),
  workspaceId: z.string(),
  customerId: z.string(),
  customer: z.record(z.string(), z.unknown()),
  records: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});

export const erasureReport = z.object({
  customerId: z.string(),
  erasedAt: z.string(),
  deleted: z.record(z.string(), z.number().int()),
});
