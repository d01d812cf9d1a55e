/**
 * Cursor paging: the server gives each page the cursor of the next; a stack of the cursors
 * seen so far makes "Previous" possible.
 */
import { useCallback, useState } from 'react';

export interface PagerState {
  cursor: string | undefined;
  page: number;
  next(cursor: string): void;
  previous(): void;
  reset(): void;
}

/** Paging state that starts again at page 1 whenever `key` (the search or filters) changes. */
export function usePager(key: string): PagerState {
  const [state, setState] = useState<{ key: string; stack: Array<string | undefined> }>({
    key,
    stack: [undefined],
  });
  const stack = state.key === key ? state.stack : [undefined];
  const next = useCallback(
    (c: string) =>
      setState((s) => ({ key, stack: s.key === key ? [...s.stack, c] : [undefined, c] })),
    [key],
  );
  const previous = useCallback(
    () =>
      setState((s) => ({
        key,
        stack: s.key === key && s.stack.length > 1 ? s.stack.slice(0, -1) : [undefined],
      })),
    [key],
  );
  const reset = useCallback(() => setState({ key, stack: [undefined] }), [key]);
  return { cursor: stack[stack.length - 1], page: stack.length, next, previous, reset };
}

export function Pager({
  pager,
  nextCursor,
  busy,
  label,
}: {
  pager: PagerState;
  nextCursor: string | null | undefined;
  busy: boolean;
  label: string;
}) {
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <button
        type="button"
        className="button"
        onClick={pager.previous}
        disabled={busy || pager.page <= 1}
      >
        <span aria-hidden="true">← </span>Previous
      </button>
      <span className="pager-page" aria-live="polite">
        Page {pager.page}
      </span>
      <button
        type="button"
        className="button"
        onClick={() => nextCursor && pager.next(nextCursor)}
        disabled={busy || !nextCursor}
      >
        Next<span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}
