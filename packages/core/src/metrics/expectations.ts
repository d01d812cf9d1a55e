/**
 * Expectations: failed / met / exceeded as shares (each with a Wilson interval) and the net
 * %exceeded − %failed ∈ [−100, 100]. The net is an NPS-like difference of two shares of one
 * sample, so its 95 % interval uses the same variance: 1.96·√((e + f − (e − f)²)/n)·100.
 */
import { invalid } from '../errors/domain-error.ts';
import { figureStatus, resolveMinN, type Figure, type MetricOptions } from './figure.ts';
import { npsInterval } from './nps.ts';
import { shareEstimate, type ShareEstimate } from './wilson.ts';

export type ExpectationAnswer = 'failed' | 'met' | 'exceeded';

/** The aggregated form: one count per outcome. */
export interface ExpectationCounts {
  failed: number;
  met: number;
  exceeded: number;
  /** Answers seen but not counted. Default 0. */
  skipped?: number | undefined;
}

export interface ExpectationParts {
  failed: ShareEstimate;
  met: ShareEstimate;
  exceeded: ShareEstimate;
}

/** Counts raw answers; null and unknown values are skipped. */
export function expectationCounts(
  answers: readonly (ExpectationAnswer | null)[],
): ExpectationCounts {
  const c = { failed: 0, met: 0, exceeded: 0, skipped: 0 };
  for (const a of answers) {
    if (a === 'failed' || a === 'met' || a === 'exceeded') c[a]++;
    else c.skipped++;
  }
  return c;
}

/** Net expectations from counts; `too_few` below minN (default 10) with the counts still reported. */
export function expectationsFromCounts(
  c: ExpectationCounts,
  opts: MetricOptions = {},
): Figure<ExpectationParts> {
  for (const k of ['failed', 'met', 'exceeded', 'skipped'] as const) {
    const v = c[k] ?? 0;
    if (!Number.isInteger(v) || v < 0) throw invalid(k, `${k} must be an integer ≥ 0, got ${v}.`);
  }
  const minN = resolveMinN(opts.minN);
  const n = c.failed + c.met + c.exceeded;
  const status = figureStatus(n, minN);
  const ok = status === 'ok';
  const share = (k: number): ShareEstimate => {
    const s = shareEstimate(k, n);
    return ok ? s : { ...s, interval: null };
  };
  const e = n === 0 ? 0 : c.exceeded / n;
  const f = n === 0 ? 0 : c.failed / n;
  return {
    metric: 'expectations',
    status,
    value: ok ? 100 * (e - f) : null,
    n,
    skipped: c.skipped ?? 0,
    interval: ok ? npsInterval(e, f, n) : null,
    unit: 'points',
    scale: null,
    minN,
    parts: { failed: share(c.failed), met: share(c.met), exceeded: share(c.exceeded) },
  };
}

/** Net expectations from raw answers. */
export function expectationsFromAnswers(
  answers: readonly (ExpectationAnswer | null)[],
  opts: MetricOptions = {},
): Figure<ExpectationParts> {
  return expectationsFromCounts(expectationCounts(answers), opts);
}
