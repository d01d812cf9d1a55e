// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Customer, Me } from '@rapport/contracts';
import { byText, click, render, settle, type, type Rendered } from '../testing/render.tsx';
import { fakeApi, json, problem } from '../testing/fake-api.ts';
import { App } from './App.tsx';

const me = (role: Me['role']): Me => ({
  userId: 'usr_1',
  name: 'Casey',
  email: 'casey@example.com',
  role,
  employeeId: role === 'agent' ? 'emp_1' : null,
  workspaceId: 'ws_1',
  workspaceName: 'Northwind',
});
const customer = (n: number): Customer => ({
  id: `cus_${n}`,
  externalId: null,
  name: `Customer ${n}`,
  email: `c${n}@mail.example`,
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
const directory = {
  'GET /api/v1/employees': () => json(200, { items: [], nextCursor: null }),
  'GET /api/v1/teams': () => json(200, { items: [] }),
  'GET /api/v1/settings': () => problem(403, 'No.', 'forbidden'),
};

let view: Rendered | undefined;
beforeEach(() => window.history.replaceState(null, '', '/customers'));
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const navLinks = (root: HTMLElement) =>
  [...root.querySelectorAll('nav[aria-label="Main"] a')].map((a) => a.textContent);

describe('the app with the API', () => {
  test('signed out: the sign-in form shows the server’s refusal, then lets the user in', async () => {
    let attempts = 0;
    const { fetch, requests } = fakeApi({
      'GET /api/v1/me': () => problem(401, 'Sign in.', 'unauthenticated'),
      'POST /api/v1/auth/login': () =>
        ++attempts === 1
          ? problem(401, 'Wrong e-mail or password.', 'unauthenticated')
          : json(200, me('agent')),
      'GET /api/v1/customers': () => json(200, { items: [customer(1)], nextCursor: null }),
      ...directory,
    });
    view = await render(<App fetch={fetch} />);
    await settle();
    const { container } = view;
    expect(container.querySelector('h1')?.textContent).toBe('Sign in');
    await type(container.querySelector('#signin-email'), 'casey@example.com');
    await type(container.querySelector('#signin-password'), 'nope');
    await click(container.querySelector('button[type="submit"]'));
    await settle();
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'Wrong e-mail or password.',
    );
    expect(container.querySelector('#signin-password')?.getAttribute('aria-invalid')).toBe('true');

    await click(container.querySelector('button[type="submit"]'));
    await settle();
    await settle();
    expect(navLinks(container)).toEqual([
      'Overview',
      'Journey',
      'Cases',
      'Praise',
      'Customers',
      'Interactions',
      'Settings',
    ]);
    expect(byText(container, 'Customer 1')).toHaveLength(1);
    const login = requests.filter((r) => r.path === '/api/v1/auth/login');
    expect(login[1]?.body).toEqual({ email: 'casey@example.com', password: 'nope' });
  });

  test('too many attempts: the form says when to try again', async () => {
    const { fetch } = fakeApi({
      'GET /api/v1/me': () => problem(401, 'Sign in.', 'unauthenticated'),
      'POST /api/v1/auth/login': () =>
        new Response(
          JSON.stringify({ status: 429, code: 'rate_limited', title: 'x', detail: 'Too many.' }),
          {
            status: 429,
            headers: { 'content-type': 'application/problem+json', 'retry-after': '600' },
          },
        ),
    });
    view = await render(<App fetch={fetch} />);
    await settle();
    await type(view.container.querySelector('#signin-email'), 'casey@example.com');
    await type(view.container.querySelector('#signin-password'), 'x');
    await click(view.container.querySelector('button[type="submit"]'));
    await settle();
    expect(view.container.querySelector('[role="alert"]')?.textContent).toBe(
      'Too many attempts. Try again in 10 min.',
    );
  });

  test('a failing list shows the error and recovers on retry; an empty one says so', async () => {
    let calls = 0;
    const { fetch } = fakeApi({
      'GET /api/v1/me': () => json(200, me('admin')),
      'GET /api/v1/customers': (req) =>
        ++calls === 1
          ? problem(503, 'The database is not answering.', 'unavailable')
          : req.query.get('q')
            ? json(200, { items: [], nextCursor: null })
            : json(200, { items: [customer(1), customer(2)], nextCursor: 'c2' }),
      ...directory,
    });
    view = await render(<App fetch={fetch} />);
    await settle();
    await settle();
    const { container } = view;
    expect(navLinks(container)).toEqual([
      'Overview',
      'Journey',
      'Cases',
      'Praise',
      'The chain',
      'Customers',
      'Interactions',
      'Surveys',
      'Settings',
    ]);
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Customers could not be loaded');
    expect(alert?.textContent).toContain('The database is not answering.');
    await click(alert?.querySelector('button'));
    await settle();
    expect(container.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(container.querySelector('button:not([disabled])')?.textContent).toBeTruthy();

    window.history.replaceState(null, '', '/customers?q=zzz');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    await settle();
    expect(container.textContent).toContain('No customer matches “zzz”.');
  });

  test('a 401 in the middle of the session returns to sign-in with the reason', async () => {
    const { fetch } = fakeApi({
      'GET /api/v1/me': () => json(200, me('manager')),
      'GET /api/v1/customers': () =>
        problem(401, 'Your session has ended; sign in again.', 'unauthenticated'),
      ...directory,
    });
    view = await render(<App fetch={fetch} />);
    await settle();
    await settle();
    expect(view.container.querySelector('h1')?.textContent).toBe('Sign in');
    expect(view.container.querySelector('.notice')?.textContent).toMatch(/session has ended/i);
  });

  for (const role of ['manager', 'agent'] as const) {
    test(`a ${role} reaches Settings and changes their own password there`, async () => {
      const { fetch, requests } = fakeApi({
        'GET /api/v1/me': () => json(200, me(role)),
        'GET /api/v1/customers': () => json(200, { items: [], nextCursor: null }),
        'POST /api/v1/me/password': () => json(200, me(role)),
        ...directory,
      });
      view = await render(<App fetch={fetch} />);
      await settle();
      expect(navLinks(view.container)).toContain('Settings');
      const settings = [...view.container.querySelectorAll('nav[aria-label="Main"] a')].find(
        (a) => a.textContent === 'Settings',
      );
      await click(settings);
      // The settings screen is loaded lazily.
      for (let i = 0; i < 100 && !view.container.querySelector('#pw-current'); i++)
        await act(async () => new Promise((r) => setTimeout(r, 20)));
      expect(view.container.querySelector('h1')?.textContent).toBe('Settings');
      expect(
        [...view.container.querySelectorAll('nav[aria-label="Settings sections"] a')].map(
          (a) => a.textContent,
        ),
      ).toEqual(['Your password']);
      await type(view.container.querySelector('#pw-current'), 'old-password-1');
      await type(view.container.querySelector('#pw-new'), 'new-password-22');
      await type(view.container.querySelector('#pw-again'), 'new-password-22');
      await click(byText(view.container, 'Change password').find((el) => el.tagName === 'BUTTON'));
      await settle();
      expect(requests.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([
        { currentPassword: 'old-password-1', newPassword: 'new-password-22' },
      ]);
      expect(view.container.textContent).toContain('Your password is changed.');
    });
  }

  test('a role that may not open a screen is told so', async () => {
    window.history.replaceState(null, '', '/surveys');
    const { fetch } = fakeApi({ 'GET /api/v1/me': () => json(200, me('agent')), ...directory });
    view = await render(<App fetch={fetch} />);
    await settle();
    await settle();
    expect(view.container.querySelector('h1')?.textContent).toBe('Not available to your role');
    expect(navLinks(view.container)).toEqual([
      'Overview',
      'Journey',
      'Cases',
      'Praise',
      'Customers',
      'Interactions',
      'Settings',
    ]);
  });
});
