/**
 * Who is signed in. On start the app asks /api/v1/me; a 401 from any call later (session
 * expired, revoked elsewhere) returns to the sign-in screen with the reason.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { ApiError, Me } from '@rapport/contracts';
import { useApi } from '../api/api-context.tsx';
import { asApiError } from '../api/errors.ts';

export type SessionState =
  | { status: 'checking' }
  | { status: 'signed-out'; notice?: string }
  | { status: 'signed-in'; me: Me }
  | { status: 'unavailable'; error: ApiError };

interface SessionApi {
  state: SessionState;
  /** `workspaceId` when the e-mail and password open accounts in several workspaces. */
  signIn(email: string, password: string, workspaceId?: string): Promise<void>;
  signOut(): Promise<void>;
  expired(): void;
  retry(): void;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [state, setState] = useState<SessionState>({ status: 'checking' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const ctl = new AbortController();
    api.auth.me({ signal: ctl.signal }).then(
      (me) => setState({ status: 'signed-in', me }),
      (e: unknown) => {
        if (ctl.signal.aborted) return;
        const err = asApiError(e);
        setState(
          err.status === 401 ? { status: 'signed-out' } : { status: 'unavailable', error: err },
        );
      },
    );
    return () => ctl.abort();
  }, [api, attempt]);

  const signIn = useCallback(
    async (email: string, password: string, workspaceId?: string) => {
      const me = await api.auth.login({ email, password, ...(workspaceId ? { workspaceId } : {}) });
      setState({ status: 'signed-in', me });
    },
    [api],
  );
  const signOut = useCallback(async () => {
    try {
      await api.auth.logout();
    } finally {
      setState({ status: 'signed-out', notice: 'You have signed out.' });
    }
  }, [api]);
  const expired = useCallback(
    () =>
      setState((s) =>
        s.status === 'signed-in'
          ? { status: 'signed-out', notice: 'Your session has ended. Sign in again to continue.' }
          : s,
      ),
    [],
  );
  const retry = useCallback(() => {
    setState({ status: 'checking' });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo(
    () => ({ state, signIn, signOut, expired, retry }),
    [state, signIn, signOut, expired, retry],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside <SessionProvider>');
  return s;
}

/** The signed-in user; only for components under the signed-in shell. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useMe while not signed in');
  return state.me;
}
