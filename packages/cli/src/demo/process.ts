/**
 * Runs the demo's jobs the way `rapport serve` would — the registry's every job: signals read
 * from each text, engagement, rules, cases, praise, survey triggers — so what the worker makes
 * exists when the server starts. `storyWorker` runs them at a moment of the stories' timeline;
 * `runDemoJobs` runs all that is due now, with progress.
 */
import { loadSettings } from '@rapport/config';
import type { Clock, Ids } from '@rapport/core';
import type { Store } from '@rapport/store';
import { createRapportRegistry, createWorker, type Worker } from '@rapport/worker';

const SETTINGS = loadSettings({ LOG_LEVEL: 'silent' });

function demoWorker(store: Store, clock: Clock, ids: Ids, concurrency: number): Worker {
  return createWorker({
    store,
    registry: createRapportRegistry(),
    clock,
    ids,
    settings: SETTINGS,
    concurrency,
    batchSize: concurrency * 8,
  });
}

/** Runs the jobs due at a moment `t` of the stories, with the worker's clock at `t`. */
export function storyWorker(store: Store, ids: Ids): (t: number) => Promise<void> {
  let now = 0;
  const worker = demoWorker(store, { now: () => new Date(now) }, ids, 4);
  return async (t) => {
    now = t;
    await worker.drain({ maxRounds: 1_000 });
  };
}

/** Runs every job due now until none is left; returns how many ran. */
export async function runDemoJobs(
  store: Store,
  deps: { clock: Clock; ids: Ids },
  onProgress?: (done: number) => void,
): Promise<number> {
  const worker = demoWorker(store, deps.clock, deps.ids, 16);
  let done = 0;
  for (let round = 0; round < 100_000; round++) {
    const r = await worker.runDue();
    if (!r.claimed) return done;
    done += r.done + r.dead;
    onProgress?.(done);
  }
  throw new Error('The demo’s jobs did not settle.');
}
