import { z } from 'zod';
import { optionalShort, pageQuery, shortText } from './common.schema.ts';
import { phone } from './customers.schema.ts';

export const employeeInput = z.object({
  externalId: optionalShort,
  name: shortText,
  email: z.email().max(254).nullable().optional(),
  phone: phone.nullable().optional(),
  title: optionalShort.describe('Job title in words: agent, team lead, head of service…'),
  teamId: z.string().max(64).nullable().optional(),
  managerId: z.string().max(64).nullable().optional().describe('The employee this one reports to.'),
  active: z.boolean().optional(),
});
export const employeePatch = employeeInput.partial();

export const employee = z.object({
  id: z.string(),
  externalId: z.string().nullable(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  title: z.string().nullable(),
  teamId: z.string().nullable(),
  managerId: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EmployeeDto = z.infer<typeof employee>;

export const employeeListQuery = pageQuery.extend({
  q: z.string().max(200).optional(),
  teamId: z.string().max(64).optional(),
  managerId: z.string().max(64).optional(),
  externalId: z.string().max(200).optional(),
});

export const teamInput = z.object({
  name: shortText,
  leadId: z.string().max(64).nullable().optional(),
});
export const teamPatch = teamInput.partial();
export const team = z.object({
  id: z.string(),
  name: z.string(),
  leadId: z.string().nullable(),
  createdAt: z.string(),
});
export type TeamDto = z.infer<typeof team>;
