/**
 * Shared request/response schemas of the public API. The server validates with them and
 * publishes them as OpenAPI; the web app and the CLI type their calls with them.
 */
import { z } from 'zod';

export const isoTime = z.iso
  .datetime({ offset: true })
  .describe(
    'A time in ISO-8601 with a zone, e.g. 2026-11-23T10:15:00Z; stored as UTC with milliseconds.',
  );

export const idParam = z.object({ id: z.string().min(1).max(64) });

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('Items per page (1–500).'),
  cursor: z.string().max(512).optional().describe('The nextCursor of the previous page.'),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    instance: z.string().optional(),
    errors: z
      .array(
        z.object({
          field: z.string(),
          message: z.string(),
          choices: z
            .array(z.object({ value: z.string(), label: z.string() }))
            .optional()
            .describe('The values the field may take, when the caller must choose one.'),
        }),
      )
      .optional(),
  })
  .describe('An RFC 9457 problem: what went wrong, and which fields were at fault.');
export type Problem = z.infer<typeof problem>;

export const freeText = (max: number) => z.string().max(max);
export const shortText = z.string().trim().min(1).max(200);
export const optionalShort = z.string().trim().max(200).nullable().optional();
export const attributes = z
  .record(z.string().max(100), z.unknown())
  .refine((v) => JSON.stringify(v).length <= 16_384, 'attributes may hold at most 16 KB of JSON')
  .describe('Free-form key/value attributes (at most 16 KB as JSON).');
