// @vitest-environment jsdom
/**
 * Reassigning a case offers only whom the server will accept (GET /api/v1/cases/assignees),
 * and shows the server's words when it refuses anyway.
 */
import { act } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import type { Case, CaseAssignees, Employee } from '@rapport/contracts';
import { ApiProvider } from '../../api/api-context.tsx';
import { DirectoryProvider } from '../../api/directory.tsx';
import { fakeApi, json, problem } from '../../testing/fake-api.ts';
import { byText, click, render, settle, type Rendered } from '../../testing/render.tsx';
import { CaseStatusActions } from './CaseStatusActions.tsx';

const person = (id: string, name: string, over: Partial<Employee> = {}): Employee => ({
  id,
  externalId: null,
  name,
  email: null,
  phone: null,
  title: null,
  teamId: null,
  managerId: null,
  active: true,
  createdAt: '',
  updatedAt: '',
  ...over,
});
const PEOPLE = [
  person('emp_head', 'Hedda Head'),
  person('emp_lead', 'Lars Lead', { managerId: 'emp_head' }),
  person('emp_me', 'Mia Me', { managerId: 'emp_lead' }),
  person('emp_peer', 'Per Peer', { managerId: 'emp_lead' }),
  person('emp_gone', 'Gina Gone', { managerId: 'emp_lead', active: false }),
  person('emp_other', 'Otto Other'),
];
const aCase = { id: 'cas_1', status: 'in_progress', ownerId: 'emp_me', version: 1 } as Case;

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

async function mount(assignees: CaseAssignees, patch?: () => Response) {
  const { client } = fakeApi({
    'GET /api/v1/employees': () => json(200, { items: PEOPLE, nextCursor: null }),
    'GET /api/v1/teams': () => json(200, { items: [] }),
    'GET /api/v1/settings': () => problem(403, 'No.', 'forbidden'),
    'GET /api/v1/cases/assignees': () => json(200, assignees),
    'PATCH /api/v1/cases/cas_1': () => (patch ? patch() : json(200, aCase)),
  });
  view = await render(
    <ApiProvider client={client}>
      <DirectoryProvider>
        <CaseStatusActions value={aCase} employeeId="emp_me" canAssign onChanged={() => {}} />
      </DirectoryProvider>
    </ApiProvider>,
  );
  await settle();
  await settle();
  const select = view.container.querySelector<HTMLSelectElement>('#case-owner');
  const offered = () =>
    [...(select?.querySelectorAll('option') ?? [])].filter((o) => o.value).map((o) => o.text);
  return { select, offered };
}

describe('reassigning a case', () => {
  test('an agent is offered themselves and their manager chain, never a peer or an inactive person', async () => {
    const { offered } = await mount({
      anyone: false,
      unowned: false,
      employeeIds: ['emp_me', 'emp_lead', 'emp_head', 'emp_gone'],
    });
    expect(offered()).toEqual(['Hedda Head', 'Lars Lead', 'Mia Me']);
  });

  test('an analyst is offered every active employee', async () => {
    const { offered } = await mount({ anyone: true, unowned: true, employeeIds: [] });
    expect(offered()).toEqual(['Hedda Head', 'Lars Lead', 'Mia Me', 'Otto Other', 'Per Peer']);
  });

  test('a user linked to no employee is told so instead of an empty choice', async () => {
    const { select } = await mount({ anyone: false, unowned: false, employeeIds: [] });
    expect(select).toBeNull();
    expect(view!.container.textContent).toContain('not linked to an employee');
  });

  test('a refusal shows the server’s 422 message', async () => {
    const words = 'You may assign to yourself or someone up your manager chain.';
    const { select } = await mount({ anyone: true, unowned: true, employeeIds: [] }, () =>
      problem(422, words, 'validation'),
    );
    if (!select) throw new Error('no owner choice');
    await act(async () => {
      select.value = 'emp_other';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click(byText(view!.container, 'Reassign').find((b) => b.tagName === 'BUTTON'));
    await settle();
    expect(view!.container.querySelector('[role="alert"]')?.textContent).toContain(words);
  });
});
