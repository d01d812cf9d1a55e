/**
 * Webhooks: endpoints that receive signed events (cases, praise, responses, rule matches). A new
 * endpoint's signing secret is shown once; each endpoint has its delivery log.
 */
import { useState } from 'react';
import type { WebhookCreated } from '@rapport/contracts';
import { useApi } from '../../../api/api-context.tsx';
import { useResource } from '../../../api/use-resource.ts';
import { EmptyState, ErrorState, Loading } from '../../../components/states.tsx';
import { WebhookForm } from './WebhookForm.tsx';
import { WebhookRow } from './WebhookRow.tsx';
import { WebhookSecret } from './WebhookSecret.tsx';

export function WebhooksPanel({ editable }: { editable: boolean }) {
  const api = useApi();
  const hooks = useResource(async (signal) => (await api.webhooks.list({ signal })).items, [api]);
  const [secret, setSecret] = useState<WebhookCreated>();
  const [notice, setNotice] = useState<string>();
  const changed = (message: string) => {
    setNotice(message);
    hooks.reload();
  };

  return (
    <section className="panel" aria-labelledby="hooks-title">
      <h2 id="hooks-title">Webhooks</h2>
      <p className="muted">
        Rapport posts each subscribed event to the endpoint, signed per Standard Webhooks, retried
        with backoff until it is answered with a 2xx, in order per case.
      </p>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {secret ? (
        <WebhookSecret created={secret} onDone={() => setSecret(undefined)} />
      ) : editable ? (
        <WebhookForm
          onCreated={(w) => {
            setSecret(w);
            setNotice(undefined);
            hooks.reload();
          }}
        />
      ) : null}
      <h3>Endpoints</h3>
      {hooks.error ? (
        <ErrorState
          error={hooks.error}
          title="The endpoints could not be loaded"
          onRetry={hooks.reload}
        />
      ) : !hooks.data ? (
        <Loading label="Loading endpoints…" />
      ) : !hooks.data.length ? (
        <EmptyState title="No endpoints yet.">
          {editable ? 'Add one above to receive events.' : 'An admin can add one.'}
        </EmptyState>
      ) : (
        <ul className="rule-list" aria-busy={hooks.loading}>
          {hooks.data.map((h) => (
            <li key={h.id}>
              <WebhookRow
                hook={h}
                editable={editable}
                onChanged={changed}
                onSecret={(w) => {
                  setSecret(w);
                  setNotice(undefined);
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
