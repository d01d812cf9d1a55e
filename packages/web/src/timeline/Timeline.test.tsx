// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiError, type InteractionMessage } from '@rapport/contracts';
import { anInteraction, byText, click, render, type Rendered } from '../testing/render.tsx';
import { TimelineExtensionsProvider, type TimelineExtensions } from './extensions.tsx';
import {
  interactionEntry,
  responseEntries,
  sortEntries,
  type PeopleLookup,
  type TranscriptState,
} from './model.ts';
import { Timeline } from './Timeline.tsx';

const people: PeopleLookup = {
  employeeName: (id) => ({ emp_1: 'Dana Whitfield', emp_2: 'Lee Wong' })[id],
  teamName: (id) => (id === 'team_1' ? 'Phone Support North' : undefined),
};
const msg = (
  seq: number,
  speaker: InteractionMessage['speaker'],
  text: string,
  employeeId: string | null = null,
): InteractionMessage => ({
  seq,
  speaker,
  employeeId,
  text,
  at: `2026-11-20T10:0${seq}:00.000Z`,
});
const ready = (messages: InteractionMessage[]): TranscriptState => ({ status: 'ready', messages });

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

describe('sortEntries', () => {
  const a = interactionEntry(anInteraction({ id: 'a', occurredAt: '2026-01-01T00:00:00.000Z' }));
  const b = interactionEntry(anInteraction({ id: 'b', occurredAt: '2026-03-01T00:00:00.000Z' }));
  const c = interactionEntry(anInteraction({ id: 'c', occurredAt: '2026-03-01T00:00:00.000Z' }));
  test('newest first and oldest first, ties in a stable order', () => {
    expect(sortEntries([a, c, b], 'newest').map((e) => e.id)).toEqual(['c', 'b', 'a']);
    expect(sortEntries([c, a, b], 'oldest').map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('Timeline', () => {
  test('shows each touchpoint: channel, stage, time, people, team, outcome, expectation and note', async () => {
    const i = anInteraction({
      channel: 'in_store',
      stage: 'onboarding',
      employeeIds: ['emp_1', 'emp_2'],
      teamId: 'team_1',
      outcome: 'escalated',
      expectation: 'exceeded',
      note: 'Asked to tell her boss.',
      durationSeconds: 75,
    });
    view = await render(
      <Timeline
        entries={[interactionEntry(i)]}
        order="newest"
        people={people}
        transcripts={new Map([[i.id, ready([])]])}
      />,
    );
    const list = view.container.querySelector('ol.timeline');
    expect(list?.getAttribute('aria-label')).toBe('Touchpoints, newest first');
    const card = view.container.querySelector(`#touchpoint-${i.id} article`);
    expect(card?.querySelector('h3')?.textContent).toBe('In store, journey stage: Onboarding');
    expect(card?.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(card?.querySelector('time')?.getAttribute('datetime')).toBe(i.occurredAt);
    expect(card?.textContent).toContain('1 min 15 s');
    expect(card?.textContent).toContain('Dana Whitfield (handled it)');
    expect(card?.textContent).toContain('Lee Wong');
    expect(card?.textContent).toContain('Phone Support North');
    expect(card?.textContent).toContain('Escalated');
    expect(card?.textContent).toContain('Expectations exceeded');
    expect(byText(card as Element, 'Asked to tell her boss.')).toHaveLength(1);
    // No transcript section when there are no messages.
    expect(card?.querySelector('.transcript')).toBeNull();
  });

  test('keeps the order it is given and says which it is', async () => {
    const entries = sortEntries(
      [
        interactionEntry(anInteraction({ id: 'old', occurredAt: '2026-01-01T00:00:00.000Z' })),
        interactionEntry(anInteraction({ id: 'new', occurredAt: '2026-06-01T00:00:00.000Z' })),
      ],
      'oldest',
    );
    view = await render(
      <Timeline entries={entries} order="oldest" people={people} transcripts={new Map()} />,
    );
    const ids = [...view.container.querySelectorAll('li.timeline-item')].map((li) => li.id);
    expect(ids).toEqual(['touchpoint-old', 'touchpoint-new']);
    expect(view.container.querySelector('ol')?.getAttribute('aria-label')).toBe(
      'Touchpoints, oldest first',
    );
  });

  test('shows the transcript inline with speaker tags, and folds long ones', async () => {
    const i = anInteraction({ channel: 'chat' });
    const messages = [
      msg(1, 'customer', 'My parcel never came.'),
      msg(2, 'agent', 'Thor here; let me look.', 'emp_1'),
      msg(3, 'bot', 'Tracking number found.'),
      msg(4, 'customer', 'Loki again?'),
      msg(5, 'agent', 'Sent a new one.', 'emp_1'),
      msg(6, 'system', 'Chat transferred.'),
      msg(7, 'customer', 'Thanks, Odin!'),
    ];
    view = await render(
      <Timeline
        entries={[interactionEntry(i)]}
        order="newest"
        people={people}
        transcripts={new Map([[i.id, ready(messages)]])}
      />,
    );
    const transcript = view.container.querySelector('.transcript');
    expect(transcript?.getAttribute('aria-label')).toBe('Transcript, 7 messages');
    const speakers = () =>
      [...(transcript?.querySelectorAll('.speaker') ?? [])].map((s) => s.textContent);
    expect(speakers()).toEqual([
      'Customer',
      'Agent · Dana Whitfield',
      'Bot',
      'Customer',
      'Agent · Dana Whitfield',
      'System',
    ]);
    const toggle = transcript?.querySelector('button');
    expect(toggle?.textContent).toBe('Show all 7 messages');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    await click(toggle);
    expect(speakers()).toHaveLength(7);
    expect(byText(transcript as Element, 'Thanks, Odin!')).toHaveLength(1);
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
  });

  test('shows loading and failed transcripts, with a retry', async () => {
    const a = anInteraction();
    const b = anInteraction();
    const onRetry = vi.fn();
    const transcripts = new Map<string, TranscriptState>([
      [a.id, { status: 'loading' }],
      [b.id, { status: 'error', error: new ApiError(503, { detail: 'Database busy.' }) }],
    ]);
    view = await render(
      <Timeline
        entries={[interactionEntry(a), interactionEntry(b)]}
        order="newest"
        people={people}
        transcripts={transcripts}
        onRetryTranscript={onRetry}
      />,
    );
    const first = view.container.querySelector(`#touchpoint-${a.id}`);
    expect(first?.querySelector('[role="status"]')?.textContent).toBe('Loading the transcript…');
    const second = view.container.querySelector(`#touchpoint-${b.id}`);
    const alert = second?.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Database busy.');
    await click(alert?.querySelector('button'));
    expect(onRetry).toHaveBeenCalledWith(b.id);
  });

  test('renders hostile text as text, never as markup', async () => {
    const hostile = '<img src=x onerror=alert(1)><script>window.__xss=1</script>';
    const i = anInteraction({ note: hostile, stage: 'support' });
    view = await render(
      <Timeline
        entries={[interactionEntry(i)]}
        order="newest"
        people={{ employeeName: () => hostile, teamName: () => undefined }}
        transcripts={new Map([[i.id, ready([msg(1, 'agent', hostile, 'emp_1')])]])}
      />,
    );
    expect(view.container.querySelector('img, script')).toBeNull();
    expect(byText(view.container, hostile).length).toBeGreaterThanOrEqual(2);
    expect(view.container.textContent).toContain(`Agent · ${hostile}`);
  });

  test('says when a person or outcome is unknown', async () => {
    const i = anInteraction({ employeeIds: ['emp_gone'], outcome: null, expectation: null });
    view = await render(
      <Timeline
        entries={[interactionEntry(i)]}
        order="newest"
        people={people}
        transcripts={new Map()}
      />,
    );
    expect(view.container.textContent).toContain('Unknown employee');
    expect(view.container.textContent).toContain('No outcome');
    expect(view.container.textContent).toContain('Not recorded');
  });

  test('extensions add badges, sections and message annotations without changing the timeline', async () => {
    const i = anInteraction({ channel: 'chat' });
    const extensions: TimelineExtensions = {
      touchpointBadges: [
        {
          key: 'engagement',
          Component: ({ interaction }) => (
            <span className="x-badge">Engagement for {interaction.id}</span>
          ),
        },
      ],
      touchpointSections: [
        { key: 'survey', Component: () => <section className="x-survey">CSAT 5</section> },
        { key: 'cases', Component: () => <section className="x-cases">No cases</section> },
      ],
      messageAnnotations: [
        {
          key: 'emotions',
          Component: ({ message }) => <span className="x-emotion">emotion of {message.seq}</span>,
        },
      ],
      responseSections: [],
    };
    view = await render(
      <TimelineExtensionsProvider value={extensions}>
        <Timeline
          entries={[interactionEntry(i)]}
          order="newest"
          people={people}
          transcripts={
            new Map([[i.id, ready([msg(1, 'customer', 'Hi'), msg(2, 'agent', 'Hello')])]])
          }
        />
      </TimelineExtensionsProvider>,
    );
    const card = view.container.querySelector('article');
    expect(card?.querySelector('header .x-badge')?.textContent).toBe(`Engagement for ${i.id}`);
    expect(
      [...(card?.querySelectorAll('.x-survey, .x-cases') ?? [])].map((s) => s.textContent),
    ).toEqual(['CSAT 5', 'No cases']);
    expect(
      [...(card?.querySelectorAll('.message .x-emotion') ?? [])].map((s) => s.textContent),
    ).toEqual(['emotion of 1', 'emotion of 2']);
  });

  test('shows a survey answered with no interaction behind it among the interactions, in time order', async () => {
    const call = anInteraction({ id: 'int_1', occurredAt: '2026-11-20T10:00:00.000Z' });
    const base = {
      kind: 'response' as const,
      responseIds: ['rsp_1'],
      at: '2026-11-21T09:30:00.000Z',
      channel: 'web',
      stage: null,
      outcome: null,
      expectation: null,
      engagement: null,
      emotions: null,
      signals: [],
    };
    const touchpoints = [
      { ...base, key: 'rsp_1', interactionId: null },
      // A response to an interaction is shown with the interaction, not on its own.
      { ...base, key: 'rsp_2', responseIds: ['rsp_2'], interactionId: 'int_1' },
    ];
    const entries = sortEntries(
      [interactionEntry(call), ...responseEntries(touchpoints)],
      'newest',
    );
    expect(entries.map((e) => e.id)).toEqual(['rsp_1', 'int_1']);
    const extensions: TimelineExtensions = {
      touchpointBadges: [],
      touchpointSections: [],
      messageAnnotations: [],
      responseSections: [
        {
          key: 'words',
          Component: ({ touchpoint }) => <p className="x-words">words of {touchpoint.key}</p>,
        },
      ],
    };
    view = await render(
      <TimelineExtensionsProvider value={extensions}>
        <Timeline entries={entries} order="newest" people={people} transcripts={new Map()} />
      </TimelineExtensionsProvider>,
    );
    const [first] = view.container.querySelectorAll('article');
    expect(first?.querySelector('h3')?.textContent).toContain('Survey answered');
    expect(first?.querySelector('h3')?.textContent).toContain('Website');
    expect(first?.querySelector('.x-words')?.textContent).toBe('words of rsp_1');
    expect(view.container.querySelectorAll('article')).toHaveLength(2);
  });
});
