/** Passes a compliment one level up — to the signed-in employee's own manager — with a note. */
import { useState, type FormEvent } from 'react';
import type { ApiError, Praise } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { asApiError } from '../../api/errors.ts';
import { FormError } from '../../components/states.tsx';

export function PassUpForm({
  praise,
  managerName,
  onPassed,
}: {
  praise: Praise;
  managerName: string;
  onPassed: (p: Praise) => void;
}) {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const id = `pass-${praise.id}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      onPassed(await api.praise.pass(praise.id, { note: note.trim() || null }));
      setOpen(false);
      setNote('');
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  if (!open)
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Pass up to {managerName}
      </button>
    );
  return (
    <form className="pass-form" onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label htmlFor={id}>Your note to {managerName}</label>
        <textarea
          id={id}
          rows={2}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-describedby={`${id}-hint`}
        />
        <p className="field-hint" id={`${id}-hint`}>
          It travels with the compliment; everyone above sees it.
        </p>
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Passing up…' : `Pass up to ${managerName}`}
        </button>
        <button type="button" className="button button-quiet" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      <FormError error={error} />
    </form>
  );
}
