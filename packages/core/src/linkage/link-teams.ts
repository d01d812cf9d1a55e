/**
 * Linkage over teams (issue 7): one point per team — x an engagement score, y a customer outcome
 * (or leadership → employee engagement) — and the Pearson, Spearman and size-weighted Pearson
 * correlations with their 95 % intervals, the fitted line and the plain sentence.
 */
import { invalid } from '../errors/domain-error.ts';
import type { ConfidenceInterval } from '../metrics/figure.ts';
import {
  effectiveN,
  MIN_CORRELATION_PAIRS,
  pearsonR,
  spearmanRho,
  weightedPearsonR,
} from './correlation.ts';
import { describeLink, includesZero } from './describe.ts';
import { leastSquaresLine, type FittedLine } from './fit.ts';
import {
  bootstrapPercentileInterval,
  FISHER_MIN_N,
  fisherZInterval,
  type BootstrapOptions,
} from './interval.ts';

/** One team on the scatter plot; `weight` is its size (respondents), used by the weighted r. */
export interface LinkagePoint {
  teamId: string;
  x: number;
  y: number;
  weight?: number | undefined;
}

export type CorrelationMethod = 'pearson' | 'spearman' | 'weighted-pearson';

export interface CorrelationEstimate {
  method: CorrelationMethod;
  /** Null when undefined (fewer than 3 teams, or no variation). */
  r: number | null;
  /** Teams. */
  n: number;
  /** Kish effective n for the weighted r; n otherwise. Fisher's interval uses it. */
  nEffective: number;
  interval: ConfidenceInterval | null;
  intervalMethod: 'fisher' | 'bootstrap' | null;
  /** Whether the interval includes 0 ("not distinguishable from no link"). */
  includesZero: boolean | null;
  /** E.g. "moderate positive link, r = 0.52, 95 % interval 0.10–0.79, 14 teams". */
  sentence: string;
}

export interface LinkageOptions extends BootstrapOptions {
  /** `auto` (default): Fisher z when the (effective) n ≥ 4, else the seeded bootstrap. */
  interval?: 'auto' | 'fisher' | 'bootstrap' | undefined;
  /** The estimate the headline sentence uses. Default `pearson` (teams as equal units). */
  primary?: CorrelationMethod | undefined;
}

export interface LinkageResult {
  n: number;
  pearson: CorrelationEstimate;
  spearman: CorrelationEstimate;
  /** Null unless every point has a weight. */
  weightedPearson: CorrelationEstimate | null;
  primary: CorrelationEstimate;
  /** Least-squares line for the scatter plot (weighted when the primary estimate is). */
  line: FittedLine | null;
  points: readonly LinkagePoint[];
}

function estimate(
  method: CorrelationMethod,
  xs: readonly number[],
  ys: readonly number[],
  ws: readonly number[],
  opts: LinkageOptions,
): CorrelationEstimate {
  const stat = (ix: readonly number[]): number | null => {
    const px = ix.map((i) => xs[i] ?? 0);
    const py = ix.map((i) => ys[i] ?? 0);
    if (method === 'spearman') return spearmanRho(px, py);
    if (method === 'pearson') return pearsonR(px, py);
    return weightedPearsonR(
      px,
      py,
      ix.map((i) => ws[i] ?? 1),
    );
  };
  const n = xs.length;
  const nEffective = method === 'weighted-pearson' ? effectiveN(ws) : n;
  const r = stat(xs.map((_, i) => i));
  let interval: ConfidenceInterval | null = null;
  let intervalMethod: CorrelationEstimate['intervalMethod'] = null;
  if (r !== null) {
    const mode = opts.interval ?? 'auto';
    const fisherOk = nEffective >= FISHER_MIN_N;
    if (mode === 'fisher' && !fisherOk)
      throw invalid('interval', `Fisher's z interval needs at least ${FISHER_MIN_N} teams.`);
    if (mode === 'fisher' || (mode === 'auto' && fisherOk)) {
      interval = fisherZInterval(r, nEffective, method === 'spearman');
      intervalMethod = 'fisher';
    } else {
      interval = bootstrapPercentileInterval(n, stat, r, opts);
      intervalMethod = interval ? 'bootstrap' : null;
    }
  }
  return {
    method,
    r,
    n,
    nEffective,
    interval,
    intervalMethod,
    includesZero: interval ? includesZero(interval) : null,
    sentence: describeLink(r, interval, n, { symbol: method === 'spearman' ? 'ρ' : 'r' }),
  };
}

/**
 * Correlates x and y over teams. Pearson and Spearman always; the weighted Pearson when every
 * point carries a weight (team size) — right when team scores are means of very different numbers
 * of respondents. Points with non-finite values are refused.
 */
export function linkTeams(
  points: readonly LinkagePoint[],
  opts: LinkageOptions = {},
): LinkageResult {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const weighted = points.length > 0 && points.every((p) => p.weight !== undefined);
  const ws = points.map((p) => p.weight ?? 1);
  const pearson = estimate('pearson', xs, ys, ws, opts);
  const spearman = estimate('spearman', xs, ys, ws, opts);
  const weightedPearson = weighted ? estimate('weighted-pearson', xs, ys, ws, opts) : null;
  const want = opts.primary ?? 'pearson';
  if (want === 'weighted-pearson' && !weightedPearson) {
    throw invalid('primary', 'The weighted correlation needs a weight (team size) on every point.');
  }
  const primary =
    want === 'spearman'
      ? spearman
      : want === 'weighted-pearson' && weightedPearson
        ? weightedPearson
        : pearson;
  const line =
    points.length >= MIN_CORRELATION_PAIRS - 1
      ? leastSquaresLine(xs, ys, primary.method === 'weighted-pearson' ? ws : undefined)
      : null;
  return { n: points.length, pearson, spearman, weightedPearson, primary, line, points };
}
