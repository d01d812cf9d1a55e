/**
 * The anonymity threshold: employee and leadership results are shown only for groups of at
 * least this many respondents — never fewer than 3 — and the minimum answers for a figure.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { asApiError } from '../../api/errors.ts';
import { useResource } from '../../api/use-resource.ts';
import { ErrorState, FormError, Loading } from '../../components/states.tsx';

export const MIN_ANONYMITY = 3;

export function AnonymityPanel({ editable }: { editable: boolean }) {
  const api = useApi();
  const settings = useResource((signal) => api.settings.get({ signal }), [api]);
  const [threshold, setThreshold] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (settings.data) setThreshold(String(settings.data.anonymityThreshold));
  }, [settings.data]);

  const value = Number(threshold);
  const local =
    threshold.trim() === '' || !Number.isInteger(value)
      ? 'Enter a whole number.'
      : value < MIN_ANONYMITY
        ? `Never below ${MIN_ANONYMITY}: smaller groups could be recognised.`
        : undefined;
  const fieldError = local ?? error?.fieldError('anonymityThreshold');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (local) return;
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      const next = await api.settings.update({ anonymityThreshold: value });
      setThreshold(String(next.anonymityThreshold));
      setSaved(true);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="anonymity-title">
      <h2 id="anonymity-title">Anonymity</h2>
      <p className="muted">
        Employee and leadership pulse results — figures and comments — are shown only for groups of
        at least this many respondents. Lowering it re-decides every table; do it deliberately.
      </p>
      {settings.error ? (
        <ErrorState
          error={settings.error}
          title="The settings could not be loaded"
          onRetry={settings.reload}
        />
      ) : !settings.data ? (
        <Loading label="Loading…" />
      ) : (
        <form className="inline-form" onSubmit={(e) => void submit(e)}>
          <div className="form-row">
            <div className="field">
              <label htmlFor="anonymity-threshold">Anonymity threshold (respondents)</label>
              <input
                id="anonymity-threshold"
                type="number"
                inputMode="numeric"
                min={MIN_ANONYMITY}
                max={1000}
                step={1}
                value={threshold}
                readOnly={!editable}
                onChange={(e) => {
                  setThreshold(e.target.value);
                  setSaved(false);
                }}
                aria-invalid={fieldError ? true : undefined}
                aria-describedby={fieldError ? 'anonymity-error' : 'anonymity-hint'}
              />
              {fieldError ? (
                <p className="field-error" id="anonymity-error">
                  {fieldError}
                </p>
              ) : (
                <p className="field-hint" id="anonymity-hint">
                  At least {MIN_ANONYMITY}; 5 is the usual choice.
                </p>
              )}
            </div>
            {editable ? (
              <div className="field field-actions">
                <button type="submit" className="button button-primary" disabled={busy || !!local}>
                  {busy ? 'Saving…' : 'Save threshold'}
                </button>
              </div>
            ) : null}
          </div>
          {saved ? (
            <p className="notice" role="status">
              Saved.
            </p>
          ) : null}
          {error && !error.fieldError('anonymityThreshold') ? <FormError error={error} /> : null}
        </form>
      )}
    </section>
  );
}
