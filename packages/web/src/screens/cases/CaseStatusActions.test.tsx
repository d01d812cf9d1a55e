// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import type { Case } from '@rapport/contracts';
import { ApiProvider } from '../../api/api-context.tsx';
import { DirectoryProvider } from '../../api/directory.tsx';
import { fakeApi, json, problem, type FakeRequest } from '../../testing/fake-api.ts';
import { byText, click, render, settle, type Rendered } from '../../testing/render.tsx';
import { CaseStatusActions } from './CaseStatusActions.tsx';

const aCase = (over: Partial<Case> = {}): Case => ({
  id: 'cas_1',
  reason: 'churn_risk',
  ruleId: null,
  customerId: 'cus_1',
  interactionId: null,
  responseId: null,
  ownerId: 'emp_lead',
  teamId: 'tm_1',
  escalatedToId: null,
  priority: 'high',
  status: 'open',
  escalationLevel: 0,
  slaDueAt: '2026-11-24T17:00:00.000Z',
  slaBreachedAt: null,
  slaState: 'on_track',
  firstActionAt: null,
  resolvedAt: null,
  closedAt: null,
  rootCause: null,
  outcome: null,
  evidence: [],
  version: 1,
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
  ...over,
});

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

async function mount(
  c: Case,
  opts: { employeeId?: string | null; patch?: (r: FakeRequest) => Response } = {},
) {
  const changes: Array<{ c: Case; message: string }> = [];
  const { client, requests } = fakeApi({
    'GET /api/v1/employees': () => json(200, { items: [], nextCursor: null }),
    'GET /api/v1/teams': () => json(200, { items: [] }),
    'GET /api/v1/settings': () => problem(403, 'No.', 'forbidden'),
    'PATCH /api/v1/cases/cas_1': (r) =>
      opts.patch
        ? opts.patch(r)
        : json(200, { ...c, ...(r.body as object), version: c.version + 1 }),
  });
  view = await render(
    <ApiProvider client={client}>
      <DirectoryProvider>
        <CaseStatusActions
          value={c}
          employeeId={opts.employeeId === undefined ? 'emp_me' : opts.employeeId}
          canAssign={false}
          onChanged={(next, message) => changes.push({ c: next, message })}
        />
      </DirectoryProvider>
    </ApiProvider>,
  );
  await settle();
  const buttons = () => [...view!.container.querySelectorAll('button')].map((b) => b.textContent);
  const patches = () => requests.filter((r) => r.method === 'PATCH').map((r) => r.body);
  return { buttons, patches, changes };
}

const button = (label: string) => byText(view!.container, label)[0];

describe('the case status actions', () => {
  test('an open case someone else owns: take it (it becomes mine, work starts) or move it along', async () => {
    const { buttons, patches, changes } = await mount(aCase());
    expect(buttons()).toEqual([
      'Take this case',
      'Start working',
      'Waiting on customer',
      'Mark resolved',
    ]);
    await click(button('Take this case'));
    await settle();
    expect(patches()).toEqual([{ ownerId: 'emp_me', status: 'in_progress' }]);
    expect(changes.at(-1)?.message).toBe('The case is yours now.');
    expect(changes.at(-1)?.c.status).toBe('in_progress');
  });

  test('my own case in progress: no take; the moves the lifecycle allows', async () => {
    const { buttons, patches } = await mount(aCase({ ownerId: 'emp_me', status: 'in_progress' }));
    expect(buttons()).toEqual(['Waiting on customer', 'Mark resolved']);
    await click(button('Mark resolved'));
    await settle();
    expect(patches()).toEqual([{ status: 'resolved' }]);
  });

  test('a resolved case can only be reopened; a closed case offers nothing', async () => {
    const resolved = await mount(aCase({ ownerId: 'emp_me', status: 'resolved' }));
    expect(resolved.buttons()).toEqual(['Start working']);
    view?.unmount();
    const closed = await mount(aCase({ status: 'closed', outcome: 'recovered' }));
    expect(closed.buttons()).toEqual([]);
    expect(view!.container.textContent).toContain('The case is closed');
  });

  test('a user who is no employee cannot take a case; taking an already taken one shows why not', async () => {
    const noEmployee = await mount(aCase(), { employeeId: null });
    expect(noEmployee.buttons()).not.toContain('Take this case');
    view?.unmount();
    const { changes } = await mount(aCase(), {
      patch: () => problem(409, 'Someone changed the case in the meantime; reload it.', 'conflict'),
    });
    await click(button('Take this case'));
    await settle();
    expect(changes).toEqual([]);
    expect(view!.container.querySelector('[role="alert"]')?.textContent).toContain(
      'Someone changed the case in the meantime',
    );
  });
});
