/**
 * A long list already in hand, shown a step at a time: the first `step` items, then a button
 * for the next step, saying how many are left. Starts again whenever `key` changes.
 */
import { useState } from 'react';

export function useShowMore<T>(
  items: readonly T[],
  key: string,
  step: number,
): { shown: readonly T[]; left: number; more: () => void } {
  const [state, setState] = useState({ key, count: step });
  const count = state.key === key ? state.count : step;
  return {
    shown: items.slice(0, count),
    left: Math.max(0, items.length - count),
    more: () => setState({ key, count: count + step }),
  };
}

export function ShowMoreButton({
  left,
  step,
  noun,
  onMore,
}: {
  left: number;
  step: number;
  /** What the list holds, plural ("compliments"). */
  noun: string;
  onMore: () => void;
}) {
  if (left <= 0) return null;
  return (
    <p className="show-more">
      <button type="button" className="button" onClick={onMore}>
        Show {Math.min(step, left)} more
      </button>{' '}
      <span className="muted">
        ({left} {noun} not shown yet)
      </span>
    </p>
  );
}
