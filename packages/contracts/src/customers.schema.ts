import { z } from 'zod';
import { attributes, optionalShort, pageQuery } from './common.schema.ts';

const timezone = z
  .string()
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'not an IANA time zone (e.g. Europe/Paris)');

export const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{5,24}$/, 'not a phone number (digits, optionally starting with +)');

export const customerInput = z.object({
  externalId: optionalShort.describe("Your system's id for this customer; unique per workspace."),
  name: optionalShort,
  email: z.email().max(254).nullable().optional(),
  phone: phone.nullable().optional(),
  timezone: timezone.nullable().optional(),
  locale: z.string().max(35).nullable().optional(),
  segment: optionalShort,
  relationshipOwnerId: z
    .string()
    .max(64)
    .nullable()
    .optional()
    .describe('Employee who owns the relationship.'),
  attributes: attributes.optional(),
  consent: z.object({ email: z.boolean().optional(), sms: z.boolean().optional() }).optional(),
});
export type CustomerInputBody = z.infer<typeof customerInput>;

export const customer = z.object({
  id: z.string(),
  externalId: z.string().nullable(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  timezone: z.string().nullable(),
  locale: z.string().nullable(),
  segment: z.string().nullable(),
  relationshipOwnerId: z.string().nullable(),
  attributes: z.record(z.string(), z.unknown()),
  consent: z.object({ email: z.boolean(), sms: z.boolean() }),
  optedOutAt: z.string().nullable(),
  engagementScore: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CustomerDto = z.infer<typeof customer>;

export const customerListQuery = pageQuery.extend({
  ids: z
    .string()
    .max(100 * 65)
    .optional()
    .transform((v) =>
      v === undefined
        ? undefined
        : v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
    )
    .refine((v) => v === undefined || v.length <= 100, 'at most 100 ids')
    .describe('Comma-separated customer ids: a batch lookup of up to 100.'),
  q: z.string().max(200).optional().describe('Matches name or e-mail, case-insensitively.'),
  email: z.string().max(254).optional(),
  phone: z.string().max(32).optional(),
  externalId: z.string().max(200).optional(),
  segment: z.string().max(200).optional(),
  relationshipOwnerId: z.string().max(64).optional(),
});
