/** Sign-in with e-mail and password; the server sets the session cookie. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ApiError } from '@rapport/contracts';
import { asApiError } from '../../api/errors.ts';
import { useSession } from '../../app/session.tsx';
import { Logo } from '../shell/Logo.tsx';

type Choice = { value: string; label: string };

/** The workspaces to choose from, when the server asks (409 on workspaceId). */
const choicesOf = (err: ApiError | undefined): Choice[] =>
  err?.status === 409 ? (err.errors.find((e) => e.field === 'workspaceId')?.choices ?? []) : [];

/** A workspace's name, with its id when two of the choices share the name. */
const choiceLabel = (c: Choice, all: readonly Choice[]) =>
  all.filter((o) => o.label === c.label).length > 1 || !c.label ? (
    <span>
      {c.label || 'Workspace'} <span className="muted signin-workspace-id">({c.value})</span>
    </span>
  ) : (
    c.label
  );

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
  const [choices, setChoices] = useState<Choice[]>([]);
  const [workspaceId, setWorkspaceId] = useState('');
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
      await signIn(email.trim(), password, choices.length ? workspaceId : undefined);
    } catch (err) {
      const e = asApiError(err);
      const asked = choicesOf(e);
      if (asked.length) {
        setChoices(asked);
        setWorkspaceId('');
      } else setError(e);
      setBusy(false);
    }
  };
  // Another e-mail or password may open other workspaces: ask the server again.
  const edited = () => {
    setChoices([]);
    setWorkspaceId('');
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
              onChange={(e) => {
                setEmail(e.target.value);
                edited();
              }}
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
              onChange={(e) => {
                setPassword(e.target.value);
                edited();
              }}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'signin-error' : undefined}
            />
          </div>
          {choices.length ? (
            <fieldset className="plain-fieldset field signin-workspaces">
              <legend>Workspace</legend>
              <p className="muted" role="status">
                This e-mail and password open {choices.length} workspaces. Choose one.
              </p>
              {choices.map((c) => (
                <label key={c.value} className="radio">
                  <input
                    type="radio"
                    name="workspace"
                    value={c.value}
                    checked={workspaceId === c.value}
                    onChange={() => setWorkspaceId(c.value)}
                  />
                  {choiceLabel(c, choices)}
                </label>
              ))}
            </fieldset>
          ) : null}
          {error ? (
            <p className="form-error" id="signin-error" role="alert">
              {message(error)}
            </p>
          ) : null}
          <button
            type="submit"
            className="button button-primary button-wide"
            disabled={busy || (choices.length > 0 && !workspaceId)}
          >
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </div>
    </main>
  );
}
