/** One metrics request of the overview, reloaded when its query changes. */
import type { CustomerMetric, MetricQuery, MetricResult } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { useResource, type Resource } from '../../api/use-resource.ts';

export function useMetric(
  metric: CustomerMetric,
  query: MetricQuery,
  enabled = true,
): Resource<MetricResult> {
  const api = useApi();
  const key = JSON.stringify(query);
  return useResource(
    (signal) =>
      enabled
        ? api.metrics.get(metric, query, { signal })
        : new Promise<MetricResult>(() => undefined),
    [api, metric, key, enabled],
  );
}
