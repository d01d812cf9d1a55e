/** The anonymity threshold of employee and leadership results (DESIGN.md: ≥ 5, never < 3). */
import { invalid } from '../errors/domain-error.ts';
import { MIN_ANONYMITY } from '../workspace/workspace.ts';

/** The default group size below which employee and leadership results are hidden. */
export const DEFAULT_ANONYMITY_THRESHOLD = 5;

/**
 * The threshold to apply: the given integer (default 5), clamped up to 3 — a configuration can
 * lower it, but never below 3.
 */
export function resolveAnonymityThreshold(threshold?: number): number {
  const t = threshold ?? DEFAULT_ANONYMITY_THRESHOLD;
  if (!Number.isInteger(t))
    throw invalid('anonymityThreshold', `The anonymity threshold must be an integer, got ${t}.`);
  return Math.max(MIN_ANONYMITY, t);
}
