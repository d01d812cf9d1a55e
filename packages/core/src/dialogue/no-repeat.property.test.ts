import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  carrierStyleSurvey,
  employeePulseSurvey,
  leadershipPulseSurvey,
  relationshipNpsSurvey,
  transactionalCsatSurvey,
} from '../surveys/builders/index.ts';
import type { SurveyDefinition } from '../surveys/survey-definition.ts';
import { onConversationTimeout, receiveReply, startConversation } from './conversation.ts';
import type { DialogueStep } from './dialogue-events.ts';
import { sentenceKey, splitSentences } from './wording.ts';

const SURVEYS: SurveyDefinition[] = [
  carrierStyleSurvey({ id: 'c' }),
  relationshipNpsSurvey({ id: 'r' }),
  transactionalCsatSurvey({ id: 't' }),
  employeePulseSurvey({ id: 'e' }),
  leadershipPulseSurvey({ id: 'l' }),
];

/** Replies a respondent might send: scores, words, free text of every mood, junk, keywords. */
const reply = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -1, max: 11 }).map(String) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'ten!',
      'one',
      "I'd say 7",
      '7 out of 10',
      'a solid 8',
      '10/10',
      'dos',
      'cinco',
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'The store manager was rude and I am furious',
      'Jessica was wonderful, thank you so much',
      'It was fine I guess',
      'Brilliant but slow',
      'call me',
      'yes',
      'no',
      'nothing',
      'skip',
      'fell short',
      'exceeded',
      '2',
      '',
      '???',
      'purple monkey dishwasher',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('HELP', 'STOP', 'START') },
  { weight: 1, arbitrary: fc.constant('<timeout>') },
);

const scenario = fc.record({
  survey: fc.integer({ min: 0, max: SURVEYS.length - 1 }),
  language: fc.constantFrom('en', 'es'),
  named: fc.boolean(),
  seed: fc.nat(),
  replies: fc.array(reply, { minLength: 0, maxLength: 30 }),
});

/** Keywords beyond the number of their variants may repeat (carrier compliance); keep within it. */
function withinKeywordBudget(replies: string[]): string[] {
  const count: Record<string, number> = {};
  return replies.filter((r) => {
    const k = r.toUpperCase();
    if (!['HELP', 'STOP', 'START'].includes(k)) return true;
    count[k] = (count[k] ?? 0) + 1;
    return count[k] <= 1;
  });
}

type Scenario = {
  survey: number;
  language: string;
  named: boolean;
  seed: number;
  replies: string[];
};

function play(s: Scenario): DialogueStep[] {
  const def = SURVEYS[s.survey] as SurveyDefinition;
  const ctx = s.named
    ? {
        customerName: 'Ana',
        agentName: 'Jessica',
        companyName: 'Acme',
        managerName: 'Odin',
        language: s.language,
      }
    : { language: s.language };
  const steps = [startConversation(def, ctx, new Date(0), { seed: s.seed })];
  let minute = 0;
  for (const r of withinKeywordBudget(s.replies)) {
    const prev = (steps.at(-1) as DialogueStep).state;
    minute += 1;
    if (r === '<timeout>') {
      const when = prev.timeoutAt ?? new Date(minute * 60_000).toISOString();
      minute = Date.parse(when) / 60_000;
      steps.push(onConversationTimeout(def, prev, when));
    } else steps.push(receiveReply(def, prev, r, new Date(minute * 60_000)));
  }
  return steps;
}

describe('over random conversations (fast-check)', () => {
  it('no sentence is ever sent twice in one conversation', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const said = new Map<string, string>();
        const transcript = (play(s).at(-1) as DialogueStep).state.transcript;
        for (const e of transcript) {
          if (e.speaker !== 'bot') continue;
          for (const sentence of splitSentences(e.text)) {
            const key = sentenceKey(sentence);
            expect(said.has(key), `repeated: "${sentence}"`).toBe(false);
            said.set(key, sentence);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('no message is, or starts with, "Sorry to hear"; every placeholder is filled', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        for (const step of play(s)) {
          for (const m of step.outgoing) {
            expect(m).not.toMatch(/^\s*sorry to hear\.?\s*$/i);
            expect(m).not.toMatch(/^\s*sorry to hear/i);
            expect(m).not.toMatch(/[{}]|undefined|null|NaN/);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('every low score is answered in the very next message, naming the score, and followed by a question unless the survey is over', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        for (const step of play(s)) {
          const low = step.events.find((e) => e.type === 'low_score');
          if (!low || low.type !== 'low_score') continue;
          expect(step.outgoing).toHaveLength(1);
          const m = step.outgoing[0] ?? '';
          expect(m).toMatch(new RegExp(`\\b${low.score}\\b`));
          if (step.state.status !== 'active') continue;
          expect(splitSentences(m).length).toBeGreaterThanOrEqual(2); // never the acknowledgement alone
          if (low.surveyKind === 'relationship' || low.surveyKind === 'transactional')
            expect(m).toMatch(/\?/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('state stays plain JSON, answers stay on their scale, and a conversation always ends', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const steps = play(s);
        const last = steps.at(-1) as DialogueStep;
        expect(JSON.parse(JSON.stringify(last.state))).toEqual(last.state);
        for (const a of last.state.answers) {
          if (a.status === 'answered' && a.scale) {
            expect(Number.isInteger(a.value)).toBe(true);
            expect(a.value as number).toBeGreaterThanOrEqual(a.scale.min);
            expect(a.value as number).toBeLessThanOrEqual(a.scale.max);
          }
        }
        // Two timeouts after whatever happened close any conversation.
        const def = SURVEYS[s.survey] as SurveyDefinition;
        let st = last.state;
        for (let i = 0; i < 2 && st.timeoutAt; i++)
          st = onConversationTimeout(def, st, st.timeoutAt).state;
        expect(st.status).not.toBe('active');
      }),
      { numRuns: 400 },
    );
  });
});
