/**
 * The data of a customer's history: the customer, every interaction (all pages, up to a cap),
 * and the transcripts of the touchpoints on screen, loaded a few at a time.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient, Interaction } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { asApiError, isAbort } from '../../api/errors.ts';
import { useResource } from '../../api/use-resource.ts';
import type { TimelineEntry, TranscriptState } from '../../timeline/model.ts';

export const HISTORY_CAP = 2_000;

export interface HistoryData {
  interactions: Interaction[];
  /** True when the customer has more touchpoints than the history loads. */
  capped: boolean;
}

async function allInteractions(api: ApiClient, customerId: string, signal: AbortSignal) {
  const interactions: Interaction[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.interactions.list({ customerId, limit: 500, cursor }, { signal });
    interactions.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && interactions.length < HISTORY_CAP);
  return { interactions, capped: Boolean(cursor) };
}

export function useCustomerHistory(customerId: string) {
  const api = useApi();
  const customer = useResource(
    (signal) => api.customers.get(customerId, { signal }),
    [api, customerId],
  );
  const history = useResource(
    (signal) => allInteractions(api, customerId, signal),
    [api, customerId],
  );
  return { customer, history };
}

const CONCURRENCY = 4;

/**
 * Transcripts of the given interactions, each fetched once. When the ids change, loads still
 * running are cancelled and start again with the new set; a retry clears failures.
 */
export function useTranscripts(ids: readonly string[]) {
  const api = useApi();
  const [states, setStates] = useState<ReadonlyMap<string, TranscriptState>>(new Map());
  const done = useRef(new Set<string>());
  const [retries, setRetries] = useState(0);

  const key = ids.join(',');
  useEffect(() => {
    const todo = ids.filter((id) => !done.current.has(id));
    if (!todo.length) return;
    const ctl = new AbortController();
    setStates((m) => {
      const next = new Map(m);
      for (const id of todo)
        if (next.get(id)?.status !== 'ready') next.set(id, { status: 'loading' });
      return next;
    });
    let k = 0;
    const worker = async () => {
      while (k < todo.length && !ctl.signal.aborted) {
        const id = todo[k++] as string;
        try {
          const full = await api.interactions.get(id, { signal: ctl.signal });
          done.current.add(id);
          setStates((m) => new Map(m).set(id, { status: 'ready', messages: full.messages }));
        } catch (e) {
          if (isAbort(e) || ctl.signal.aborted) return;
          setStates((m) => new Map(m).set(id, { status: 'error', error: asApiError(e) }));
        }
      }
    };
    for (let w = 0; w < Math.min(CONCURRENCY, todo.length); w++) void worker();
    return () => ctl.abort();
    // `key` stands for the ids; `retries` re-runs after a failure.
  }, [api, key, retries]);

  const retry = useCallback(() => setRetries((n) => n + 1), []);
  return { transcripts: states, retry };
}

/**
 * The entries the timeline draws: all of `entries` once each transcript among them has loaded
 * or failed and `ready` (what else their cards show) holds; until then the entries drawn before,
 * none at first. A card is drawn whole, so nothing under it moves as its transcript arrives (a
 * button there would slide from under the pointer). `entries` must keep its identity between
 * renders while unchanged (memoised).
 */
export function useSettledEntries(
  entries: readonly TimelineEntry[],
  transcripts: ReadonlyMap<string, TranscriptState>,
  ready: boolean,
): readonly TimelineEntry[] | undefined {
  const [drawn, setDrawn] = useState<readonly TimelineEntry[]>();
  const settled =
    ready &&
    entries.every(
      (e) => e.kind !== 'interaction' || (transcripts.get(e.id)?.status ?? 'loading') !== 'loading',
    );
  // Remembered during render (React's pattern for state derived from earlier renders).
  if (settled && drawn !== entries) setDrawn(entries);
  return settled ? entries : drawn;
}
