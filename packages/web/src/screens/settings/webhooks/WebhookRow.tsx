/** One endpoint: its URL and events; switch it on or off, rotate its secret, delete it, see its log. */
import { useState } from 'react';
import type { ApiError, WebhookCreated, WebhookEndpoint } from '@rapport/contracts';
import { useApi } from '../../../api/api-context.tsx';
import { asApiError } from '../../../api/errors.ts';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { FormError } from '../../../components/states.tsx';
import { formatDate } from '../../../lib/format.ts';
import { DeliveryLog } from './DeliveryLog.tsx';

export function WebhookRow({
  hook,
  editable,
  onChanged,
  onSecret,
}: {
  hook: WebhookEndpoint;
  editable: boolean;
  onChanged: (message: string) => void;
  onSecret: (w: WebhookCreated) => void;
}) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [log, setLog] = useState(false);
  const act = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await fn();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const titleId = `hook-${hook.id}-title`;

  return (
    <article className="hook" aria-labelledby={titleId}>
      <header className="rule-head">
        <h3 id={titleId} className="hook-url">
          {hook.url}
        </h3>
        <span className={`badge badge-${hook.enabled ? 'good' : 'neutral'}`}>
          <span aria-hidden="true" className="badge-mark">
            {hook.enabled ? '●' : '○'}
          </span>
          {hook.enabled ? 'Enabled' : 'Disabled'}
        </span>
      </header>
      {hook.description ? <p>{hook.description}</p> : null}
      <p className="muted">
        Events: {hook.events.map((e) => e).join(', ')} · added {formatDate(hook.createdAt)}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          aria-expanded={log}
          aria-controls={`hook-${hook.id}-log`}
          onClick={() => setLog((v) => !v)}
        >
          {log ? 'Hide deliveries' : 'Delivery log'}
        </button>
        {editable ? (
          <>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() =>
                void act(async () => {
                  await api.webhooks.update(hook.id, { enabled: !hook.enabled });
                  onChanged(`${hook.url} is ${hook.enabled ? 'disabled' : 'enabled'}.`);
                })
              }
            >
              {hook.enabled ? 'Disable' : 'Enable'}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() =>
                void act(async () => onSecret(await api.webhooks.rotateSecret(hook.id)))
              }
            >
              New secret
            </button>
            <ConfirmAction
              trigger="Delete…"
              groupLabel={`Delete ${hook.url}?`}
              question="Delete? Pending deliveries fail."
              confirm="Delete endpoint"
              busy={busy}
              onConfirm={() =>
                void act(async () => {
                  await api.webhooks.delete(hook.id);
                  onChanged(`${hook.url} was deleted.`);
                })
              }
            />
          </>
        ) : null}
      </div>
      <FormError error={error} />
      {log ? (
        <div id={`hook-${hook.id}-log`} className="hook-log">
          <DeliveryLog endpointId={hook.id} url={hook.url} />
        </div>
      ) : null}
    </article>
  );
}
