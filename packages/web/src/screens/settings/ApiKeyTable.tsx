/** The workspace's API keys; revoking one asks for confirmation in place. */
import { useState } from 'react';
import type { ApiError, ApiKey } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { asApiError } from '../../api/errors.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { FormError } from '../../components/states.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { ROLE_LABELS } from '../../lib/labels.ts';

export function ApiKeyTable({
  keys,
  busy,
  onRevoked,
}: {
  keys: ApiKey[];
  busy: boolean;
  onRevoked: () => void;
}) {
  const api = useApi();
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<ApiError>();

  const revoke = async (id: string) => {
    setWorking(true);
    setError(undefined);
    try {
      await api.keys.revoke(id);
      onRevoked();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setWorking(false);
    }
  };

  return (
    <div className="table-wrap" aria-busy={busy}>
      <FormError error={error} />
      <table className="table table-stack">
        <caption className="visually-hidden">API keys</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Key</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k.id} className={k.revokedAt ? 'row-muted' : undefined}>
              <th scope="row" data-label="Name" className="wrap">
                {k.name}
              </th>
              <td data-label="Role">{ROLE_LABELS[k.role]}</td>
              <td data-label="Key">
                <code className="nowrap">{k.prefix}</code>
              </td>
              <td data-label="Created" className="nowrap">
                {formatDate(k.createdAt)}
              </td>
              <td data-label="Last used" className="nowrap">
                {k.lastUsedAt ? formatDateTime(k.lastUsedAt) : <span className="muted">Never</span>}
              </td>
              <td data-label="Status">
                {k.revokedAt ? (
                  <span className="badge badge-bad">
                    <span aria-hidden="true" className="badge-mark">
                      ⊘
                    </span>
                    Revoked {formatDate(k.revokedAt)}
                  </span>
                ) : (
                  <span className="badge badge-good">
                    <span aria-hidden="true" className="badge-mark">
                      ✓
                    </span>
                    Active
                  </span>
                )}
              </td>
              <td data-label="Actions" className="cell-actions">
                {k.revokedAt ? null : (
                  <ConfirmAction
                    trigger="Revoke"
                    triggerAriaLabel={`Revoke ${k.name}`}
                    triggerClassName="button"
                    groupLabel={`Revoke ${k.name}?`}
                    question="Revoke? Systems using it stop working."
                    confirm="Revoke key"
                    cancel="Cancel"
                    cancelClassName="button"
                    busy={working}
                    onConfirm={() => void revoke(k.id)}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
