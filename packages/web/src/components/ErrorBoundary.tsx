/**
 * Catches what a screen throws while rendering — a bug, or a code chunk that no longer exists
 * after an upgrade — and offers a way on instead of a blank page.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Screen failed', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const stale = /dynamically imported module|Importing a module script failed|chunk/i.test(
      error.message,
    );
    return (
      <div className="state state-error" role="alert">
        <p className="state-title">
          <span aria-hidden="true">⚠ </span>
          {stale ? 'Rapport has been updated' : 'This screen failed to show'}
        </p>
        <p>
          {stale
            ? 'Reload the page to get the new version.'
            : 'Reloading the page usually helps. If it happens again, tell your administrator what you were doing.'}
        </p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    );
  }
}
