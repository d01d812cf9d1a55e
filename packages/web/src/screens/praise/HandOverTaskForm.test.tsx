// @vitest-environment jsdom
/** Handing over a thank-you task: only whom the server accepts; its refusal in its words. */
import { act } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import type { FollowUpTask } from '@rapport/contracts';
import { ApiProvider } from '../../api/api-context.tsx';
import { DirectoryProvider } from '../../api/directory.tsx';
import { fakeApi, json, problem, type FakeRequest } from '../../testing/fake-api.ts';
import { byText, click, render, settle, type Rendered } from '../../testing/render.tsx';
import { HandOverTaskForm } from './HandOverTaskForm.tsx';

const person = (id: string, name: string) => ({
  id,
  name,
  active: true,
  teamId: null,
  managerId: null,
  title: null,
});
const task = {
  id: 'tsk_1',
  title: 'Thank the customer',
  assigneeId: 'emp_lead',
  status: 'open',
} as FollowUpTask;

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

async function mount(patch: (r: FakeRequest) => Response) {
  const done: FollowUpTask[] = [];
  const { client, requests } = fakeApi({
    'GET /api/v1/employees': () =>
      json(200, {
        items: [
          person('emp_lead', 'Lars Lead'),
          person('emp_ann', 'Ann Agent'),
          person('emp_boss', 'Bea Boss'),
        ],
        nextCursor: null,
      }),
    'GET /api/v1/teams': () => json(200, { items: [] }),
    'GET /api/v1/settings': () => problem(403, 'No.', 'forbidden'),
    'GET /api/v1/cases/assignees': () =>
      json(200, { anyone: false, unowned: false, employeeIds: ['emp_lead', 'emp_ann'] }),
    'PATCH /api/v1/tasks/tsk_1': patch,
  });
  view = await render(
    <ApiProvider client={client}>
      <DirectoryProvider>
        <HandOverTaskForm task={task} onDone={(t) => done.push(t)} />
      </DirectoryProvider>
    </ApiProvider>,
  );
  await settle();
  await settle();
  const select = view.container.querySelector('select');
  if (!select) throw new Error('no choice');
  const choose = (id: string) =>
    act(async () => {
      select.value = id;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  const submit = async () => {
    await click(byText(view!.container, 'Hand over').find((b) => b.tagName === 'BUTTON'));
    await settle();
  };
  const offered = [...select.querySelectorAll('option')].filter((o) => o.value).map((o) => o.text);
  return { offered, choose, submit, done, requests };
}

describe('handing over a thank-you task', () => {
  test('offers the manager’s people only, and sends the choice', async () => {
    const { offered, choose, submit, done, requests } = await mount((r) =>
      json(200, { ...task, ...(r.body as object) }),
    );
    expect(offered).toEqual(['Ann Agent', 'Lars Lead']);
    await choose('emp_ann');
    await submit();
    expect(requests.filter((r) => r.method === 'PATCH').map((r) => r.body)).toEqual([
      { assigneeId: 'emp_ann' },
    ]);
    expect(done.map((t) => t.assigneeId)).toEqual(['emp_ann']);
  });

  test('a refusal shows the server’s 422 message', async () => {
    const words = 'You may assign to yourself or someone under you in the manager tree.';
    const { choose, submit, done } = await mount(() => problem(422, words, 'validation'));
    await choose('emp_ann');
    await submit();
    expect(done).toEqual([]);
    expect(view!.container.querySelector('[role="alert"]')?.textContent).toContain(words);
  });
});
