// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Me } from '@rapport/contracts';
import type { ReactNode } from 'react';
import { ApiProvider } from '../../api/api-context.tsx';
import { SessionProvider, useSession } from '../../app/session.tsx';
import { fakeApi, json } from '../../testing/fake-api.ts';
import { click, render, settle, type Rendered } from '../../testing/render.tsx';
import SurveyScreen from './SurveyScreen.tsx';

const me: Me = {
  userId: 'usr_1',
  name: 'Casey',
  email: 'casey@example.com',
  role: 'analyst',
  employeeId: null,
  workspaceId: 'ws_1',
  workspaceName: 'Northwind',
};
const refused = (errors: Array<{ field: string; message: string }>) =>
  new Response(
    JSON.stringify({
      status: 422,
      code: 'validation',
      title: 'Invalid',
      detail: 'Not valid.',
      errors,
    }),
    { status: 422, headers: { 'content-type': 'application/problem+json' } },
  );

/** Renders its children once the session has signed in. */
function SignedIn({ children }: { children: ReactNode }) {
  return useSession().state.status === 'signed-in' ? children : null;
}

let view: Rendered | undefined;
beforeEach(() => window.history.replaceState(null, '', '/surveys/new'));
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const settled = async (n = 6) => {
  for (let i = 0; i < n; i++) await settle();
};
const button = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);

describe('the survey builder', () => {
  test("the API's field errors show at the fields they name, and in the summary", async () => {
    const { client, requests } = fakeApi({
      'GET /api/v1/me': () => json(200, me),
      'POST /api/v1/surveys': () =>
        refused([
          { field: 'definition.questions[0].scale.max', message: '1–9 is not an allowed scale.' },
          {
            field: 'definition.questions[1].text.es',
            message: 'The text in "es" must not be empty.',
          },
          {
            field: 'definition.templates.en.low_score[0]',
            message: 'Never a bare "Sorry to hear".',
          },
        ]),
    });
    view = await render(
      <ApiProvider client={client}>
        <SessionProvider>
          <SignedIn>
            <SurveyScreen surveyId={null} />
          </SignedIn>
        </SessionProvider>
      </ApiProvider>,
    );
    await settled();
    const c = view.container;
    await click(button(c, 'Use this template'));
    await settled();
    await click(button(c, 'Save as a draft'));
    await settled();

    const post = requests.find((r) => r.method === 'POST' && r.path === '/api/v1/surveys');
    expect(post?.body).toMatchObject({ status: 'draft', definition: { kind: 'transactional' } });

    const scale = c.querySelector('#f-questions-0-scale');
    expect(scale?.getAttribute('aria-invalid')).toBe('true');
    expect(c.querySelector('#f-questions-0-scale-error')?.textContent).toBe(
      '1–9 is not an allowed scale.',
    );
    expect(scale?.getAttribute('aria-describedby')).toContain('f-questions-0-scale-error');
    expect(c.querySelector('#f-questions-1-text-error')?.textContent).toBe(
      'The text in "es" must not be empty.',
    );
    const summary = c.querySelector('#survey-errors');
    expect(summary?.getAttribute('role')).toBe('alert');
    expect([...(summary?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'Question 1 › scale › max: 1–9 is not an allowed scale.',
      'Question 2 › text › es: The text in "es" must not be empty.',
      'replies › en › low_score › variant 1: Never a bare "Sorry to hear".',
    ]);
  });
});
