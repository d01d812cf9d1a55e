/** The ports of security and privacy: shared rate-limit counters and personal-data sweeps. */

/** A counter in its current window. */
export interface RateCount {
  count: number;
  /** ISO time the window began (its first hit). */
  windowStart: string;
}

export interface RateLimitRepo {
  /**
   * Adds one to `key`'s counter and returns it. A counter whose window began at or before
   * `expiredAtOrBefore` starts again at 1 with its window at `now`. Atomic across instances.
   */
  hit(ws: string, key: string, now: string, expiredAtOrBefore: string): Promise<RateCount>;
  /** The counter when its window is still open, else undefined. */
  peek(ws: string, key: string, expiredAtOrBefore: string): Promise<RateCount | undefined>;
  clear(ws: string, key: string): Promise<void>;
  /** Deletes counters whose windows began before `at` (housekeeping). */
  purgeBefore(at: string): Promise<number>;
}

/** Rows of one table, as stored (column → value), for an export. */
export type TableRows = Array<Record<string, unknown>>;

export interface RetentionPolicy {
  /** Raw text (comments, transcripts, notes) older than this many days is removed; null keeps it. */
  rawTextDays: number | null;
  updatedAt: string | null;
}

export interface PrivacyRepo {
  /** Everything stored about one customer, by table (secrets' hashes left out). */
  collect(ws: string, customerId: string): Promise<Record<string, TableRows>>;
  /**
   * Deletes the customer and everything derived from them (interactions, transcripts,
   * responses, answers, signals, cases, praise, tasks, engagement, queued jobs and stored
   * idempotent replies that mention them) from every table; aggregates (metric roll-ups) stay.
   * Returns the rows deleted per table.
   */
  erase(ws: string, customerId: string): Promise<Record<string, number>>;
  /** Removes raw text written before `before`, at most `limit` rows per column; counts per column. */
  redactTextBefore(ws: string, before: string, limit: number): Promise<Record<string, number>>;
  getRetention(ws: string): Promise<RetentionPolicy>;
  setRetention(ws: string, policy: RetentionPolicy): Promise<void>;
  /** Workspaces with a retention policy set. */
  retentionWorkspaces(): Promise<Array<{ workspaceId: string; rawTextDays: number }>>;
}
