import { useState, type FormEvent } from 'react';
import type { ApiError, ApiKeyCreated, Role } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { asApiError } from '../../api/errors.ts';
import { FormError } from '../../components/states.tsx';
import { ROLE_HINTS, ROLE_LABELS } from '../../lib/labels.ts';

const ROLES: Role[] = ['agent', 'manager', 'analyst', 'admin'];

export function NewKeyForm({ onCreated }: { onCreated: (k: ApiKeyCreated) => void }) {
  const api = useApi();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('agent');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const created = await api.keys.create({ name: name.trim(), role });
      setName('');
      onCreated(created);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const nameError = error?.fieldError('name');

  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} aria-labelledby="new-key-title">
      <h3 id="new-key-title">New API key</h3>
      <div className="form-row">
        <div className="field">
          <label htmlFor="key-name">Name</label>
          <input
            id="key-name"
            required
            maxLength={100}
            placeholder="e.g. Helpdesk integration"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? 'key-name-error' : undefined}
          />
          {nameError ? (
            <p className="field-error" id="key-name-error">
              {nameError}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="key-role">Role</label>
          <select
            id="key-role"
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            aria-describedby="key-role-hint"
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
          <p className="field-hint" id="key-role-hint">
            May {ROLE_HINTS[role]}.
          </p>
        </div>
        <div className="field field-actions">
          <button type="submit" className="button button-primary" disabled={busy || !name.trim()}>
            {busy ? 'Creating…' : 'Create key'}
          </button>
        </div>
      </div>
      {error && !nameError ? <FormError error={error} /> : null}
    </form>
  );
}
