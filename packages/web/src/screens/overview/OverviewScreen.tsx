/**
 * Overview: the role's NPS, CSAT, CES and expectations for a period, each with n, interval and
 * the change against the previous period; the trend and breakdowns of one metric; every figure a
 * link down to its responses.
 */
import { useCallback, useEffect, useState } from 'react';
import type { CustomerMetric } from '@rapport/contracts';
import { useEmployees, useTeams } from '../../api/directory.tsx';
import { navigate, useLocation, withQuery } from '../../app/router.tsx';
import { paths } from '../../app/routes.ts';
import { useMe } from '../../app/session.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { EmptyState, Loading } from '../../components/states.tsx';
import { METRIC_LABELS } from '../../lib/metrics-format.ts';
import { BreakdownPanel } from './BreakdownPanel.tsx';
import { defaultMetric, type MetricCounts } from './default-metric.ts';
import { MetricCard } from './MetricCard.tsx';
import { OVERVIEW_CARDS } from './overview-extensions.ts';
import {
  dimensionsFor,
  managersTeam,
  overviewScope,
  type Dimension,
  type OverviewScope,
} from './overview-scope.ts';
import {
  describeRange,
  periodFromSearch,
  periodRange,
  periodToSearch,
  type Period,
} from './period.ts';
import { PeriodPicker } from './PeriodPicker.tsx';
import { TrendPanel } from './TrendPanel.tsx';
import { useMetric } from './use-metric.ts';
import './overview.css';

function useScope(): OverviewScope | undefined {
  const me = useMe();
  const employees = useEmployees();
  const teams = useTeams();
  if (me.role !== 'manager' || !me.employeeId) return overviewScope(me, undefined);
  if (!employees.data && !employees.error) return undefined;
  if (!teams.data && !teams.error) return undefined;
  return overviewScope(me, managersTeam(me.employeeId, employees.data, teams.data));
}

export default function OverviewScreen() {
  const scope = useScope();
  useEffect(() => {
    document.title = 'Overview · Rapport';
  }, []);
  if (!scope)
    return (
      <>
        <PageHeader title="Overview" />
        <Loading label="Finding your team…" />
      </>
    );
  return <Overview scope={scope} />;
}

function Overview({ scope }: { scope: OverviewScope }) {
  const me = useMe();
  const location = useLocation();
  const period = periodFromSearch(location.search);
  const range = periodRange(period);
  // The cards' answer counts for this period, to open the details on a metric with answers.
  const countsKey = JSON.stringify(range);
  const [counted, setCounted] = useState<{ key: string; counts: MetricCounts }>({
    key: countsKey,
    counts: {},
  });
  const onCount = useCallback(
    (m: CustomerMetric, n: number) =>
      setCounted((c) =>
        c.key === countsKey
          ? { key: c.key, counts: { ...c.counts, [m]: n } }
          : { key: countsKey, counts: { [m]: n } },
      ),
    [countsKey],
  );
  const chosen = scope.metrics.find((m) => m === location.search.get('metric'));
  const metric =
    chosen ?? defaultMetric(scope.metrics, counted.key === countsKey ? counted.counts : {});
  const dims = metric ? dimensionsFor(metric, scope) : [];
  const dimension = dims.find((d) => d === location.search.get('by')) ?? dims[0] ?? 'stage';

  const go = (next: { period?: Period; metric?: CustomerMetric; by?: Dimension }) =>
    navigate(
      withQuery(paths.overview, {
        ...periodToSearch(next.period ?? period),
        metric: next.metric ?? location.search.get('metric') ?? undefined,
        by: next.by ?? location.search.get('by') ?? undefined,
      }),
      { replace: true },
    );

  const days = Math.round((Date.parse(range.to) - Date.parse(range.from)) / 86_400_000);
  return (
    <>
      <PageHeader
        title="Overview"
        subtitle={
          <>
            {scope.title} · {describeRange(range)}
          </>
        }
      />
      {scope.blocked ? (
        <EmptyState title="No figures to show">{scope.blocked}</EmptyState>
      ) : (
        <>
          <PeriodPicker
            key={JSON.stringify(period)}
            period={period}
            range={range}
            onChange={(p) => go({ period: p })}
          />
          <p className="field-hint overview-note">
            Each figure shows its 95 % interval and n; a change from the previous {days} days is
            marked only when it is statistically significant. Select a figure to see its responses.
          </p>
          <div className="metric-cards">
            {scope.metrics.map((m) => (
              // A new period mounts new cards: none reports the last period's count as this one's.
              <Card
                key={`${m} ${countsKey}`}
                metric={m}
                range={range}
                scope={scope}
                onCount={onCount}
              />
            ))}
            {OVERVIEW_CARDS.filter((c) => c.roles.includes(me.role)).map(({ key, Component }) => (
              <Component key={key} range={range} scope={scope} />
            ))}
          </div>
          <div className="section-head details-head">
            <h2 className="visually-hidden">Details</h2>
            <div className="toggle-group" role="group" aria-label="Details of">
              {scope.metrics.map((m) => (
                <button
                  key={m}
                  type="button"
                  className="toggle"
                  aria-pressed={m === metric}
                  onClick={() => go({ metric: m })}
                >
                  {METRIC_LABELS[m]}
                </button>
              ))}
            </div>
          </div>
          {metric ? (
            <>
              <TrendPanel metric={metric} range={range} filters={scope.filters} />
              <BreakdownPanel
                metric={metric}
                dimension={dimension}
                dimensions={dims}
                range={range}
                filters={scope.filters}
                onDimension={(d) => go({ by: d })}
              />
            </>
          ) : (
            <Loading label="Loading the figures…" />
          )}
        </>
      )}
    </>
  );
}

function Card({
  metric,
  range,
  scope,
  onCount,
}: {
  metric: CustomerMetric;
  range: { from: string; to: string };
  scope: OverviewScope;
  /** How many answers the card counts in the period (0 when it failed to load). */
  onCount: (metric: CustomerMetric, n: number) => void;
}) {
  const result = useMetric(metric, { ...range, ...scope.filters, compare: 'true' });
  const n = result.error ? 0 : result.data?.overall.reduce((sum, cell) => sum + cell.figure.n, 0);
  useEffect(() => {
    if (n !== undefined && !result.loading) onCount(metric, n);
  }, [metric, n, result.loading, onCount]);
  return <MetricCard metric={metric} result={result} filters={scope.filters} />;
}
