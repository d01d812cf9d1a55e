// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DemoStoriesDto, Me } from '@rapport/contracts';
import { App } from '../app/App.tsx';
import { fakeApi, json, problem } from '../testing/fake-api.ts';
import { click, render, settle, type Rendered } from '../testing/render.tsx';

const me: Me = {
  userId: 'usr_1',
  name: 'Alex Admin',
  email: 'admin@northwind.example',
  role: 'admin',
  employeeId: null,
  workspaceId: 'ws_1',
  workspaceName: 'Northwind Services',
};
const story = (key: DemoStoriesDto['stories'][number]['key'], customerId: string) => ({
  key,
  customerId,
  interactionIds: [`int_${customerId}`],
  caseId: null,
  praiseId: null,
  employeeIds: [],
  teamIds: [],
  period: null,
});
const DEMO: DemoStoriesDto = {
  demo: true,
  seed: 1,
  generatedAt: '2026-11-23T15:00:00.000Z',
  until: '2026-11-23T00:00:00.000Z',
  stories: [story('compliment', 'cus_1'), story('battery', 'cus_4')],
};

function api(demo: DemoStoriesDto) {
  const customer = (id: string) => ({
    id,
    externalId: null,
    name: `Customer ${id}`,
    email: null,
    phone: null,
    timezone: null,
    locale: null,
    segment: null,
    relationshipOwnerId: null,
    attributes: {},
    consent: { email: true, sms: false },
    optedOutAt: null,
    engagementScore: 50,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
  });
  return fakeApi({
    'GET /api/v1/me': () => json(200, me),
    'GET /api/v1/demo/stories': () => json(200, demo),
    'GET /api/v1/customers': () => json(200, { items: [], nextCursor: null }),
    'GET /api/v1/customers/cus_1': () => json(200, customer('cus_1')),
    'GET /api/v1/customers/cus_4': () => json(200, customer('cus_4')),
    'GET /api/v1/interactions': () => json(200, { items: [], nextCursor: null }),
    'GET /api/v1/employees': () => json(200, { items: [], nextCursor: null }),
    'GET /api/v1/teams': () => json(200, { items: [] }),
    'GET /api/v1/settings': () => problem(403, 'No.', 'forbidden'),
  });
}

let view: Rendered | undefined;
beforeEach(() => {
  window.localStorage.clear();
  window.history.replaceState(null, '', '/customers');
});
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const button = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
const open = async (demo: DemoStoriesDto) => {
  view = await render(<App fetch={api(demo).fetch} />);
  for (let k = 0; k < 4; k++) await settle();
  return view.container;
};

describe('the guided first visit', () => {
  test('offered once in the header; opens each story on its screen; Escape ends it and is remembered', async () => {
    const root = await open(DEMO);
    const offer = root.querySelector('header [role="group"][aria-label="Guided tour"]');
    expect(offer?.textContent).toContain('2 stories');

    await click(button(root, 'Take the tour'));
    await settle();
    expect(window.location.pathname).toBe('/customers/cus_1');
    const panel = () => root.querySelector('section.tour-panel');
    expect(panel()?.querySelector('h2')?.textContent).toBe('The compliment that climbs');
    expect(panel()?.textContent).toContain('Story 1 of 2');
    expect(button(root, 'Back')?.disabled).toBe(true);

    await click(button(root, 'Next: The battery at night'));
    await settle();
    expect(window.location.pathname).toBe('/customers/cus_4');
    expect(panel()?.querySelector('[role="status"]')?.textContent).toContain('Story 2 of 2');
    expect(button(root, 'Finish')).toBeDefined();

    await act(async () => {
      button(root, 'Back')?.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
      );
    });
    await settle();
    expect(panel()).toBeNull();
    expect(document.activeElement?.textContent).toBe('Tour');
    expect(JSON.parse(window.localStorage.getItem('rapport.tour.ws_1.usr_1') ?? '{}')).toEqual({
      status: 'off',
    });

    // The next visit does not offer it again; the header's button starts it over.
    view?.unmount();
    const again = await open(DEMO);
    expect(again.querySelector('[aria-label="Guided tour"]')).toBeNull();
    await click(button(again, 'Tour'));
    await settle();
    expect(again.querySelector('section.tour-panel h2')?.textContent).toBe(
      'The compliment that climbs',
    );
  });

  test('a workspace that is not a demo shows no tour', async () => {
    const root = await open({
      demo: false,
      seed: null,
      generatedAt: null,
      until: null,
      stories: [],
    });
    expect(root.querySelector('header')).not.toBeNull();
    expect(root.querySelector('[aria-label="Guided tour"]')).toBeNull();
    expect(button(root, 'Tour')).toBeUndefined();
  });
});
