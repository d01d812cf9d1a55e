/** A workspace to import into, with a fixed clock: what the import tests start from. */
import { systemCtx, type Deps } from '@rapport/core';
import type { Store } from '@rapport/store';
import { factory, FakeClock, idsFor } from '@rapport/testing';

export async function importFixture(store: Store) {
  const clock = new FakeClock('2026-06-10T12:00:00.000Z');
  const ids = idsFor(clock);
  const f = factory(store, { clock, ids });
  await f.workspace();
  const deps = { clock, ids };
  const run = <T>(d: (r: Deps['r']) => Promise<T>) => store.write((r) => d(r));
  return { store, f, deps, clock, ids, run, ctx: systemCtx(f.ws) };
}
