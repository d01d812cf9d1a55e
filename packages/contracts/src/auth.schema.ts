import { z } from 'zod';

export const role = z.enum(['admin', 'analyst', 'manager', 'agent']);

export const apiKeyInput = z.object({
  name: z.string().trim().min(1).max(100),
  role: role.default('admin'),
});
export const apiKey = z.object({
  id: z.string(),
  name: z.string(),
  role,
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export const apiKeyCreated = apiKey.extend({
  key: z.string().describe('The secret key. Shown once; store it now.'),
});

export const loginInput = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(1024),
  workspaceId: z.string().max(64).optional(),
});
export const me = z.object({
  userId: z.string().nullable(),
  name: z.string(),
  email: z.string().nullable(),
  role,
  employeeId: z.string().nullable(),
  workspaceId: z.string(),
  workspaceName: z.string(),
  csrfToken: z.string().optional(),
});
export type MeDto = z.infer<typeof me>;
