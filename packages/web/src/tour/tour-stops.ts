/**
 * The guided first visit: one stop per story of DESIGN.md that the demo workspace holds, each on
 * the screen that tells it. A stop links only to a screen the app has (checked against the
 * router) and the role may open; a story whose screen is missing falls back to the next best one
 * or waits (is left out) until that screen exists.
 */
import type { DemoStoryDto, Role } from '@rapport/contracts';
import { matchScreen, mayOpen } from '../app/routes.ts';

export interface TourStop {
  key: DemoStoryDto['key'];
  title: string;
  seed: string;
  /** What happened, in a few sentences. */
  story: string;
  /** What to look at on the screen. */
  look: string;
  /** Where the stop opens, and its name ("Martin Keller’s history"). */
  href: string;
  place: string;
  /** Other screens that tell part of the story. */
  also: Link[];
}

export interface Link {
  href: string;
  label: string;
}

interface Copy {
  title: string;
  seed: string;
  story: string;
}

const COPY: Record<DemoStoryDto['key'], Copy> = {
  compliment: {
    title: 'The compliment that climbs',
    seed: 'seeds/000',
    story:
      'Martin Keller called to move a power account back into his own name. Beatrice Lowe was so good that he asked to tell her boss: her team lead logged the praise and passed it up to Marcus Reid with a note. Three days later the car service desk’s advisor kept calling him “buddy”.',
  },
  'red-flag': {
    title: 'The ignored red flag',
    seed: 'seeds/001',
    story:
      'After a call Jessica C handled perfectly, Michael Allenson answered the SMS survey with a 1 out of 10. Rapport answered at once with an apology and a question — not “Sorry to hear” — and he said why: a rude assistant manager at a store, twelve days before.',
  },
  'unbroken-chain': {
    title: 'The unbroken chain',
    seed: 'seeds/002',
    story:
      'Ten teams answered anonymous pulses about their work and their leaders, and their customers answered surveys: customer satisfaction follows employee engagement, which follows leadership engagement.',
  },
  battery: {
    title: 'The battery at night',
    seed: 'seeds/003',
    story:
      'Sam Whitaker’s car would not start one evening. He searched the web, called (the IVR, then Nadia Brooks), and Gareth Price replaced the battery within the hour at the quoted price. Days later Sam wrote through the website’s Contact Us form.',
  },
  'thor-and-odin': {
    title: 'Thor and Odin',
    seed: 'seeds/004',
    story:
      'Erik Lund’s parcel never came. In the chat he joked about the agent’s name — Thor — and asked to be Odin; they played Norse gods, blamed Loki and solved it.',
  },
};

const customerPath = (id: string, touchpoint?: string) =>
  `/customers/${encodeURIComponent(id)}${touchpoint ? `#touchpoint-${touchpoint}` : ''}`;

/** The screens a story may open, best first, with what to look at on each. */
function placesOf(s: DemoStoryDto): Array<Pick<TourStop, 'href' | 'place' | 'look'>> {
  const customer = s.customerId;
  const [first] = s.interactionIds;
  switch (s.key) {
    case 'compliment':
      return customer
        ? [
            {
              href: customerPath(customer),
              place: 'Martin Keller’s history',
              look: 'Follow his engagement line up after Beatrice’s call and down after the advisor’s; open the calls to read what was said, the emotions read in each line, and the case the anger opened for the service manager, Ray Dawson.',
            },
          ]
        : [];
    case 'red-flag':
      return [
        ...(s.caseId
          ? [
              {
                href: `/cases/${encodeURIComponent(s.caseId)}`,
                place: 'The case in the inbox',
                look: 'The 1 opened a churn-risk case for his relationship owner — not for Jessica, whose CSAT is 10/10 and whose figures carry no NPS. Read the evidence, and the owner’s note after calling him back.',
              },
            ]
          : []),
        ...(customer
          ? [
              {
                href: customerPath(customer, first),
                place: 'Michael Allenson’s history',
                look: 'Read the SMS conversation: the apology right after the 1, his reason, Jessica’s 10s. The store visit that caused it is further down his history.',
              },
            ]
          : []),
      ];
    case 'unbroken-chain':
      return [
        {
          href: s.period ? `/chain?period=${encodeURIComponent(s.period)}` : '/chain',
          place: 'The chain',
          look: 'Read the correlation over teams with its interval, and the teams where the chain is broken — low leadership engagement and unhappy customers together. The four-person team stays hidden.',
        },
      ];
    case 'battery':
      return customer
        ? [
            {
              href: customerPath(customer),
              place: 'Sam Whitaker’s history',
              look: 'The whole night is there — web, IVR, call, field visit — then his feedback: expectations exceeded, effort 7 of 7. The praise reached Nadia, Gareth and their managers; the voicemail thanking him is his latest touchpoint.',
            },
          ]
        : [];
    case 'thor-and-odin':
      return customer
        ? [
            {
              href: customerPath(customer, first),
              place: 'Erik Lund’s chat with Thor',
              look: 'Each message carries the emotions read in it; the conversation’s arc goes from annoyance to amusement to gratitude. His earlier chats about prices and at checkout sit below it, and his engagement rises.',
            },
          ]
        : [];
  }
}

const praiseOf = (employeeId: string | undefined) =>
  employeeId ? `/praise?view=person&employee=${encodeURIComponent(employeeId)}` : null;

/** More screens that tell part of a story, when its rows are there. */
function extrasOf(s: DemoStoryDto): Link[] {
  const links: Array<[string | null, string]> = [];
  const [first] = s.employeeIds;
  if (s.key === 'compliment') {
    links.push([praiseOf(first), 'Beatrice’s praise, and the note it climbed with']);
    links.push([
      s.caseId ? `/cases/${encodeURIComponent(s.caseId)}` : null,
      'The case the advisor’s call opened',
    ]);
  } else if (s.key === 'red-flag' && s.customerId) {
    links.push([
      customerPath(s.customerId, s.interactionIds[0]),
      'Michael’s SMS conversation and history',
    ]);
  } else if (s.key === 'battery') {
    links.push([praiseOf(first), 'The praise of Nadia and Gareth']);
  } else if (s.key === 'thor-and-odin') {
    links.push(['/journey', 'The journey map: stage × emotion']);
  }
  return links.flatMap(([href, label]) => (href ? [{ href, label }] : []));
}

/** Whether the app has a screen at `href` that `role` may open. */
export function canOpen(href: string, role: Role): boolean {
  const screen = matchScreen(new URL(href, 'http://x').pathname);
  return screen.name !== 'not-found' && mayOpen(role, screen);
}

export function tourStops(stories: readonly DemoStoryDto[], role: Role): TourStop[] {
  return stories.flatMap((s) => {
    const place = placesOf(s).find((p) => canOpen(p.href, role));
    if (!place) return [];
    const also = extrasOf(s).filter((l) => l.href !== place.href && canOpen(l.href, role));
    return [{ key: s.key, ...COPY[s.key], ...place, also }];
  });
}
