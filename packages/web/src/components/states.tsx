/** The loading, error and empty states every screen shows the same way. */
import type { ReactNode } from 'react';
import type { ApiError } from '@rapport/contracts';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function ErrorState({
  error,
  title = 'This could not be loaded',
  onRetry,
}: {
  error: ApiError;
  title?: string;
  onRetry?: () => void;
}) {
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">
        <span aria-hidden="true">⚠ </span>
        {title}
      </p>
      <p>{error.detail}</p>
      {error.status === 403 ? null : onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p className="state-title">{title}</p>
      {children ? <div>{children}</div> : null}
    </div>
  );
}

/** A form's error: the problem's detail, with the field errors listed when there are several. */
export function FormError({ error }: { error: ApiError | undefined }) {
  if (!error) return null;
  return (
    <div className="form-error" role="alert">
      <p>{error.detail}</p>
      {error.errors.length > 1 ? (
        <ul>
          {error.errors.map((e) => (
            <li key={`${e.field}:${e.message}`}>
              {e.field}: {e.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
