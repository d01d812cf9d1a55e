/**
 * The demo workspace's stories (GET /api/v1/demo/stories): for each of DESIGN.md's five stories,
 * the ids of the rows that tell it, so the web app's first-visit tour can open each one on the
 * screen that tells it. A workspace not made by `rapport demo` has none.
 */
import { z } from 'zod';
import { isoTime } from './common.schema.ts';

export const demoStoryKey = z
  .enum(['compliment', 'red-flag', 'unbroken-chain', 'battery', 'thor-and-odin'])
  .describe(
    'compliment (seeds/000), red-flag (001), unbroken-chain (002), battery (003), thor-and-odin (004).',
  );

export const demoStory = z.object({
  key: demoStoryKey,
  customerId: z.string().nullable().describe('The customer whose history tells the story.'),
  interactionIds: z
    .array(z.string())
    .describe('The touchpoints the story turns on, in the order to look at them.'),
  caseId: z.string().nullable(),
  praiseId: z.string().nullable(),
  employeeIds: z
    .array(z.string())
    .describe("The story's people, agent first, then up the manager chain."),
  teamIds: z.array(z.string()).describe('The unbroken chain: the teams where it is broken.'),
  period: z.string().nullable().describe('The quarter the chain is read in, e.g. 2026-Q3.'),
});

export const demoStories = z.object({
  demo: z.boolean().describe('Whether this workspace was made by `rapport demo`.'),
  seed: z.number().int().nullable(),
  generatedAt: isoTime.nullable(),
  until: isoTime.nullable().describe('The day the generated history ends on.'),
  stories: z.array(demoStory),
});
export type DemoStoriesDto = z.infer<typeof demoStories>;
export type DemoStoryDto = z.infer<typeof demoStory>;
