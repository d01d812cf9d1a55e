/** API keys: create one (its secret shown once), list them, revoke one. */
import { useState } from 'react';
import type { ApiKeyCreated } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { useResource } from '../../api/use-resource.ts';
import { EmptyState, ErrorState, Loading } from '../../components/states.tsx';
import { ApiKeyTable } from './ApiKeyTable.tsx';
import { NewKeyForm } from './NewKeyForm.tsx';
import { NewKeySecret } from './NewKeySecret.tsx';

export function ApiKeysPanel() {
  const api = useApi();
  const keys = useResource(async (signal) => (await api.keys.list({ signal })).items, [api]);
  const [created, setCreated] = useState<ApiKeyCreated>();

  return (
    <section className="panel" aria-labelledby="keys-title">
      <h2 id="keys-title">API keys</h2>
      <p className="muted">
        Integrations (helpdesk, phone system, shop) call the API with a key. Each key acts with the
        role you give it.
      </p>
      {created ? (
        <NewKeySecret created={created} onDone={() => setCreated(undefined)} />
      ) : (
        <NewKeyForm
          onCreated={(k) => {
            setCreated(k);
            keys.reload();
          }}
        />
      )}
      <h3>Keys of this workspace</h3>
      {keys.error ? (
        <ErrorState error={keys.error} title="The keys could not be loaded" onRetry={keys.reload} />
      ) : !keys.data ? (
        <Loading label="Loading API keys…" />
      ) : keys.data.length === 0 ? (
        <EmptyState title="No API keys yet.">
          Create one above to connect another system.
        </EmptyState>
      ) : (
        <ApiKeyTable keys={keys.data} busy={keys.loading} onRevoked={keys.reload} />
      )}
    </section>
  );
}
