/** The selected metric by channel, journey stage, team or agent (as attribution allows). */
import type { CustomerMetric } from '@rapport/contracts';
import { EmptyState, ErrorState, Loading } from '../../components/states.tsx';
import { METRIC_LABELS } from '../../lib/metrics-format.ts';
import { usePeople } from '../history/people.ts';
import { BreakdownTable, type BreakdownRow } from './BreakdownTable.tsx';
import { drillHref } from './drill.ts';
import { groupLabel } from './group-label.ts';
import { DIMENSION_LABELS, type Dimension, type ScopeFilters } from './overview-scope.ts';
import { useMetric } from './use-metric.ts';

export function BreakdownPanel({
  metric,
  dimension,
  dimensions,
  range,
  filters,
  onDimension,
}: {
  metric: CustomerMetric;
  dimension: Dimension;
  dimensions: readonly Dimension[];
  range: { from: string; to: string };
  filters: ScopeFilters;
  onDimension: (d: Dimension) => void;
}) {
  const people = usePeople();
  const result = useMetric(metric, { ...range, ...filters, groupBy: dimension });
  const data = result.data;
  const rows: BreakdownRow[] = (data?.cells ?? []).map((cell) => {
    const value = cell.group[dimension] ?? null;
    const pick = value ?? undefined;
    return {
      key: `${value ?? ''}|${cell.scale}`,
      label: groupLabel(dimension, value, people),
      cell,
      href: drillHref({
        metric,
        scale: cell.scale,
        ...range,
        ...filters,
        ...(dimension === 'channel' ? { channel: pick } : {}),
        ...(dimension === 'stage' ? { stage: pick } : {}),
        ...(dimension === 'team' ? { teamId: pick } : {}),
        ...(dimension === 'agent' ? { agentId: pick } : {}),
      }),
    };
  });
  return (
    <section className="panel" aria-labelledby="breakdown-title">
      <div className="section-head">
        <h2 id="breakdown-title">
          {METRIC_LABELS[metric]} by {DIMENSION_LABELS[dimension].toLowerCase()}
        </h2>
        <div className="toggle-group" role="group" aria-label="Break down by">
          {dimensions.map((d) => (
            <button
              key={d}
              type="button"
              className="toggle"
              aria-pressed={d === dimension}
              onClick={() => onDimension(d)}
            >
              {DIMENSION_LABELS[d]}
            </button>
          ))}
        </div>
      </div>
      {metric === 'nps' ? (
        <p className="field-hint">
          NPS belongs to the company: it is never split by agent or channel. Its team is the team of
          the customer&rsquo;s relationship owner.
        </p>
      ) : null}
      {result.error ? (
        <ErrorState
          error={result.error}
          title="The breakdown could not be loaded"
          onRetry={result.reload}
        />
      ) : !data ? (
        <Loading label="Loading the breakdown…" />
      ) : rows.length === 0 ? (
        <EmptyState title="No responses in this period." />
      ) : (
        <BreakdownTable
          metric={metric}
          dimensionLabel={DIMENSION_LABELS[dimension]}
          rows={rows}
          busy={result.loading}
        />
      )}
    </section>
  );
}
