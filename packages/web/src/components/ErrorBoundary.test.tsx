// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { render, type Rendered } from '../testing/render.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
  vi.restoreAllMocks();
});

function Broken({ message }: { message: string }): never {
  throw new Error(message);
}

describe('ErrorBoundary', () => {
  test('a screen that throws shows an alert with a way on', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    view = await render(
      <ErrorBoundary>
        <Broken message="x is undefined" />
      </ErrorBoundary>,
    );
    const alert = view.container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('This screen failed to show');
    expect(alert?.querySelector('button')?.textContent).toBe('Reload the page');
  });

  test('a code chunk gone after an upgrade asks for a reload', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    view = await render(
      <ErrorBoundary>
        <Broken message="Failed to fetch dynamically imported module: /assets/x.js" />
      </ErrorBoundary>,
    );
    expect(view.container.textContent).toContain('Rapport has been updated');
  });
});
