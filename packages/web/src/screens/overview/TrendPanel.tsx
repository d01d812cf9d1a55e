/**
 * The selected metric over the period, a point per week or month with its 95 % interval band,
 * and the same numbers as a table (too-few periods say so there).
 */
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { CustomerMetric } from '@rapport/contracts';
import { ChartFallback } from '../../charts/ChartFallback.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/states.tsx';
import {
  figureLabel,
  formatInterval,
  formatValue,
  METRIC_LABELS,
} from '../../lib/metrics-format.ts';
import type { ScopeFilters } from './overview-scope.ts';
import { trendGrain } from './period.ts';
import {
  mostlyGaps,
  periodLabel,
  trendChartHeight,
  trendSeries,
  type TrendSeries,
} from './trend.ts';
import { useMetric } from './use-metric.ts';

const TrendChart = lazy(() => import('./TrendChart.tsx'));

function summarise(s: TrendSeries, label: string, grain: string): string {
  const ok = s.points.filter((p) => p.value !== null);
  const few = s.points.filter((p) => p.status === 'too_few').length;
  if (!ok.length) return `${label}: no ${grain} has enough responses for a figure.`;
  const first = ok[0]?.value ?? 0;
  const last = ok[ok.length - 1]?.value ?? 0;
  return `${label} by ${grain}: from ${formatValue(first, s.unit)} to ${formatValue(last, s.unit)} over ${ok.length} ${grain}s with a figure${few ? `; ${few} with too few responses` : ''}. The table below gives every value.`;
}

export function TrendPanel({
  metric,
  range,
  filters,
}: {
  metric: CustomerMetric;
  range: { from: string; to: string };
  filters: ScopeFilters;
}) {
  // Weeks for a short period, unless most weeks have too few answers for a figure: then months,
  // so that a quiet workspace still sees a line rather than an empty chart.
  const scope = JSON.stringify([metric, range, filters]);
  const [monthlyFor, setMonthlyFor] = useState<string>();
  const byWeek = trendGrain(range) === 'week';
  const weekly = byWeek && monthlyFor !== scope;
  const grain = weekly ? 'week' : 'month';
  const result = useMetric(metric, { ...range, ...filters, groupBy: grain });
  const read = useMemo(
    () => (result.data ? trendSeries(result.data, grain) : undefined),
    [result.data, grain],
  );
  const sparse = weekly && read !== undefined && read.series.length > 0 && mostlyGaps(read.series);
  if (sparse) setMonthlyFor(scope);
  const trend = sparse ? undefined : read;
  const byMonthInstead = byWeek && !weekly;
  const label = useCallback((scale: string) => figureLabel(metric, scale), [metric]);
  const summary = trend
    ? trend.series.map((s) => summarise(s, label(s.scale), grain)).join(' ')
    : '';
  return (
    <section className="panel" aria-labelledby="trend-title">
      <div className="section-head">
        <h2 id="trend-title">
          {METRIC_LABELS[metric]} by {grain}
        </h2>
      </div>
      {result.error ? (
        <ErrorState
          error={result.error}
          title="The trend could not be loaded"
          onRetry={result.reload}
        />
      ) : !trend ? (
        <Loading label="Loading the trend…" />
      ) : trend.series.length === 0 ? (
        <EmptyState title="No responses in this period." />
      ) : (
        <>
          <Suspense
            fallback={
              <ChartFallback label="Drawing the chart…" height={trendChartHeight(trend.series)} />
            }
          >
            <TrendChart
              periods={trend.periods}
              series={trend.series}
              grain={grain}
              label={label}
              summary={summary}
            />
          </Suspense>
          {byMonthInstead ? (
            <p className="field-hint">
              By month: most weeks of this period have too few responses for a weekly figure.
            </p>
          ) : null}
          <TrendGaps series={trend.series} grain={grain} />
          <details className="trend-table">
            <summary>The trend as a table</summary>
            {trend.series.map((s) => (
              <div className="table-wrap" key={s.scale}>
                <table className="table table-compact">
                  <caption>{label(s.scale)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{grain === 'week' ? 'Week' : 'Month'}</th>
                      <th scope="col">Value</th>
                      <th scope="col">95 % interval</th>
                      <th scope="col" className="num">
                        n
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.points.map((p) => (
                      <tr key={p.period}>
                        <th scope="row">{periodLabel(p.period, grain)}</th>
                        <td>
                          {p.value !== null
                            ? formatValue(p.value, s.unit)
                            : p.status === 'too_few'
                              ? `too few responses (n = ${p.n})`
                              : 'no responses'}
                        </td>
                        <td>
                          {p.low !== null && p.high !== null
                            ? formatInterval({ low: p.low, high: p.high }, s.unit)
                            : '—'}
                        </td>
                        <td className="num">{p.n}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ))}
          </details>
        </>
      )}
    </section>
  );
}

/** Says in words which periods are gaps for want of answers, so a sparse chart is not misread. */
function TrendGaps({ series, grain }: { series: TrendSeries[]; grain: 'week' | 'month' }) {
  const few = series.flatMap((s) => s.points.filter((p) => p.status === 'too_few'));
  if (!few.length) return null;
  const count = few.length;
  return (
    <p className="field-hint trend-gaps">
      {count} {grain}
      {count === 1 ? '' : 's'} with too few responses for a figure (
      {few
        .slice(0, 6)
        .map((p) => `${periodLabel(p.period, grain)}: n = ${p.n}`)
        .join('; ')}
      {few.length > 6 ? '; …' : ''}) {count === 1 ? 'is' : 'are'} left as gaps.
    </p>
  );
}
