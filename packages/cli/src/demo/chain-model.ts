/**
 * The demo's unbroken chain, as a latent model with noise (seeds/002): each team's leadership
 * engagement follows how well the team is run (its service quality), its employee engagement
 * follows its leadership, and its customers' answers follow its employee engagement — each step
 * with noise, so the linkage view shows a real but imperfect chain.
 */
import type { Outcome } from '@rapport/core';
import type { Rng } from './random.ts';

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export interface TeamChain {
  /** The lead's leadership engagement, 1–5. */
  leadership: number;
  /** Employee engagement per quarter ("2026-Q3"), 1–5. */
  engagement: Map<string, number>;
  /** What else moves this team's customers (products, region, luck): a shift of their scores. */
  customerShift: number;
}

/** A team's chain from its service quality (0.45–0.9) over the given quarters. */
export function teamChain(quality: number, quarters: readonly string[], rng: Rng): TeamChain {
  const leadership = clamp(2.7 + (1.9 * (quality - 0.45)) / 0.45 + rng.normal(0, 0.35), 1.8, 4.8);
  const base = 1.6 + 0.6 * leadership + rng.normal(0, 0.3);
  const engagement = new Map(
    quarters.map((q) => [q, clamp(base + rng.normal(0, 0.08), 1.6, 4.8)] as const),
  );
  return { leadership, engagement, customerShift: rng.normal(0, 0.25) };
}

/** One 1–5 agreement around a mean. */
export const agreement = (mean: number, rng: Rng, sd = 0.7): number =>
  clamp(Math.round(rng.normal(mean, sd)), 1, 5);

/** An employee's eNPS (0–10) for a team of engagement e. */
export const enpsScore = (e: number, rng: Rng): number =>
  clamp(Math.round(rng.normal(2.3 * e - 1.6, 1.7)), 0, 10);

const outcomeShift = (o: Outcome | null): number =>
  o === 'resolved' ? 0.3 : o === 'unresolved' || o === 'escalated' || o === 'abandoned' ? -1 : 0;

/** A customer's CSAT (1–5) about an interaction with a team of engagement e. */
export const csatScore = (e: number, shift: number, o: Outcome | null, rng: Rng): number =>
  clamp(Math.round(rng.normal(1.5 + 0.72 * e + shift + outcomeShift(o), 0.85)), 1, 5);

/** A customer's effort score (1–7, higher is easier). */
export const cesScore = (e: number, shift: number, o: Outcome | null, rng: Rng): number =>
  clamp(Math.round(rng.normal(1.6 + e + 1.4 * shift + 1.2 * outcomeShift(o), 1.1)), 1, 7);

/** A customer's likelihood to recommend (0–10) given the owning team's engagement. */
export const npsScore = (e: number, shift: number, rng: Rng): number =>
  clamp(Math.round(rng.normal(2.2 + 1.45 * e + 2 * shift, 1.8)), 0, 10);

export const PULSE_COMMENTS = {
  high: [
    'Keep the weekly huddles, they help.',
    'I feel trusted to fix things for customers.',
    'More chances to learn from other teams.',
    'The new scheduling works well.',
  ],
  low: [
    'We need more people on the late shift.',
    'Decisions come down without explanation.',
    'Recognition is rare.',
    'The tools are slow and crash.',
  ],
} as const;
