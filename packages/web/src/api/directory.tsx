/**
 * Names of the people, teams and customers that lists and timelines mention, loaded once per
 * session and shared by every screen: employees (all pages) and teams up front, customers one
 * by one as rows name them.
 */
import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import {
  isApiError,
  type ApiClient,
  type Customer,
  type Employee,
  type Team,
} from '@rapport/contracts';
import { DEFAULT_STAGES } from '../lib/labels.ts';
import { useApi } from './api-context.tsx';
import { useResource, type Resource } from './use-resource.ts';

const MAX_EMPLOYEE_PAGES = 20;

async function allEmployees(api: ApiClient, signal: AbortSignal): Promise<Map<string, Employee>> {
  const out = new Map<string, Employee>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_EMPLOYEE_PAGES; page++) {
    const res = await api.employees.list({ limit: 500, cursor }, { signal });
    for (const e of res.items) out.set(e.id, e);
    if (!res.nextCursor) break;
    cursor = res.nextCursor;
  }
  return out;
}

interface Directory {
  employees: Resource<Map<string, Employee>>;
  teams: Resource<Team[]>;
  /** The workspace's journey stages in order (the defaults for roles that cannot read settings). */
  stages: Resource<string[]>;
  customers: CustomerCache;
}

/** Customers fetched by id, each once; listeners re-render when names arrive. */
class CustomerCache {
  private readonly known = new Map<string, Customer | null>();
  private readonly pending = new Set<string>();
  private readonly listeners = new Set<() => void>();
  constructor(private readonly api: ApiClient) {}

  get(id: string): Customer | null | undefined {
    return this.known.get(id);
  }
  remember(c: Customer): void {
    this.known.set(c.id, c);
  }
  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
  request(ids: readonly string[]): void {
    const missing = [...new Set(ids)].filter((id) => !this.known.has(id) && !this.pending.has(id));
    if (!missing.length) return;
    for (const id of missing) this.pending.add(id);
    void runLimited(missing, 6, async (id) => {
      try {
        this.known.set(id, await this.api.customers.get(id));
      } catch {
        this.known.set(id, null);
      } finally {
        this.pending.delete(id);
      }
    }).then(() => this.listeners.forEach((fn) => fn()));
  }
}

async function runLimited<T>(items: T[], limit: number, fn: (t: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

const DirectoryContext = createContext<Directory | null>(null);

export function DirectoryProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const employees = useResource((signal) => allEmployees(api, signal), [api]);
  const teams = useResource(async (signal) => (await api.teams.list({ signal })).items, [api]);
  const stages = useResource(
    async (signal) => {
      try {
        return (await api.settings.get({ signal })).journeyStages;
      } catch (e) {
        if (isApiError(e) && e.status === 403) return DEFAULT_STAGES;
        throw e;
      }
    },
    [api],
  );
  const customers = useMemo(() => new CustomerCache(api), [api]);
  const value = { employees, teams, stages, customers };
  return <DirectoryContext.Provider value={value}>{children}</DirectoryContext.Provider>;
}

function useDirectory(): Directory {
  const d = useContext(DirectoryContext);
  if (!d) throw new Error('useDirectory outside <DirectoryProvider>');
  return d;
}

export const useEmployees = () => useDirectory().employees;
export const useTeams = () => useDirectory().teams;
export const useStages = () => useDirectory().stages;

/** The customers named by ids, fetched as needed; undefined while loading, null if gone. */
export function useCustomers(ids: readonly string[]): (id: string) => Customer | null | undefined {
  const { customers } = useDirectory();
  const [, setVersion] = useState(0);
  const key = ids.join(',');
  const idsRef = useRef(ids);
  idsRef.current = ids;
  useEffect(() => customers.subscribe(() => setVersion((v) => v + 1)), [customers]);
  useEffect(() => customers.request(idsRef.current), [customers, key]);
  return (id) => customers.get(id);
}
