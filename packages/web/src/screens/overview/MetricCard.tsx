/**
 * One metric of the overview: a figure per scale it was asked on (never pooled), each with its
 * change against the previous period, and each a link down to its responses.
 */
import type { CustomerMetric, MetricResult } from '@rapport/contracts';
import type { Resource } from '../../api/use-resource.ts';
import { METRIC_LABELS, METRIC_MEANING } from '../../lib/metrics-format.ts';
import { ChangeMarker } from './ChangeMarker.tsx';
import { drillHref } from './drill.ts';
import { FigureValue } from './FigureValue.tsx';
import type { ScopeFilters } from './overview-scope.ts';

export function MetricCard({
  metric,
  result,
  filters,
}: {
  metric: CustomerMetric;
  result: Resource<MetricResult>;
  filters: ScopeFilters;
}) {
  const headingId = `card-${metric}`;
  const data = result.data;
  return (
    <section className="metric-card" aria-labelledby={headingId} aria-busy={result.loading}>
      <h2 id={headingId} className="metric-name">
        {METRIC_LABELS[metric]}
        <span className="metric-meaning">{METRIC_MEANING[metric]}</span>
      </h2>
      {result.error && !data ? (
        <div className="card-state" role="alert">
          <p>{result.error.detail}</p>
          {result.error.status === 403 ? null : (
            <button type="button" className="button button-small" onClick={result.reload}>
              Try again
            </button>
          )}
        </div>
      ) : !data ? (
        <p className="card-state muted" role="status">
          Loading…
        </p>
      ) : data.overall.length === 0 ? (
        <div className="card-state">
          <p className="figure-value figure-empty">No responses</p>
          <p className="figure-detail">n = 0 in this period.</p>
        </div>
      ) : (
        data.overall.map((cell) => (
          <div key={cell.scale} className="metric-scale">
            <FigureValue
              metric={metric}
              scale={cell.scale}
              figure={cell.figure}
              href={drillHref({
                metric,
                scale: cell.scale,
                from: data.from,
                to: data.to,
                ...filters,
              })}
            />
            <ChangeMarker
              metric={metric}
              comparison={
                data.previous?.comparisons.find((c) => c.scale === cell.scale)?.comparison
              }
            />
          </div>
        ))
      )}
    </section>
  );
}
