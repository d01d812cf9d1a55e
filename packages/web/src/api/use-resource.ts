/**
 * Loads data for a screen: loading, error and data, with retry. A new load aborts the one in
 * flight; data from the previous load stays visible (marked busy) until the next one lands.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '@rapport/contracts';
import { asApiError, isAbort } from './errors.ts';

export interface Resource<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): void;
}

export function useResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
): Resource<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({
    loading: true,
  });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const ctl = new AbortController();
    setState((s) => ({ data: s.data, loading: true }));
    load(ctl.signal).then(
      (data) => {
        if (!ctl.signal.aborted) setState({ data, loading: false });
      },
      (e: unknown) => {
        if (ctl.signal.aborted || isAbort(e)) return;
        setState((s) => ({ data: s.data, error: asApiError(e), loading: false }));
      },
    );
    return () => ctl.abort();
    // The caller names what the load depends on (deps), as with useEffect.
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
