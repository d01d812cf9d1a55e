/**
 * The metrics every screen and endpoint shows: histograms from the store, figures from the
 * metrics engine, groupBy checked against attribution (NPS is never per agent), answers on
 * different scales never pooled, and a comparison with the previous period that says whether
 * a change is significant.
 */
import { authorize, type Ctx } from '../auth/actor.ts';
import { DAY_MS } from '../common/clock.ts';
import type { Deps } from '../common/deps.ts';
import { invalid } from '../errors/domain-error.ts';
import { assertGroupByAllowed, type GroupByDimension } from '../metrics/attribution.ts';
import { cesFromHistogram } from '../metrics/ces.ts';
import {
  compareCsat,
  compareMeanScores,
  compareNps,
  compareShares,
  type Comparison,
} from '../metrics/compare.ts';
import { csatFromHistogram } from '../metrics/csat.ts';
import { expectationsFromCounts } from '../metrics/expectations.ts';
import type { Figure, MetricName } from '../metrics/figure.ts';
import { mergeHistograms, type ScoreHistogram } from '../metrics/histogram.ts';
import { npsFromHistogram } from '../metrics/nps.ts';
import { withDefaults } from '../workspace/workspace.ts';
import type { HistogramRow, MetricFilters } from './metric-query.ts';
import { filtersInScope } from './metric-scope.ts';
import type { AnswerScope } from './response.ts';

export const CUSTOMER_METRICS = ['nps', 'csat', 'ces', 'expectations'] as const;
export type CustomerMetric = (typeof CUSTOMER_METRICS)[number];

export interface MetricRequest {
  metric: CustomerMetric;
  /** First UTC day included (YYYY-MM-DD); default 90 days before `to`. */
  from?: string | undefined;
  /** First UTC day excluded (YYYY-MM-DD); default tomorrow. */
  to?: string | undefined;
  filters: MetricFilters;
  groupBy: GroupByDimension[];
  /** CSAT, CES and expectations asked in relationship surveys instead of about interactions. */
  scope?: 'transactional' | 'relationship' | undefined;
  /** Also compare with the period of the same length just before. */
  compare?: boolean | undefined;
  minN?: number | undefined;
}

export interface MetricCell {
  group: Partial<Record<GroupByDimension, string | null>>;
  /** The answer scale of this cell ("0–10"): a cell never mixes scales. */
  scale: string;
  figure: Figure<unknown>;
}

export interface MetricResult {
  metric: CustomerMetric;
  scope: AnswerScope;
  from: string;
  to: string;
  groupBy: GroupByDimension[];
  /** The whole filtered set, one figure per scale asked on. */
  overall: MetricCell[];
  cells: MetricCell[];
  previous: {
    from: string;
    to: string;
    comparisons: Array<{ scale: string; comparison: Comparison }>;
  } | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (t: number) => new Date(t).toISOString().slice(0, 10);

function resolvePeriod(from?: string, to?: string, now = Date.now()): { from: string; to: string } {
  for (const [field, v] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (v !== undefined && (!DAY.test(v) || Number.isNaN(Date.parse(v))))
      throw invalid(field, `${field} must be a day, YYYY-MM-DD.`);
  }
  const end = to ?? day(Math.floor(now / DAY_MS) * DAY_MS + DAY_MS);
  const start = from ?? day(Date.parse(end) - 90 * DAY_MS);
  if (start >= end) throw invalid('from', '`from` must be before `to`.');
  return { from: start, to: end };
}

function figureOf(metric: CustomerMetric, row: HistogramRow, minN: number): Figure<unknown> {
  const h: ScoreHistogram = { scaleMin: row.scaleMin, scaleMax: row.scaleMax, counts: row.counts };
  switch (metric) {
    case 'nps':
      return npsFromHistogram(h, { minN });
    case 'csat':
      return csatFromHistogram(h, { minN, topBoxMin: row.topBoxMin ?? undefined });
    case 'ces':
      return cesFromHistogram(h, { minN });
    case 'expectations':
      return expectationsFromCounts(
        { failed: row.counts[0] ?? 0, met: row.counts[1] ?? 0, exceeded: row.counts[2] ?? 0 },
        { minN },
      );
  }
}

function compare(
  metric: CustomerMetric,
  before: HistogramRow,
  after: HistogramRow,
  minN: number,
): Comparison {
  const h = (r: HistogramRow): ScoreHistogram => ({
    scaleMin: r.scaleMin,
    scaleMax: r.scaleMax,
    counts: r.counts,
  });
  switch (metric) {
    case 'nps':
      return compareNps(h(before), h(after), { minN });
    case 'csat':
      return compareCsat(h(before), h(after), { minN, topBoxMin: after.topBoxMin ?? undefined });
    case 'ces':
      return compareMeanScores(h(before), h(after), { minN, metric: 'ces' });
    case 'expectations': {
      // Net expectations move with the share exceeding minus the share failing; test each share.
      const side = (r: HistogramRow) => ({
        count: r.counts[2] ?? 0,
        n: (r.counts[0] ?? 0) + (r.counts[1] ?? 0) + (r.counts[2] ?? 0),
      });
      return compareShares(side(before), side(after), { minN, metric: 'expectations' });
    }
  }
}

const scaleKey = (r: HistogramRow) =>
  `${r.scaleMin}–${r.scaleMax}${r.topBoxMin !== null ? `|${r.topBoxMin}` : ''}`;
const scaleLabel = (r: HistogramRow) => `${r.scaleMin}–${r.scaleMax}`;

/** Sums rows of one scale (and cut-off) into one histogram per scale. */
function totals(rows: HistogramRow[]): HistogramRow[] {
  const byScale = new Map<string, HistogramRow>();
  for (const r of rows) {
    const k = scaleKey(r);
    const cur = byScale.get(k);
    if (!cur) byScale.set(k, { ...r, group: {} });
    else {
      const merged = mergeHistograms(
        [
          { scaleMin: cur.scaleMin, scaleMax: cur.scaleMax, counts: cur.counts },
          { scaleMin: r.scaleMin, scaleMax: r.scaleMax, counts: r.counts },
        ],
        { min: cur.scaleMin, max: cur.scaleMax },
      );
      byScale.set(k, { ...cur, counts: [...merged.counts] });
    }
  }
  return [...byScale.values()];
}

export async function computeMetric(d: Deps, ctx: Ctx, req: MetricRequest): Promise<MetricResult> {
  authorize(ctx, 'metrics:read');
  if (req.groupBy.length > 2) throw invalid('groupBy', 'Group by at most two dimensions.');
  if (new Set(req.groupBy).size !== req.groupBy.length)
    throw invalid('groupBy', 'A dimension appears twice in groupBy.');
  const scope: AnswerScope = req.metric === 'nps' ? 'relationship' : (req.scope ?? 'transactional');
  const filters = await filtersInScope(d, ctx, req.metric, req.filters, scope);
  const surveyKind = scope === 'relationship' ? 'relationship' : 'transactional';
  for (const g of req.groupBy) assertGroupByAllowed(req.metric as MetricName, g, surveyKind);
  if (req.metric === 'nps' && req.filters.agentId) {
    throw invalid('agentId', 'NPS is a relationship metric and is never reported per agent.');
  }
  const settings = withDefaults((await d.r.workspaces.get(ctx.workspaceId))?.settings);
  const minN = req.minN ?? settings.minResponses;
  const period = resolvePeriod(req.from, req.to, d.clock.now().getTime());
  const query = (from: string, to: string, groupBy: GroupByDimension[]) =>
    d.r.responses.histograms(ctx.workspaceId, {
      metric: req.metric,
      scopes: [scope],
      from,
      to,
      filters,
      groupBy,
    });
  const rows = await query(period.from, period.to, req.groupBy);
  const overallRows = totals(rows);
  const cell = (r: HistogramRow): MetricCell => ({
    group: r.group,
    scale: scaleLabel(r),
    figure: figureOf(req.metric, r, minN),
  });
  let previous: MetricResult['previous'] = null;
  if (req.compare) {
    const len = Date.parse(period.to) - Date.parse(period.from);
    const prev = { from: day(Date.parse(period.from) - len), to: period.from };
    const before = totals(await query(prev.from, prev.to, []));
    previous = {
      ...prev,
      comparisons: overallRows.flatMap((after) => {
        const b = before.find((x) => scaleKey(x) === scaleKey(after));
        return b
          ? [{ scale: scaleLabel(after), comparison: compare(req.metric, b, after, minN) }]
          : [];
      }),
    };
  }
  return {
    metric: req.metric,
    scope,
    ...period,
    groupBy: req.groupBy,
    overall: overallRows.map(cell),
    cells: req.groupBy.length ? rows.map(cell) : [],
    previous,
  };
}
