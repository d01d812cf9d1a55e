import type { Clock } from '@rapport/core';

/**
 * A clock stopped at `t`. The demo records each event as of when it happened, so that the jobs
 * it enqueues fall due then and `runDemoJobs` can live the history in order (process.ts).
 */
export const clockAt = (t: number | string): Clock => ({ now: () => new Date(t) });
