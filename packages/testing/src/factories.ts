/**
 * Factories: rows made through core's own services, so tests build data the way users do.
 */
import {
  createCustomer,
  createEmployee,
  createInteraction,
  createTeam,
  DEFAULT_SETTINGS,
  systemCtx,
  systemIds,
  systemClock,
  type Customer,
  type CustomerInput,
  type Deps,
  type Employee,
  type EmployeeInput,
  type Interaction,
  type InteractionInput,
  type Team,
  type Workspace,
} from '@rapport/core';
import type { Store } from '@rapport/store';

export interface Factory {
  ws: string;
  workspace(name?: string): Promise<Workspace>;
  team(name?: string, leadId?: string | null): Promise<Team>;
  employee(input?: Partial<EmployeeInput>): Promise<Employee>;
  customer(input?: Partial<CustomerInput>): Promise<Customer>;
  interaction(input: Partial<InteractionInput> & { customerId: string }): Promise<Interaction>;
}

let n = 0;

/** A factory bound to a new workspace id (create it with `workspace()` first). */
export function factory(store: Store, deps: Partial<Pick<Deps, 'clock' | 'ids'>> = {}): Factory {
  const ids = deps.ids ?? systemIds();
  const clock = deps.clock ?? systemClock;
  const ws = ids.id('ws');
  const ctx = systemCtx(ws);
  const run = <T>(fn: (d: Deps) => Promise<T>) => store.write((r) => fn({ r, clock, ids }));
  return {
    ws,
    async workspace(name = 'Test workspace') {
      const w: Workspace = {
        id: ws,
        name,
        settings: { ...DEFAULT_SETTINGS },
        createdAt: clock.now().toISOString(),
      };
      await store.write((r) => r.workspaces.insert(w));
      return w;
    },
    team: (name = `Team ${++n}`, leadId = null) => run((d) => createTeam(d, ctx, { name, leadId })),
    employee: (input = {}) =>
      run((d) => createEmployee(d, ctx, { name: `Employee ${++n}`, ...input })),
    customer: (input = {}) =>
      run((d) => createCustomer(d, ctx, { name: `Customer ${++n}`, ...input })),
    interaction: (input) =>
      run((d) =>
        createInteraction(d, ctx, {
          channel: 'phone',
          stage: 'support',
          occurredAt: clock.now().toISOString(),
          ...input,
        }),
      ),
  };
}
