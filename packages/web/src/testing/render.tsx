/** Renders React into jsdom for component tests (no testing library needed). */
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Interaction } from '@rapport/contracts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  rerender(ui: ReactNode): Promise<void>;
  unmount(): void;
}

export async function render(ui: ReactNode): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(ui));
  return {
    container,
    rerender: (next) => act(async () => root.render(next)),
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Clicks an element and lets React settle. */
export const click = (el: Element | null | undefined) =>
  act(async () => {
    if (!el) throw new Error('nothing to click');
    (el as HTMLElement).click();
  });

/** Sets an input's value the way a user would, so React's onChange fires. */
export const type = (el: Element | null | undefined, value: string) =>
  act(async () => {
    if (!(el instanceof HTMLInputElement)) throw new Error('not an input');
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setter?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });

/** Lets pending promises and effects run. */
export const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));

/** Elements whose own text is exactly `text`. */
export const byText = (root: ParentNode, text: string): Element[] =>
  [...root.querySelectorAll('*')].filter((el) =>
    [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim() === text),
  );

let seq = 0;
export function anInteraction(over: Partial<Interaction> = {}): Interaction {
  seq += 1;
  return {
    id: `int_${seq}`,
    externalId: null,
    customerId: 'cus_1',
    channel: 'phone',
    stage: 'support',
    occurredAt: '2026-11-20T10:00:00.000Z',
    outcome: 'resolved',
    expectation: 'met',
    employeeIds: [],
    teamId: null,
    note: null,
    durationSeconds: null,
    attributes: {},
    messages: [],
    createdAt: '2026-11-20T10:00:00.000Z',
    ...over,
    messageCount: over.messageCount ?? over.messages?.length ?? 0,
  };
}
