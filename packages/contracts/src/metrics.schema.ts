import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day, YYYY-MM-DD');
export const groupByDimension = z.enum([
  'channel',
  'stage',
  'team',
  'agent',
  'owner',
  'segment',
  'week',
  'month',
  'survey',
]);

export const metricParams = z.object({ metric: z.enum(['nps', 'csat', 'ces', 'expectations']) });
export const metricQuery = z.object({
  from: day.optional().describe('First UTC day included (default: 90 days before `to`).'),
  to: day.optional().describe('First UTC day excluded (default: tomorrow).'),
  groupBy: z
    .string()
    .max(40)
    .optional()
    .transform((v, ctx) => {
      const parts = v
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [];
      const out: Array<z.infer<typeof groupByDimension>> = [];
      for (const p of parts) {
        const r = groupByDimension.safeParse(p);
        if (!r.success) {
          ctx.addIssue({
            code: 'custom',
            message: `unknown dimension "${p}"; use ${groupByDimension.options.join(', ')}`,
          });
          return z.NEVER;
        }
        out.push(r.data);
      }
      return out;
    })
    .describe(
      'One or two of channel, stage, team, agent, owner, segment, week, month, survey; comma-separated.',
    ),
  surveyId: z.string().max(64).optional(),
  channel: z.string().max(32).optional(),
  stage: z.string().max(64).optional(),
  teamId: z.string().max(64).optional(),
  agentId: z.string().max(64).optional(),
  ownerId: z.string().max(64).optional(),
  segment: z.string().max(200).optional(),
  scope: z
    .enum(['transactional', 'relationship'])
    .optional()
    .describe('CSAT/CES/expectations: about interactions (default) or from relationship surveys.'),
  compare: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('Compare with the previous period of the same length.'),
  minN: z.coerce.number().int().min(1).max(100_000).optional(),
});

const interval = z.object({ low: z.number(), high: z.number() }).nullable();
export const figure = z.object({
  metric: z.string(),
  status: z.enum(['ok', 'too_few', 'empty']),
  value: z.number().nullable(),
  n: z.number().int(),
  skipped: z.number().int(),
  interval,
  unit: z.enum(['points', 'percent', 'score']),
  scale: z.object({ min: z.number(), max: z.number(), label: z.string() }).nullable(),
  minN: z.number().int(),
  parts: z.unknown(),
});
export type FigureDto = z.infer<typeof figure>;

export const metricCell = z.object({
  group: z.record(z.string(), z.string().nullable()),
  scale: z.string(),
  figure,
});
export const comparison = z.object({
  metric: z.string(),
  test: z.string(),
  status: z.enum(['ok', 'too_few', 'empty']),
  before: z.object({ value: z.number().nullable(), n: z.number() }),
  after: z.object({ value: z.number().nullable(), n: z.number() }),
  difference: z.number().nullable(),
  interval,
  statistic: z.number().nullable(),
  df: z.number().nullable(),
  pValue: z.number().nullable(),
  significant: z.boolean().nullable(),
  minN: z.number(),
});
export const metricResult = z.object({
  metric: z.string(),
  scope: z.string(),
  from: z.string(),
  to: z.string(),
  groupBy: z.array(groupByDimension),
  overall: z.array(metricCell),
  cells: z.array(metricCell),
  previous: z
    .object({
      from: z.string(),
      to: z.string(),
      comparisons: z.array(z.object({ scale: z.string(), comparison })),
    })
    .nullable(),
});
export type MetricResultDto = z.infer<typeof metricResult>;
