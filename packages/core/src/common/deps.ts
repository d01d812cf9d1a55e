import type { Repos } from '../ports/repos.ts';
import type { Clock } from './clock.ts';
import type { Ids } from './ids.ts';

/** What a service needs: repositories bound to the caller's transaction, a clock, ids. */
export interface Deps {
  r: Repos;
  clock: Clock;
  ids: Ids;
}
