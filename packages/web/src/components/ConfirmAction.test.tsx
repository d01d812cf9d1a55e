// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { byText, click, render, type Rendered } from '../testing/render.tsx';
import { ConfirmAction } from './ConfirmAction.tsx';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const button = (root: ParentNode, text: string) =>
  byText(root, text).find((el) => el.tagName === 'BUTTON');

describe('a destructive action asked twice', () => {
  test('the question takes focus, Escape answers it and focus returns to the button', async () => {
    const confirmed: string[] = [];
    view = await render(
      <ConfirmAction
        trigger="Delete…"
        groupLabel="Delete Detractor?"
        question="Delete this rule?"
        confirm="Delete rule"
        onConfirm={() => confirmed.push('yes')}
      />,
    );
    await click(button(view.container, 'Delete…'));
    expect(document.activeElement?.textContent).toBe('Keep it');
    await act(async () => {
      document.activeElement?.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
      );
    });
    expect(view.container.textContent).not.toContain('Delete this rule?');
    expect(document.activeElement?.textContent).toBe('Delete…');
    await click(button(view.container, 'Delete…'));
    await click(button(view.container, 'Delete rule'));
    expect(confirmed).toEqual(['yes']);
  });
});
