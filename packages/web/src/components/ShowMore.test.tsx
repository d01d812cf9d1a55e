// @vitest-environment jsdom
/** A long list shown a step at a time, from the start again when the selection changes. */
import { afterEach, expect, test } from 'vitest';
import { click, render, type Rendered } from '../testing/render.tsx';
import { ShowMoreButton, useShowMore } from './ShowMore.tsx';

function List({ items, selection }: { items: string[]; selection: string }) {
  const { shown, left, more } = useShowMore(items, selection, 10);
  return (
    <div>
      <ul>
        {shown.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
      <ShowMoreButton left={left} step={10} noun="items" onMore={more} />
    </div>
  );
}

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const items = Array.from({ length: 25 }, (_, i) => `item ${i + 1}`);
const rows = () => [...(view?.container.querySelectorAll('li') ?? [])].map((l) => l.textContent);
const button = () => view?.container.querySelector('button');

test('shows ten, then ten more, then the last five, then no button', async () => {
  view = await render(<List items={items} selection="a" />);
  expect(rows()).toEqual(items.slice(0, 10));
  expect(view.container.querySelector('.show-more .muted')?.textContent).toBe(
    '(15 items not shown yet)',
  );
  expect(button()?.textContent).toBe('Show 10 more');
  await click(button());
  expect(rows()).toEqual(items.slice(0, 20));
  expect(button()?.textContent).toBe('Show 5 more');
  await click(button());
  expect(rows()).toEqual(items);
  expect(button()).toBeNull();
});

test('starts from the first ten again when the selection changes', async () => {
  view = await render(<List items={items} selection="a" />);
  await click(button());
  expect(rows()).toHaveLength(20);
  await view.rerender(<List items={items} selection="b" />);
  expect(rows()).toEqual(items.slice(0, 10));
});

test('a short list has no button', async () => {
  view = await render(<List items={items.slice(0, 4)} selection="a" />);
  expect(rows()).toHaveLength(4);
  expect(button()).toBeNull();
});
