/**
 * A customer's journey (touchpoints with emotions and engagement), loaded once per customer
 * and shared by every badge, section and annotation of the history that needs it.
 */
import type { ApiClient, CustomerJourney, JourneyTouchpoint } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { useResource, type Resource } from '../../api/use-resource.ts';

/** How long a loaded journey is reused before the next screen asks again. */
const FRESH_MS = 30_000;
const caches = new WeakMap<
  ApiClient,
  Map<string, { at: number; promise: Promise<CustomerJourney> }>
>();

export function loadCustomerJourney(api: ApiClient, customerId: string): Promise<CustomerJourney> {
  let cache = caches.get(api);
  if (!cache) {
    cache = new Map();
    caches.set(api, cache);
  }
  const hit = cache.get(customerId);
  if (hit && Date.now() - hit.at < FRESH_MS) return hit.promise;
  const promise = api.journey.customer(customerId, { limit: 1000 });
  const store = cache;
  promise.catch(() => store.delete(customerId));
  store.set(customerId, { at: Date.now(), promise });
  return promise;
}

export function useCustomerJourney(customerId: string): Resource<CustomerJourney> {
  const api = useApi();
  return useResource(() => loadCustomerJourney(api, customerId), [api, customerId]);
}

/** The journey's touchpoint for one interaction, once loaded. */
export function useTouchpoint(
  customerId: string,
  interactionId: string,
): JourneyTouchpoint | undefined {
  const journey = useCustomerJourney(customerId);
  return journey.data?.touchpoints.find((t) => t.interactionId === interactionId);
}
