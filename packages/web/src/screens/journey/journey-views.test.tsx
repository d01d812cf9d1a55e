// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ApiProvider } from '../../api/api-context.tsx';
import { DirectoryProvider } from '../../api/directory.tsx';
import { fakeApi, json, problem } from '../../testing/fake-api.ts';
import { anInteraction, click, render, settle, type Rendered } from '../../testing/render.tsx';
import { EngagementBadge } from './EngagementBadge.tsx';
import { EngagementSection } from './EngagementSection.tsx';
import EmotionMapScreen from './EmotionMapScreen.tsx';
import { JOURNEY, MAP } from './journey-fixtures.ts';
import { MessageEmotions } from './MessageEmotions.tsx';

let view: Rendered | undefined;
beforeEach(() => window.history.replaceState(null, '', '/journey'));
afterEach(() => {
  view?.unmount();
  view = undefined;
});

describe('the history shows emotions and engagement', () => {
  test('a badge, the reasons, and what each message read as — in words', async () => {
    const { client, requests } = fakeApi({
      'GET /api/v1/customers/cus_1/journey': () => json(200, JOURNEY),
      'GET /api/v1/employees': () =>
        json(200, {
          items: [{ id: 'emp_thor', name: 'Thor', active: true, teamId: null, managerId: null }],
          nextCursor: null,
        }),
      'GET /api/v1/teams': () => json(200, { items: [] }),
      'GET /api/v1/settings': () => problem(403, 'No.', 'forbidden'),
    });
    const chat = anInteraction({ id: 'int_chat', customerId: 'cus_1', channel: 'chat' });
    const message = {
      seq: 2,
      speaker: 'customer' as const,
      employeeId: null,
      text: 'Can I be Odin?',
      at: chat.occurredAt,
    };
    const hostile = '<img src=x onerror=alert(1)> <script>alert(2)</script>';
    const transcript = [0, 1, 2, 3, 4].map((seq) => ({
      seq,
      speaker: seq % 2 ? ('agent' as const) : ('customer' as const),
      employeeId: seq % 2 ? 'emp_thor' : null,
      text: seq === 0 ? hostile : `Message ${seq}`,
      at: `2026-05-20T17:4${seq}:00.000Z`,
    }));
    view = await render(
      <ApiProvider client={client}>
        <DirectoryProvider>
          <EngagementBadge interaction={chat} />
          <MessageEmotions interaction={chat} message={message} />
          <EngagementSection interaction={chat} messages={transcript} />
        </DirectoryProvider>
      </ApiProvider>,
    );
    await settle();
    await settle();
    const text = view.container.textContent ?? '';
    const badge = view.container.querySelector('.engagement-badge');
    expect(badge?.textContent?.replace(/\s+/g, ' ')).toBe('Engagement 52.0 →to 61.8 ▲ (+9.8)');
    expect(badge?.className).toContain('badge-good');
    expect(text).toContain('Read as amusement 88 %, joy 30 % · positive · humour 91 %');
    expect(text).toContain(
      'The customer’s side (3 texts) read very positive (+0.52), from very negative (−0.72) to very positive (+0.93); mostly gratitude.',
    );
    const rows = [...view.container.querySelectorAll('.reasons tbody tr')].map(
      (r) => r.textContent,
    );
    expect(rows).toEqual([
      'OutcomeResolved+4.00',
      'Emotions readgratitude, amusement; valence +0.52 over 3 texts+5.20',
    ]);
    // The arc as a table too: a row per message, in order, its text as text.
    const arc = view.container.querySelector('details.arc-table');
    expect(arc?.querySelector('summary')?.textContent).toBe('Show the arc as a table (5 messages)');
    const cells = [...(arc?.querySelectorAll('tbody tr') ?? [])].map((r) =>
      [...r.children].map((c) => c.textContent),
    );
    expect(cells.map((c) => c.slice(0, 2))).toEqual([
      ['1', 'Customer'],
      ['2', 'Agent · Thor'],
      ['3', 'Customer'],
      ['4', 'Agent · Thor'],
      ['5', 'Customer'],
    ]);
    expect(cells[0]?.slice(3)).toEqual([
      hostile,
      'Neutral',
      'annoyance 81 %',
      'Negative',
      'very negative (−0.72)',
      'none',
    ]);
    expect(cells[2]?.at(-1)).toBe('humour 91 %');
    expect(arc?.querySelector('img, script')).toBeNull();
    expect(arc?.querySelector('time')?.getAttribute('datetime')).toBe('2026-05-20T17:40:00.000Z');
    // One request for the whole touchpoint, however many slots read it.
    expect(requests.filter((r) => r.path.endsWith('/journey'))).toHaveLength(1);
  });
});

describe('the emotion map screen', () => {
  test('asks for the customer side by default, shows shares with n, and switches to sentiment', async () => {
    const { client, requests } = fakeApi({
      'GET /api/v1/journey/emotions': () => json(200, MAP),
    });
    view = await render(
      <ApiProvider client={client}>
        <EmotionMapScreen />
      </ApiProvider>,
    );
    await settle();
    await settle();
    const q = requests.find((r) => r.path === '/api/v1/journey/emotions')?.query;
    expect(q?.get('speaker')).toBe('customer');
    expect(q?.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    const table = view.container.querySelector('.emotion-map-table');
    const head = () => [...(table?.querySelectorAll('thead th') ?? [])].map((t) => t.textContent);
    expect(head()).toEqual([
      'Stage',
      'Texts',
      'Anger',
      'Disgust',
      'Fear',
      'Joy',
      'Sadness',
      'Surprise',
      'Neutral',
    ]);
    const support = [...(table?.querySelectorAll('tbody tr') ?? [])][1];
    expect(support?.textContent).toContain('60 % (50–70)');
    expect([...(table?.querySelectorAll('tbody tr') ?? [])][0]?.textContent).toContain(
      '3 of 4 (too few)',
    );
    expect(view.container.textContent).toContain('46 texts (2 without a stage, not shown)');
    const sentiment = [...view.container.querySelectorAll('input[type="radio"]')][1];
    await click(sentiment);
    await settle();
    expect(window.location.search).toBe('?by=sentiment');
    expect(head()).toEqual(['Stage', 'Texts', 'Positive', 'Negative', 'Mixed', 'Neutral']);
  });
});
