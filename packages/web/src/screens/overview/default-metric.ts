/**
 * Which metric the Overview details (trend, breakdown) open on when the address names none:
 * the first of the role's metrics with answers in the period, so a team whose NPS belongs to
 * another team (NPS follows the relationship owner) opens on its CSAT, not on two empty panels.
 * Undefined while any card's count is still unknown, so the details do not open on one metric
 * and jump to another.
 */
import type { CustomerMetric } from '@rapport/contracts';

export type MetricCounts = Partial<Record<CustomerMetric, number>>;

export function defaultMetric(
  metrics: readonly CustomerMetric[],
  counts: MetricCounts,
): CustomerMetric | undefined {
  if (metrics.some((m) => counts[m] === undefined)) return undefined;
  return metrics.find((m) => (counts[m] ?? 0) > 0) ?? metrics[0];
}
