/** The case's notes (as text, whatever they hold) and a form to add one. */
import { useState, type FormEvent } from 'react';
import type { ApiError, Case, CaseEvent } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { asApiError } from '../../api/errors.ts';
import { useMe } from '../../app/session.tsx';
import { FormError } from '../../components/states.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { actorText } from './case-history.ts';
import { useUserNames } from './use-user-names.ts';

export function CaseNotes({
  value: c,
  history,
  onAdded,
}: {
  value: Case;
  history: readonly CaseEvent[];
  onAdded: (c: Case) => void;
}) {
  const api = useApi();
  const me = useMe();
  const userName = useUserNames();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const notes = history.filter((e) => e.kind === 'note' && typeof e.data.text === 'string');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    setError(undefined);
    try {
      onAdded(await api.cases.addNote(c.id, { text }));
      setText('');
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const fieldError = error?.fieldError('text');

  return (
    <>
      {notes.length ? (
        <ol className="case-notes">
          {notes.map((n) => (
            <li key={n.seq}>
              <p className="muted">
                {actorText(n, me, userName)} · <time dateTime={n.at}>{formatDateTime(n.at)}</time>
              </p>
              <p className="note-text">{String(n.data.text)}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">No notes yet.</p>
      )}
      <form className="note-form" onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor="case-note">Add a note</label>
          <textarea
            id="case-note"
            rows={3}
            maxLength={10_000}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? 'case-note-error' : 'case-note-hint'}
          />
          {fieldError ? (
            <p className="field-error" id="case-note-error">
              {fieldError}
            </p>
          ) : (
            <p className="field-hint" id="case-note-hint">
              What you did, what the customer said. Your colleagues see it; the customer does not.
            </p>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy || !text.trim()}>
            {busy ? 'Adding…' : 'Add note'}
          </button>
        </div>
        {error && !fieldError ? <FormError error={error} /> : null}
      </form>
    </>
  );
}
