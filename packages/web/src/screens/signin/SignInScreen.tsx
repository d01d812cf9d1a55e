/** Sign-in with e-mail and password; the server sets the session cookie. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ApiError } from '@rapport/contracts';
import { asApiError } from '../../api/errors.ts';
import { useSession } from '../../app/session.tsx';
import { Logo } from '../shell/Logo.tsx';

function message(err: ApiError): string {
  if (err.status === 429) {
    const wait = err.retryAfterSeconds
      ? ` Try again in ${Math.ceil(err.retryAfterSeconds / 60)} min.`
      : '';
    return `Too many attempts.${wait}`;
  }
  if (err.status === 422) return 'Enter a valid e-mail address and your password.';
  return err.detail;
}

export function SignInScreen({ notice }: { notice?: string }) {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = 'Sign in · Rapport';
    heading.current?.focus();
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(email.trim(), password);
    } catch (err) {
      setError(asApiError(err));
      setBusy(false);
    }
  };

  return (
    <main className="signin" id="main">
      <div className="signin-card">
        <div className="signin-brand">
          <Logo />
          <span>Rapport</span>
        </div>
        <h1 ref={heading} tabIndex={-1}>
          Sign in
        </h1>
        {notice ? (
          <p className="notice" role="status">
            {notice}
          </p>
        ) : null}
        <form onSubmit={(e) => void submit(e)} noValidate>
          <div className="field">
            <label htmlFor="signin-email">E-mail</label>
            <input
              id="signin-email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'signin-error' : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor="signin-password">Password</label>
            <input
              id="signin-password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'signin-error' : undefined}
            />
          </div>
          {error ? (
            <p className="form-error" id="signin-error" role="alert">
              {message(error)}
            </p>
          ) : null}
          <button type="submit" className="button button-primary button-wide" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </div>
    </main>
  );
}
