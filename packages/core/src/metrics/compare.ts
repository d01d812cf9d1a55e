/**
 * Two-period comparison with a significance test, so a dashboard can say whether a change is real.
 * NPS: z-test on the difference of two independent NPS estimates (variance of each as in
 * DESIGN.md); shares: two-proportion z-test (pooled) with Newcombe's hybrid score interval; means:
 * Welch's t-test. Differences are `after − before`, in the unit of the metric.
 */
import { DomainError, invalid } from '../errors/domain-error.ts';
import { resolveAnonymityThreshold } from './anonymity-threshold.ts';
import {
  clipInterval,
  figureStatus,
  resolveMinN,
  type ConfidenceInterval,
  type FigureStatus,
  type MetricName,
  type MetricOptions,
} from './figure.ts';
import { countBetween, histogramScale, histogramTotal, type ScoreHistogram } from './histogram.ts';
import {
  assertMoments,
  momentsFromHistogram,
  momentsMean,
  momentsSd,
  type Moments,
} from './moments.ts';
import { twoSidedNormalP, Z_95 } from './normal.ts';
import { assertNpsScale, npsParts, npsVariance } from './nps.ts';
import { resolveTopBoxMin, type CsatOptions } from './csat.ts';
import { sameScale } from './scale.ts';
import { studentTQuantile, twoSidedTP } from './t-distribution.ts';
import { wilsonInterval } from './wilson.ts';

/** The significance level behind `significant`. */
export const SIGNIFICANCE_LEVEL = 0.05;

export interface Comparison {
  metric: MetricName;
  test: 'nps-z' | 'two-proportion-z' | 'welch-t';
  /** `ok` only when both sides have at least minN answers; otherwise every estimate is null. */
  status: FigureStatus;
  before: { value: number | null; n: number };
  after: { value: number | null; n: number };
  /** after − before (NPS points, percentage points or scale points). */
  difference: number | null;
  /** 95 % interval of the difference. */
  interval: ConfidenceInterval | null;
  /** z or t. */
  statistic: number | null;
  /** Welch–Satterthwaite degrees of freedom (t-test only). */
  df: number | null;
  /** Two-sided p-value. */
  pValue: number | null;
  /** pValue < 0.05. */
  significant: boolean | null;
  minN: number;
}

export interface CompareOptions extends MetricOptions {
  metric?: MetricName | undefined;
}

function pairStatus(n1: number, n2: number, minN: number): FigureStatus {
  const a = figureStatus(n1, minN);
  const b = figureStatus(n2, minN);
  if (a === 'empty' || b === 'empty') return 'empty';
  return a === 'ok' && b === 'ok' ? 'ok' : 'too_few';
}

function notComparable(
  metric: MetricName,
  test: Comparison['test'],
  status: FigureStatus,
  n1: number,
  n2: number,
  minN: number,
): Comparison {
  return {
    metric,
    test,
    status,
    before: { value: null, n: n1 },
    after: { value: null, n: n2 },
    difference: null,
    interval: null,
    statistic: null,
    df: null,
    pValue: null,
    significant: null,
    minN,
  };
}

/** z = diff/se, with se = 0 meaning "no sampling noise": p = 1 if diff = 0, else 0. */
function zTest(diff: number, se: number): { statistic: number; pValue: number } {
  if (se === 0)
    return diff === 0
      ? { statistic: 0, pValue: 1 }
      : { statistic: Math.sign(diff) * Infinity, pValue: 0 };
  const z = diff / se;
  return { statistic: z, pValue: twoSidedNormalP(z) };
}

/**
 * Difference of two independent NPS (or eNPS) on the same scale:
 * Δ = NPS₂ − NPS₁, SE = 100·√(V₁ + V₂) with Vᵢ = (pᵢ + dᵢ − (pᵢ − dᵢ)²)/nᵢ,
 * z = Δ/SE, interval Δ ± 1.96·SE clipped to [−200, 200].
 */
export function compareNps(
  before: ScoreHistogram,
  after: ScoreHistogram,
  opts: CompareOptions = {},
): Comparison {
  const metric = opts.metric ?? 'nps';
  const s1 = histogramScale(before);
  const s2 = histogramScale(after);
  assertNpsScale(s1);
  assertNpsScale(s2);
  if (!sameScale(s1, s2)) {
    throw new DomainError('validation', `NPS on ${s1.label} and ${s2.label} cannot be compared.`, {
      field: 'scale',
    });
  }
  // eNPS is an employee figure: its minimum is the anonymity threshold (default 5, never < 3).
  const minN = metric === 'enps' ? resolveAnonymityThreshold(opts.minN) : resolveMinN(opts.minN);
  const a = npsParts(before);
  const b = npsParts(after);
  const n1 = histogramTotal(before);
  const n2 = histogramTotal(after);
  const status = pairStatus(n1, n2, minN);
  if (status !== 'ok') return notComparable(metric, 'nps-z', status, n1, n2, minN);
  const p1 = a.promoters / n1;
  const d1 = a.detractors / n1;
  const p2 = b.promoters / n2;
  const d2 = b.detractors / n2;
  const v1 = 100 * (p1 - d1);
  const v2 = 100 * (p2 - d2);
  const diff = v2 - v1;
  const se = 100 * Math.sqrt(npsVariance(p1, d1, n1) + npsVariance(p2, d2, n2));
  const { statistic, pValue } = zTest(diff, se);
  return {
    metric,
    test: 'nps-z',
    status,
    before: { value: v1, n: n1 },
    after: { value: v2, n: n2 },
    difference: diff,
    interval: clipInterval({ low: diff - Z_95 * se, high: diff + Z_95 * se }, -200, 200),
    statistic,
    df: null,
    pValue,
    significant: pValue < SIGNIFICANCE_LEVEL,
    minN,
  };
}

/**
 * Difference of two independent shares k/n in percentage points. Test: pooled two-proportion
 * z = (p̂₂ − p̂₁)/√(p̄(1 − p̄)(1/n₁ + 1/n₂)), p̄ = (k₁ + k₂)/(n₁ + n₂). Interval: Newcombe's hybrid
 * score interval from the two Wilson intervals [lᵢ, uᵢ]:
 * Δ − √((p̂₂ − l₂)² + (u₁ − p̂₁)²) … Δ + √((u₂ − p̂₂)² + (p̂₁ − l₁)²).
 */
export function compareShares(
  before: { count: number; n: number },
  after: { count: number; n: number },
  opts: CompareOptions = {},
): Comparison {
  const metric = opts.metric ?? 'csat';
  for (const side of [before, after]) {
    if (
      !Number.isInteger(side.n) ||
      side.n < 0 ||
      !Number.isInteger(side.count) ||
      side.count < 0 ||
      side.count > side.n
    ) {
      throw invalid(
        'count',
        `A share needs integers 0 ≤ count ≤ n, got ${side.count} of ${side.n}.`,
      );
    }
  }
  const minN = resolveMinN(opts.minN);
  const status = pairStatus(before.n, after.n, minN);
  if (status !== 'ok')
    return notComparable(metric, 'two-proportion-z', status, before.n, after.n, minN);
  const w1 = wilsonInterval(before.count, before.n);
  const w2 = wilsonInterval(after.count, after.n);
  const p1 = before.count / before.n;
  const p2 = after.count / after.n;
  const diff = p2 - p1;
  const pooled = (before.count + after.count) / (before.n + after.n);
  const se0 = Math.sqrt(pooled * (1 - pooled) * (1 / before.n + 1 / after.n));
  const { statistic, pValue } = zTest(diff, se0);
  const low = diff - Math.sqrt((p2 - w2.low) ** 2 + (w1.high - p1) ** 2);
  const high = diff + Math.sqrt((w2.high - p2) ** 2 + (p1 - w1.low) ** 2);
  return {
    metric,
    test: 'two-proportion-z',
    status,
    before: { value: 100 * p1, n: before.n },
    after: { value: 100 * p2, n: after.n },
    difference: 100 * diff,
    interval: clipInterval({ low: 100 * low, high: 100 * high }, -100, 100),
    statistic,
    df: null,
    pValue,
    significant: pValue < SIGNIFICANCE_LEVEL,
    minN,
  };
}

/**
 * Welch's t-test on two independent means: Δ = x̄₂ − x̄₁, SE = √(s₁²/n₁ + s₂²/n₂),
 * ν = SE⁴ / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)), t = Δ/SE, interval Δ ± t(0.975, ν)·SE.
 * Each side needs at least max(minN, 2) answers.
 */
export function compareMeans(
  before: Moments,
  after: Moments,
  opts: CompareOptions = {},
): Comparison {
  assertMoments(before);
  assertMoments(after);
  const metric = opts.metric ?? 'ces';
  const minN = Math.max(2, resolveMinN(opts.minN));
  const status = pairStatus(before.n, after.n, minN);
  if (status !== 'ok') return notComparable(metric, 'welch-t', status, before.n, after.n, minN);
  const m1 = momentsMean(before);
  const m2 = momentsMean(after);
  const diff = m2 - m1;
  const a = momentsSd(before) ** 2 / before.n;
  const b = momentsSd(after) ** 2 / after.n;
  const se = Math.sqrt(a + b);
  const base = {
    metric,
    test: 'welch-t' as const,
    status,
    before: { value: m1, n: before.n },
    after: { value: m2, n: after.n },
    difference: diff,
    minN,
  };
  if (se === 0) {
    const { statistic, pValue } = zTest(diff, 0);
    return {
      ...base,
      interval: { low: diff, high: diff },
      statistic,
      df: null,
      pValue,
      significant: pValue < SIGNIFICANCE_LEVEL,
    };
  }
  const df = (a + b) ** 2 / (a ** 2 / (before.n - 1) + b ** 2 / (after.n - 1));
  const t = diff / se;
  const pValue = twoSidedTP(t, df);
  const half = studentTQuantile(0.975, df) * se;
  return {
    ...base,
    interval: { low: diff - half, high: diff + half },
    statistic: t,
    df,
    pValue,
    significant: pValue < SIGNIFICANCE_LEVEL,
  };
}

function assertSameScale(h1: ScoreHistogram, h2: ScoreHistogram, what: string): void {
  const s1 = histogramScale(h1);
  const s2 = histogramScale(h2);
  if (!sameScale(s1, s2)) {
    throw new DomainError(
      'validation',
      `${what} on ${s1.label} and ${s2.label} cannot be compared.`,
      { field: 'scale' },
    );
  }
}

/** CSAT top-box % of two periods (same scale and cut-off), by {@link compareShares}. */
export function compareCsat(
  before: ScoreHistogram,
  after: ScoreHistogram,
  opts: CsatOptions = {},
): Comparison {
  assertSameScale(before, after, 'CSAT');
  const scale = histogramScale(before);
  const t = resolveTopBoxMin(scale, opts.topBoxMin);
  const side = (h: ScoreHistogram) => ({
    count: countBetween(h, t, scale.max),
    n: histogramTotal(h),
  });
  return compareShares(side(before), side(after), { minN: opts.minN, metric: 'csat' });
}

/** CES (or any) mean of two periods on the same scale, by {@link compareMeans}. */
export function compareMeanScores(
  before: ScoreHistogram,
  after: ScoreHistogram,
  opts: CompareOptions = {},
): Comparison {
  assertSameScale(before, after, 'Scores');
  return compareMeans(momentsFromHistogram(before), momentsFromHistogram(after), {
    metric: 'ces',
    ...opts,
  });
}
