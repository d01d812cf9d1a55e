import { systemCtx, type Clock, type Ids, type Workspace } from '@rapport/core';
import type { Store } from '@rapport/store';
import { createApiKey, createWorkspace } from './auth.service.ts';

/** A new workspace with one admin API key: what `rapport demo` and tests start from. */
export async function bootstrapWorkspace(
  store: Store,
  deps: { clock: Clock; ids: Ids },
  name: string,
): Promise<{ workspace: Workspace; apiKey: string }> {
  return store.write(async (r) => {
    const d = { r, ...deps };
    const workspace = await createWorkspace(d, name);
    const { secret } = await createApiKey(d, systemCtx(workspace.id), {
      name: 'Initial admin key',
      role: 'admin',
    });
    return { workspace, apiKey: secret };
  });
}
