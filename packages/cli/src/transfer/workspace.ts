import type { Store } from '@rapport/store';
import { UsageError } from '../command.ts';

/** The workspace a command works on: the one given, or the only one there is. */
export async function pickWorkspace(store: Store, given: string | undefined): Promise<string> {
  const all = await store.read((r) => r.workspaces.list());
  if (given) {
    if (!all.some((w) => w.id === given))
      throw new UsageError(`There is no workspace ${given} in this database.`);
    return given;
  }
  if (all.length === 1) return (all[0] as { id: string }).id;
  if (!all.length)
    throw new UsageError(
      'This database has no workspace yet: run `rapport demo` or create one first.',
    );
  throw new UsageError(
    `This database has ${all.length} workspaces; name one with --workspace (${all.map((w) => w.id).join(', ')}).`,
  );
}
