/**
 * The five stories of DESIGN.md as they were generated into a demo workspace (`rapport demo`):
 * for each story, the ids of the rows that tell it — the customer, the touchpoint it turns on,
 * the case, the praise, the people and teams — so a newcomer's tour can open each one on the
 * screen that tells it. Only ids are kept (the words of the tour live in the web app): erasing a
 * customer leaves nothing of them here but an id that no longer resolves.
 */
import { authorize, type Ctx } from '../auth/actor.ts';
import type { Deps } from '../common/deps.ts';
import { invalid } from '../errors/domain-error.ts';
import { withDefaults } from '../workspace/workspace.ts';

export const DEMO_STORY_KEYS = [
  'compliment',
  'red-flag',
  'unbroken-chain',
  'battery',
  'thor-and-odin',
] as const;
/** compliment (seeds/000), red-flag (001), unbroken-chain (002), battery (003), thor-and-odin (004). */
export type DemoStoryKey = (typeof DEMO_STORY_KEYS)[number];

export interface DemoStory {
  key: DemoStoryKey;
  /** The customer whose history tells the story (none for the chain). */
  customerId: string | null;
  /** The touchpoints the story turns on, in the order to look at them (the first is opened). */
  interactionIds: string[];
  caseId: string | null;
  praiseId: string | null;
  /** The story's people in the order it names them (agent first, then up the chain). */
  employeeIds: string[];
  /** The unbroken chain: the teams where the chain is broken in `period`. */
  teamIds: string[];
  /** A calendar quarter or month (`2026-Q3`) the story is read in, or null. */
  period: string | null;
}

export interface DemoStories {
  seed: number;
  /** When the demo was generated, and the day its history ends on. */
  generatedAt: string;
  until: string;
  stories: DemoStory[];
}

/** Records the stories of a demo workspace (replacing any recorded before). */
export async function recordDemoStories(d: Deps, ctx: Ctx, input: DemoStories): Promise<void> {
  authorize(ctx, 'settings:write');
  const seen = new Set<string>();
  input.stories.forEach((s, i) => {
    if (!DEMO_STORY_KEYS.includes(s.key) || seen.has(s.key))
      throw invalid(`stories[${i}].key`, `Unknown or repeated story ${s.key}.`);
    seen.add(s.key);
  });
  const ws = await d.r.workspaces.get(ctx.workspaceId);
  const stories = DEMO_STORY_KEYS.flatMap((k) => input.stories.filter((s) => s.key === k));
  await d.r.workspaces.updateSettings(ctx.workspaceId, {
    ...withDefaults(ws?.settings),
    demoStories: { ...input, stories },
  });
}

/** The stories of this workspace, in story order; none unless it was made by `rapport demo`. */
export async function demoStories(d: Deps, ctx: Ctx): Promise<DemoStories | null> {
  authorize(ctx, 'settings:read');
  const ws = await d.r.workspaces.get(ctx.workspaceId);
  return ws?.settings.demoStories ?? null;
}
