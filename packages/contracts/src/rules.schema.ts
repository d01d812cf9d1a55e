import { z } from 'zod';

export const ruleTrigger = z
  .enum(['response', 'signal', 'low_score', 'interaction'])
  .describe('What the rule listens to.');

export const ruleCondition = z
  .record(z.string(), z.unknown())
  .describe(
    'A condition tree: { "all": [...] }, { "any": [...] }, { "not": {...} } or a test — score, emotion, ' +
      'signal, sentiment, escalation, mentions, interaction, source, segment. See docs/CLOSED_LOOP.md. ' +
      'Checked in full; errors name the field, e.g. condition.all[1].emotion.value.',
  );

export const ruleAction = z
  .record(z.string(), z.unknown())
  .describe(
    'An action: { "type": "open_case", "reason", "priority", "owner"? }, { "type": "route_praise" }, ' +
      '{ "type": "notify", "to": [...] }, { "type": "webhook" } or { "type": "tag", "tag" }.',
  );

export const ruleInput = z.object({
  name: z.string().trim().min(1).max(200),
  enabled: z.boolean().optional(),
  trigger: ruleTrigger,
  condition: ruleCondition,
  actions: z.array(ruleAction).min(1).max(10),
});

export const rulePatch = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  enabled: z.boolean().optional(),
  trigger: ruleTrigger.optional(),
  condition: ruleCondition.optional(),
  actions: z.array(ruleAction).min(1).max(10).optional(),
});

export const rule = z.object({
  id: z.string(),
  name: z.string(),
  enabled: z.boolean(),
  trigger: ruleTrigger,
  condition: z.record(z.string(), z.unknown()),
  actions: z.array(z.record(z.string(), z.unknown())),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RuleDto = z.infer<typeof rule>;

export const ruleListQuery = z.object({
  trigger: ruleTrigger.optional(),
  enabled: z.enum(['true', 'false']).optional(),
});

export const dryRunResult = z.object({
  from: z.string(),
  to: z.string(),
  examined: z.number().int(),
  matched: z.number().int(),
  truncated: z.boolean(),
  matches: z.array(
    z.object({
      kind: z.enum(['response', 'signal', 'interaction', 'low_score']),
      id: z.string(),
      at: z.string(),
      customerId: z.string().nullable(),
      summary: z.string(),
      wouldOpenCase: z
        .object({
          reason: z.string(),
          priority: z.string(),
          ownerId: z.string().nullable(),
          why: z.string(),
        })
        .nullable(),
    }),
  ),
});
export type DryRunResultDto = z.infer<typeof dryRunResult>;
