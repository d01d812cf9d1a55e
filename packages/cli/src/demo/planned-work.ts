/**
 * What the demo's people do between the rules' jobs — close cases, thank customers — planned
 * with a seeded time each and done in order with the jobs (process.ts), as the person who
 * would do it: an owner with a sign-in as themselves, anyone else through the admin API key,
 * as a help desk would.
 */
import { DomainError, type Actor, type Ctx, type Deps, type Ids } from '@rapport/core';
import type { Store } from '@rapport/store';

export interface PlannedWork {
  /** Plans the work not seen before (new cases, new tasks) since the last call. */
  plan(): Promise<void>;
  /** When the next planned piece falls due, if any. */
  next(): number | undefined;
  /** Does the next planned piece at its time (`setTime` moves the demo's clock there). */
  runNext(setTime: (t: number) => void): Promise<void>;
}

/** The actor who acts for an employee: their sign-in, or the help desk's admin API key. */
export async function demoActors(
  store: Store,
  ws: string,
): Promise<(employeeId: string | null) => Actor | undefined> {
  const { users, key } = await store.read(async (r) => ({
    users: await r.users.list(ws),
    key: (await r.apiKeys.list(ws)).find((k) => !k.revokedAt && k.role === 'admin'),
  }));
  const userOf = new Map(users.filter((u) => u.employeeId).map((u) => [u.employeeId, u]));
  const integration: Actor | undefined = key && {
    kind: 'api_key',
    id: key.id,
    role: key.role,
    workspaceId: ws,
    employeeId: null,
  };
  return (employeeId) => {
    const u = employeeId ? userOf.get(employeeId) : undefined;
    if (!u) return integration;
    return { kind: 'user', id: u.id, role: u.role, workspaceId: ws, employeeId: u.employeeId };
  };
}

/** The planned piece due first, across several planners. */
export function earliest(works: readonly PlannedWork[]): PlannedWork | undefined {
  let first: PlannedWork | undefined;
  for (const w of works) {
    const at = w.next();
    if (at !== undefined && (first === undefined || at < (first.next() ?? Infinity))) first = w;
  }
  return first;
}

/** A piece of planned work: when, and by whom. */
export interface Planned {
  at: number;
  actor: Actor;
}

/**
 * Planned work kept in time order and done, each piece in its own transaction, as its actor
 * through a service call. A piece the actor may no longer do (escalated or handed over out of
 * their sight, or done meanwhile) is left as it is.
 */
export function plannedQueue<P extends Planned>(
  store: Store,
  deps: { ids: Ids; now: () => Date },
  workspaceId: string,
  plan: (add: (p: P) => void) => Promise<void>,
  perform: (d: Deps, ctx: Ctx, p: P) => Promise<unknown>,
): PlannedWork {
  const planned: P[] = [];
  return {
    async plan() {
      await plan((p) => planned.push(p));
      planned.sort((a, b) => a.at - b.at);
    },
    next: () => planned[0]?.at,
    async runNext(setTime) {
      const p = planned.shift();
      if (!p) return;
      setTime(p.at);
      try {
        await store.write((r) =>
          perform(
            { r, clock: { now: deps.now }, ids: deps.ids },
            { workspaceId, actor: p.actor },
            p,
          ),
        );
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
      }
    },
  };
}
