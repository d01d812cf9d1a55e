/**
 * The API client the screens use, provided by context so tests can hand in a fake one.
 * The web app talks to the server only through @rapport/contracts' client.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient } from '@rapport/contracts';

const ApiContext = createContext<ApiClient | null>(null);

export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi outside <ApiProvider>');
  return client;
}
