/** Closes a case with its outcome (required), a root cause from the workspace list, and a note. */
import { useState, type FormEvent } from 'react';
import type { ApiError, Case, CaseOutcome, ClosedLoopSettings } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { asApiError } from '../../api/errors.ts';
import { FormError } from '../../components/states.tsx';
import { CASE_OUTCOMES, codeLabel, OUTCOME_LABELS } from './case-labels.ts';

export function CloseCaseForm({
  value: c,
  settings,
  onClosed,
}: {
  value: Case;
  settings: ClosedLoopSettings | undefined;
  onClosed: (c: Case) => void;
}) {
  const api = useApi();
  const [outcome, setOutcome] = useState<CaseOutcome | ''>('');
  const [rootCause, setRootCause] = useState('');
  const [note, setNote] = useState('');
  const [resurvey, setResurvey] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!outcome) return;
    setBusy(true);
    setError(undefined);
    try {
      onClosed(
        await api.cases.close(c.id, {
          outcome,
          rootCause: rootCause || null,
          note: note.trim() || null,
          ...(resurvey ? { resurvey: true } : {}),
        }),
      );
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const causeError = error?.fieldError('rootCause');

  return (
    <form className="close-form" aria-labelledby="close-title" onSubmit={(e) => void submit(e)}>
      <h2 id="close-title">Close the case</h2>
      <fieldset className="field">
        <legend>Outcome</legend>
        <div className="radio-row">
          {CASE_OUTCOMES.map((o) => (
            <label key={o} className="radio">
              <input
                type="radio"
                name="case-outcome"
                value={o}
                checked={outcome === o}
                onChange={() => setOutcome(o)}
                required
              />
              {OUTCOME_LABELS[o]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-row">
        <div className="field">
          <label htmlFor="close-cause">Root cause</label>
          <select
            id="close-cause"
            value={rootCause}
            onChange={(e) => setRootCause(e.target.value)}
            aria-invalid={causeError ? true : undefined}
            aria-describedby={causeError ? 'close-cause-error' : undefined}
          >
            <option value="">Not known</option>
            {(settings?.rootCauses ?? []).map((r) => (
              <option key={r} value={r}>
                {codeLabel(r)}
              </option>
            ))}
          </select>
          {causeError ? (
            <p className="field-error" id="close-cause-error">
              {causeError}
            </p>
          ) : null}
        </div>
        {settings?.resurvey ? (
          <div className="field field-check">
            <input
              id="close-resurvey"
              type="checkbox"
              checked={resurvey}
              onChange={(e) => setResurvey(e.target.checked)}
            />
            <label htmlFor="close-resurvey">
              Re-survey the customer in {settings.resurvey.delayDays} days
            </label>
          </div>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="close-note">Closing note (optional)</label>
        <textarea
          id="close-note"
          rows={3}
          maxLength={10_000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy || !outcome}>
          {busy ? 'Closing…' : 'Close the case'}
        </button>
      </div>
      {error && !causeError ? <FormError error={error} /> : null}
    </form>
  );
}
