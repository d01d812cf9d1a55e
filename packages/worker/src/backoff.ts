/**
 * Retry delays: exponential with jitter. The jitter is drawn from a hash of the job id and
 * the attempt, not from Math.random, so a job's retry times are the same on every run and a
 * test with a fake clock knows exactly when the next attempt is due; different jobs still
 * spread out, so a receiver that comes back is not hit by every retry at once.
 */
export interface BackoffPolicy {
  /** Delay after the first failed attempt, before jitter. */
  baseMs: number;
  /** Growth per attempt (default 4). */
  factor?: number | undefined;
  /** Ceiling of the delay (default 6 hours). */
  maxMs?: number | undefined;
  /** Share of the delay taken off at random, 0–1 (default 0.5: between half and all of it). */
  jitter?: number | undefined;
}

/** 5 s, 20 s, 80 s, 5 min, 21 min, 85 min, 5.7 h (less jitter): about 8 hours over 8 attempts. */
export const DEFAULT_BACKOFF: Required<BackoffPolicy> = {
  baseMs: 5_000,
  factor: 4,
  maxMs: 6 * 3_600_000,
  jitter: 0.5,
};

/** A number in [0, 1) from a string: FNV-1a, 32 bits. */
export function unitHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h / 0x1_0000_0000;
}

/**
 * The delay before the next attempt, after `attempt` (1-based) failed. `seed` (the job id)
 * makes the jitter deterministic.
 */
export function backoffDelay(
  policy: BackoffPolicy | undefined,
  attempt: number,
  seed: string,
): number {
  const p = { ...DEFAULT_BACKOFF, ...definedOnly(policy) };
  const raw = Math.min(p.maxMs, p.baseMs * p.factor ** Math.max(0, attempt - 1));
  const jitter = Math.min(1, Math.max(0, p.jitter));
  return Math.round(raw * (1 - jitter * unitHash(`${seed}#${attempt}`)));
}

function definedOnly(policy: BackoffPolicy | undefined): Partial<Required<BackoffPolicy>> {
  const out: Partial<Required<BackoffPolicy>> = {};
  if (!policy) return out;
  for (const [k, v] of Object.entries(policy) as Array<[keyof BackoffPolicy, number | undefined]>)
    if (v !== undefined) out[k] = v;
  return out;
}
