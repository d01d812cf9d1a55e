import type { Clock, Deps, Ids, Repos } from '@rapport/core';
import type { Settings } from '@rapport/config';
import type { Store } from '@rapport/store';
import type { Logger } from 'pino';

/** Everything the HTTP app needs from outside; tests build it with their own store and clock. */
export interface AppDeps {
  store: Store;
  settings: Settings;
  clock: Clock;
  ids: Ids;
  logger?: Logger | false;
}

export function depsFor(app: AppDeps, r: Repos): Deps {
  return { r, clock: app.clock, ids: app.ids };
}
