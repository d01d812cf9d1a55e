/** Assigns the selected cases to one owner in one call. */
import { useState, type FormEvent } from 'react';
import type { ApiError } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { asApiError } from '../../api/errors.ts';
import { FormError } from '../../components/states.tsx';
import { AssigneeSelect } from './AssigneeSelect.tsx';

export function BulkAssignBar({
  ids,
  onDone,
  onClear,
}: {
  ids: readonly string[];
  onDone: (message: string) => void;
  onClear: () => void;
}) {
  const api = useApi();
  const [ownerId, setOwnerId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ownerId || !ids.length) return;
    setBusy(true);
    setError(undefined);
    try {
      const res = await api.cases.assign({ ids: [...ids], ownerId });
      onDone(`${res.items.length} case${res.items.length === 1 ? '' : 's'} assigned.`);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="bulk-bar"
      aria-label="Assign the selected cases"
      onSubmit={(e) => void submit(e)}
    >
      <p className="bulk-count" aria-live="polite">
        {ids.length} selected
      </p>
      <div className="field">
        <label htmlFor="bulk-owner">Assign to</label>
        <AssigneeSelect
          id="bulk-owner"
          value={ownerId}
          empty="Choose an owner…"
          required
          onChange={setOwnerId}
        />
      </div>
      <div className="field field-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={busy || !ownerId || !ids.length}
        >
          {busy ? 'Assigning…' : `Assign ${ids.length}`}
        </button>
        <button type="button" className="button button-quiet" onClick={onClear}>
          Clear selection
        </button>
      </div>
      <FormError error={error} />
    </form>
  );
}
