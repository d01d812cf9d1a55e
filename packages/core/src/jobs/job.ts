/**
 * A durable job: work the worker does after a transaction commits. Core services enqueue jobs
 * in the same transaction as the change that causes them, so the job table is the outbox: an
 * effect is never lost and never runs for a rolled-back change.
 */
export type JobStatus = 'queued' | 'running' | 'done' | 'dead';

export interface JobRequest {
  name: string;
  payload: Record<string, unknown>;
  /** Earliest time to run (ISO); default now. */
  runAt?: string | undefined;
  maxAttempts?: number | undefined;
  /** Jobs with the same ordering key run one at a time, in creation order (webhooks per case). */
  orderingKey?: string | undefined;
  /** A second enqueue with the same dedupe key is ignored while the first exists. */
  dedupeKey?: string | undefined;
}

export interface Job {
  id: string;
  workspaceId: string;
  name: string;
  payload: Record<string, unknown>;
  status: JobStatus;
  runAt: string;
  attempts: number;
  maxAttempts: number;
  orderingKey: string | null;
  dedupeKey: string | null;
  lockedBy: string | null;
  lockedUntil: string | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
}
