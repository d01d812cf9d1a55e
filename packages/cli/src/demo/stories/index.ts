/**
 * The five stories of DESIGN.md in the demo workspace, made through the services a user's data
 * goes through and processed by the worker at the moments the stories say. Stories 1, 2, 4 and 5
 * are told before the bulk of the demo (so only their jobs are due when they settle); story 3 is
 * the demo's chain, read once it exists. The record of where each story is lets the web app's
 * first-visit tour open it.
 */
import { recordDemoStories, systemCtx, type Clock, type DemoStory, type Ids } from '@rapport/core';
import type { Store } from '@rapport/store';
import type { Company } from '../company.ts';
import { storyWorker } from '../process.ts';
import { tellCompliment } from './story1-compliment.ts';
import { tellRedFlag } from './story2-red-flag.ts';
import { readUnbrokenChain } from './story3-chain.ts';
import { tellBattery } from './story4-battery.ts';
import { tellThorAndOdin } from './story5-thor-and-odin.ts';
import type { StoryWorld } from './story-kit.ts';

export interface ToldStories {
  stories: DemoStory[];
  /** The story customers: the demo's bulk feedback leaves them alone. */
  customerIds: ReadonlySet<string>;
  /** What the stories added to the company. */
  counts: { teams: number; employees: number; customers: number; interactions: number };
}

export async function tellStories(
  store: Store,
  deps: { ids: Ids },
  opts: { ws: string; company: Company; until: Date },
): Promise<ToldStories> {
  const w: StoryWorld = {
    store,
    ids: deps.ids,
    ws: opts.ws,
    company: opts.company,
    until: opts.until.getTime(),
    settle: storyWorker(store, deps.ids),
  };
  const stories: DemoStory[] = [];
  for (const tell of [tellThorAndOdin, tellRedFlag, tellCompliment, tellBattery])
    stories.push(await tell(w));
  const customerIds = new Set(stories.flatMap((s) => (s.customerId ? [s.customerId] : [])));
  let interactions = 0;
  for (const customerId of customerIds)
    interactions += (
      await store.read((r) => r.interactions.list(opts.ws, { customerId }, { limit: 100 }))
    ).items.length;
  const employees = new Set(stories.flatMap((s) => s.employeeIds));
  const before = new Set(
    opts.company.teams.flatMap((t) => [t.lead.id, ...t.agents.map((a) => a.id)]),
  );
  return {
    stories,
    customerIds,
    counts: {
      teams: 1, // the car service desk of story 1
      employees: [...employees].filter((id) => !before.has(id)).length,
      customers: customerIds.size,
      interactions,
    },
  };
}

/** Reads story 3 from the finished chain and records where all five are. */
export async function recordStories(
  store: Store,
  deps: { clock: Clock; ids: Ids },
  opts: { ws: string; seed: number; until: Date; told: ToldStories },
): Promise<DemoStory[]> {
  const chain = await readUnbrokenChain(store, deps, opts.ws, opts.until);
  const stories = [...opts.told.stories, chain];
  await store.write((r) =>
    recordDemoStories({ r, ...deps }, systemCtx(opts.ws), {
      seed: opts.seed,
      generatedAt: deps.clock.now().toISOString(),
      until: opts.until.toISOString(),
      stories,
    }),
  );
  return stories;
}
