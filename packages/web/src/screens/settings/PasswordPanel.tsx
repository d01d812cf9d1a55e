/** Changes the signed-in user's own password (other sessions end; this one goes on). */
import { useState, type FormEvent } from 'react';
import type { ApiError } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { asApiError } from '../../api/errors.ts';
import { FormError } from '../../components/states.tsx';

export function PasswordPanel() {
  const api = useApi();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState(false);
  const mismatch = again !== '' && again !== next ? 'The two new passwords differ.' : undefined;
  const newError = error?.fieldError('newPassword');
  const currentError = error?.fieldError('currentPassword');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (mismatch) return;
    setBusy(true);
    setError(undefined);
    setDone(false);
    try {
      await api.users.changePassword({ currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      setAgain('');
      setDone(true);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const field = (
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
    auto: string,
    err: string | undefined,
    hint?: string,
  ) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete={auto}
        required
        value={value}
        onChange={(e) => set(e.target.value)}
        aria-invalid={err ? true : undefined}
        aria-describedby={err ? `${id}-error` : hint ? `${id}-hint` : undefined}
      />
      {err ? (
        <p className="field-error" id={`${id}-error`}>
          {err}
        </p>
      ) : hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );

  return (
    <section className="panel" aria-labelledby="password-title">
      <h2 id="password-title">Your password</h2>
      <form className="narrow-form" onSubmit={(e) => void submit(e)}>
        {field(
          'pw-current',
          'Current password',
          current,
          setCurrent,
          'current-password',
          currentError,
        )}
        {field(
          'pw-new',
          'New password',
          next,
          setNext,
          'new-password',
          newError,
          '8 to 128 characters; a long phrase is best. Commonly used passwords are refused.',
        )}
        {field('pw-again', 'New password again', again, setAgain, 'new-password', mismatch)}
        <button type="submit" className="button button-primary" disabled={busy || !!mismatch}>
          {busy ? 'Changing…' : 'Change password'}
        </button>
        {done ? (
          <p className="notice" role="status">
            Your password is changed. Your other sessions have ended.
          </p>
        ) : null}
        {error && !newError && !currentError ? <FormError error={error} /> : null}
      </form>
    </section>
  );
}
