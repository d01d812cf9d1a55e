/**
 * Where each user is in the tour, remembered in this browser (localStorage) per workspace and
 * user: offered (first visit), on a stop, or put away (finished or dismissed) — then it is not
 * offered again, but the header's "Tour" button starts it again.
 */
import { useCallback, useState } from 'react';

export type TourState = { status: 'offered' } | { status: 'on'; step: number } | { status: 'off' };

const read = (key: string): TourState => {
  try {
    const raw = JSON.parse(window.localStorage.getItem(key) ?? 'null') as unknown;
    if (raw && typeof raw === 'object' && 'status' in raw) {
      const s = raw as { status: unknown; step?: unknown };
      if (s.status === 'off') return { status: 'off' };
      if (s.status === 'on' && typeof s.step === 'number' && s.step >= 0)
        return { status: 'on', step: Math.floor(s.step) };
    }
  } catch {
    // Storage refused or garbled: offer the tour again.
  }
  return { status: 'offered' };
};

export const tourKey = (workspaceId: string, user: string) => `rapport.tour.${workspaceId}.${user}`;

export function useTourMemory(key: string): [TourState, (next: TourState) => void] {
  const [state, setState] = useState<TourState>(() => read(key));
  const set = useCallback(
    (next: TourState) => {
      setState(next);
      try {
        window.localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Remembered for this page only.
      }
    },
    [key],
  );
  return [state, set];
}
