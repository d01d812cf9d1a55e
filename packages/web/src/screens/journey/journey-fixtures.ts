/** Journey data for the web tests: a chat that goes from annoyance to amusement to gratitude. */
import type { CustomerJourney, EmotionMap, JourneySignal } from '@rapport/contracts';

export function aSignal(over: Partial<JourneySignal> = {}): JourneySignal {
  return {
    id: 'sig_1',
    sourceType: 'message',
    sourceId: 'int_chat',
    seq: 0,
    customerId: 'cus_1',
    interactionId: 'int_chat',
    responseId: null,
    channel: 'chat',
    stage: 'support',
    speaker: 'customer',
    sentiment: 'neutral',
    ekman: ['neutral'],
    emotions: {},
    valence: 0,
    top: [],
    groupsBeyondTop: [],
    praise: 0,
    churnRisk: 0,
    effort: 0,
    humour: 0,
    urgency: 0,
    escalation: 'none',
    triggers: {},
    modelVersion: 'test',
    at: '2026-05-20T17:40:00.000Z',
    ...over,
  };
}

export const CHAT_SIGNALS: JourneySignal[] = [
  aSignal({
    seq: 0,
    sentiment: 'negative',
    valence: -0.72,
    top: [{ label: 'annoyance', p: 0.81 }],
  }),
  aSignal({ seq: 1, speaker: 'agent', valence: 0.1, top: [{ label: 'caring', p: 0.4 }] }),
  aSignal({
    seq: 2,
    sentiment: 'positive',
    valence: 0.64,
    humour: 0.91,
    top: [
      { label: 'amusement', p: 0.88 },
      { label: 'joy', p: 0.3 },
    ],
  }),
  aSignal({ seq: 3, speaker: 'agent', valence: 0.3, top: [] }),
  aSignal({ seq: 4, sentiment: 'positive', valence: 0.93, top: [{ label: 'gratitude', p: 0.95 }] }),
];

export const JOURNEY: CustomerJourney = {
  customerId: 'cus_1',
  engagementScore: 61.8,
  initialScore: 50,
  stages: ['consideration', 'support'],
  truncated: false,
  touchpoints: [
    {
      key: 'int_chat',
      kind: 'interaction',
      interactionId: 'int_chat',
      responseIds: [],
      at: '2026-05-20T17:40:00.000Z',
      channel: 'chat',
      stage: 'support',
      outcome: 'resolved',
      expectation: null,
      engagement: {
        before: 52,
        after: 61.8,
        delta: 9.8,
        reasons: [
          { factor: 'outcome', detail: 'resolved', points: 4 },
          {
            factor: 'emotion',
            detail: 'gratitude, amusement; valence +0.52 over 3 texts',
            points: 5.2,
          },
        ],
      },
      emotions: {
        n: 3,
        valence: 0.52,
        first: -0.72,
        last: 0.93,
        top: [{ label: 'gratitude', p: 0.32 }],
      },
      signals: CHAT_SIGNALS,
    },
  ],
};

const cell = (count: number, n: number, share: number | null) => ({
  count,
  share,
  interval:
    share === null ? null : { low: Math.max(0, share - 10), high: Math.min(100, share + 10) },
});
const groups = (n: number, ok: boolean, counts: Record<string, number>, names: readonly string[]) =>
  Object.fromEntries(
    names.map((g) => [
      g,
      cell(counts[g] ?? 0, n, ok ? Math.round((1000 * (counts[g] ?? 0)) / n) / 10 : null),
    ]),
  );
const EKMAN = ['anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise', 'neutral'];
const SENT = ['positive', 'negative', 'ambiguous', 'neutral'];

export const MAP: EmotionMap = {
  stages: ['consideration', 'support'],
  ekmanGroups: EKMAN,
  sentiments: SENT,
  minN: 10,
  total: 46,
  unstaged: 2,
  rows: [
    {
      stage: 'consideration',
      n: 4,
      status: 'too_few',
      ekman: groups(4, false, { joy: 3, neutral: 1 }, EKMAN),
      sentiment: groups(4, false, { positive: 3, neutral: 1 }, SENT),
    },
    {
      stage: 'support',
      n: 40,
      status: 'ok',
      ekman: groups(40, true, { anger: 10, joy: 24, neutral: 6 }, EKMAN),
      sentiment: groups(40, true, { positive: 24, negative: 10, neutral: 6 }, SENT),
    },
  ],
};
