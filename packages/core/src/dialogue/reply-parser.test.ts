import { describe, expect, it } from 'vitest';
import type { SurveyQuestion } from '../surveys/survey-definition.ts';
import { parseReply, type ParsedReply } from './reply-parser.ts';

const score = (min: number, max: number): SurveyQuestion => ({
  id: 'q',
  type: 'score',
  metric: 'rating',
  scope: 'relationship',
  text: 'Rate it',
  scale: { min, max, minLabel: 'low', maxLabel: 'high' },
});
const S10 = score(0, 10);
const S1_10 = score(1, 10);
const S5 = score(1, 5);
const YES_NO: SurveyQuestion = {
  id: 'q',
  type: 'yes_no',
  scope: 'relationship',
  text: 'Resolved?',
};
const TEXT: SurveyQuestion = {
  id: 'q',
  type: 'text',
  scope: 'relationship',
  text: 'Anything else?',
};
const EXPECT: SurveyQuestion = {
  id: 'q',
  type: 'expectation',
  scope: 'transactional',
  text: 'How did we do?',
};
const choices = [
  { id: 'price', label: 'Price' },
  { id: 'speed', label: 'Speed of service' },
  { id: 'staff', label: { en: 'Friendly staff', es: 'Personal amable' } },
  { id: 'other', label: 'Something else' },
];
const SINGLE: SurveyQuestion = {
  id: 'q',
  type: 'single',
  scope: 'relationship',
  text: 'Why?',
  choices,
};
const MULTI: SurveyQuestion = {
  id: 'q',
  type: 'multi',
  scope: 'relationship',
  text: 'Which?',
  choices,
};

const answer = (value: unknown): Partial<ParsedReply> =>
  ({ kind: 'answer', value }) as Partial<ParsedReply>;
const unreadable = { kind: 'unreadable' };

describe('parseReply — scores', () => {
  const cases: Array<[string, SurveyQuestion, unknown]> = [
    ['1', S1_10, 1],
    [' 1 ', S1_10, 1],
    ['one', S1_10, 1],
    ['One.', S1_10, 1],
    ['10/10', S1_10, 10],
    ['10 / 10', S10, 10],
    ['ten!', S10, 10],
    ['TEN!!!', S10, 10],
    ["I'd say 7", S10, 7],
    ['I’d say 7', S10, 7],
    ['7 out of 10', S10, 7],
    ['a solid 8', S10, 8],
    ['8!', S10, 8],
    ['0', S10, 0],
    ['zero', S10, 0],
    ['maybe a 6', S10, 6],
    ['10 10', S10, 10],
    ['4/5', S5, 4],
    ['five', S5, 5],
    ['un 8 de 10', S10, 8],
    ['diez', S10, 10],
    ['nueve', S10, 9],
    ['3 de 5', S5, 3],
    ['I would give it 9 because Jessica was lovely', S10, 9],
  ];
  it.each(cases)('%j on %#', (text, q, value) => {
    expect(parseReply(text, q)).toMatchObject(answer(value));
  });

  const bad: Array<[string, SurveyQuestion]> = [
    ['11', S10],
    ['0', S1_10],
    ['6', S5],
    ['-1', S5],
    ['7.5', S10],
    ['6 or 7', S10],
    ['between 7 and 8', S10],
    ['8-9', S10],
    ['4/5', S10],
    ['7 out of 5', S10],
    ['not a 10', S10],
    ['great', S10],
    ['no one helped me at all', S10],
    ['', S10],
    ['   ', S10],
    ['100', S10],
    ['yes', S10],
  ];
  it.each(bad)('%j is unreadable on %#, never clamped', (text, q) => {
    expect(parseReply(text, q)).toMatchObject(unreadable);
  });

  it('keeps a reply that says more than the number as a comment', () => {
    const r = parseReply('2, the manager in your store was rude to me', S10);
    expect(r).toMatchObject({
      kind: 'answer',
      value: 2,
      comment: '2, the manager in your store was rude to me',
    });
    expect(parseReply("I'd say 7", S10)).toMatchObject({ kind: 'answer', value: 7, comment: null });
  });
});

describe('parseReply — SMS keywords (alone, any case, trimmed)', () => {
  const cases: Array<[string, string]> = [
    ['STOP', 'opt_out'],
    ['stop', 'opt_out'],
    ['  Stop  ', 'opt_out'],
    ['UNSUBSCRIBE', 'opt_out'],
    ['cancel', 'opt_out'],
    ['End', 'opt_out'],
    ['QUIT', 'opt_out'],
    ['stopall', 'opt_out'],
    ['HELP', 'help'],
    ['info', 'help'],
    ['START', 'opt_in'],
    ['unstop', 'opt_in'],
  ];
  it.each(cases)('%j → %s on every question type', (text, keyword) => {
    for (const q of [S10, TEXT, YES_NO, SINGLE, EXPECT]) {
      expect(parseReply(text, q)).toMatchObject({ kind: 'keyword', keyword });
    }
  });
  it.each(['stop please', 'please cancel', 'I want to cancel my account', 'help me', 'STOP!'])(
    '%j is not a keyword',
    (text) => {
      expect(parseReply(text, TEXT).kind).toBe('answer');
    },
  );
  it('YES opts back in only someone who opted out', () => {
    expect(parseReply('YES', YES_NO)).toMatchObject(answer(true));
    expect(parseReply('yes', YES_NO, { optedOut: true })).toMatchObject({
      kind: 'keyword',
      keyword: 'opt_in',
    });
  });
});

describe('parseReply — yes/no', () => {
  const cases: Array<[string, boolean | null]> = [
    ['yes', true],
    ['Yes please', true],
    ['y', true],
    ['yep', true],
    ['Sure!', true],
    ['of course', true],
    ['sí', true],
    ['si', true],
    ['👍', true],
    ['yes, Jessica was great', true],
    ['no', false],
    ['NO.', false],
    ['nope', false],
    ['nah', false],
    ['not really', false],
    ['definitely not', false],
    ['no way', false],
    ['👎', false],
    ['maybe', null],
    ['not sure', null],
    ['yes and no', null],
    ['the store was awful', null],
  ];
  it.each(cases)('%j → %s', (text, value) => {
    const r = parseReply(text, YES_NO);
    if (value === null) expect(r).toMatchObject(unreadable);
    else expect(r).toMatchObject(answer(value));
  });
});

describe('parseReply — choices', () => {
  const single: Array<[string, string | null]> = [
    ['1', 'price'],
    ['2', 'speed'],
    ['#3', 'staff'],
    ['b', 'speed'],
    ['B)', 'speed'],
    ['(c)', 'staff'],
    ['option 4', 'other'],
    ['price', 'price'],
    ['PRICE!', 'price'],
    ['prcie', 'price'],
    ['speed', 'speed'],
    ['friendly staff', 'staff'],
    ['frendly staf', 'staff'],
    ['the staff were friendly staff indeed', 'staff'],
    ['5', null],
    ['e', null],
    ['banana', null],
  ];
  it.each(single)('single %j → %s', (text, id) => {
    const r = parseReply(text, SINGLE);
    if (id === null) expect(r).toMatchObject(unreadable);
    else expect(r).toMatchObject(answer(id));
  });
  it('matches labels in the conversation language', () => {
    expect(parseReply('personal amable', SINGLE, { language: 'es' })).toMatchObject(
      answer('staff'),
    );
  });

  const multi: Array<[string, string[] | null]> = [
    ['1, 3', ['price', 'staff']],
    ['1 3', ['price', 'staff']],
    ['a and c', ['price', 'staff']],
    ['3,1', ['price', 'staff']],
    ['price and speed', ['price', 'speed']],
    ['2', ['speed']],
    ['1, 9', null],
    ['nothing like that', null],
  ];
  it.each(multi)('multi %j → %j', (text, ids) => {
    const r = parseReply(text, MULTI);
    if (ids === null) expect(r).toMatchObject(unreadable);
    else expect(r).toMatchObject(answer(ids));
  });
});

describe('parseReply — expectations, text, declines', () => {
  const cases: Array<[string, string | null]> = [
    ['1', 'failed'],
    ['2', 'met'],
    ['3', 'exceeded'],
    ['exceeded', 'exceeded'],
    ['better than expected', 'exceeded'],
    ['way above what I expected', 'exceeded'],
    ['met', 'met'],
    ['as expected', 'met'],
    ['fell short', 'failed'],
    ["didn't meet them", 'failed'],
    ['worse than I hoped', 'failed'],
    ['no cumplió', 'failed'],
    ['superó lo esperado', 'exceeded'],
    ['4', null],
    ['purple', null],
  ];
  it.each(cases)('expectation %j → %s', (text, value) => {
    const r = parseReply(text, EXPECT);
    if (value === null) expect(r).toMatchObject(unreadable);
    else expect(r).toMatchObject(answer(value));
  });

  it.each([
    'no',
    'No thanks',
    'nothing',
    'n/a',
    'No comment',
    'nope',
    "that's all",
    'nada',
    'skip',
  ])('free text %j declines', (text) => {
    expect(parseReply(text, TEXT)).toEqual({ kind: 'declined' });
  });
  it('keeps free text as given (trimmed)', () => {
    expect(parseReply('  The store manager was rude.  ', TEXT)).toEqual({
      kind: 'answer',
      value: 'The store manager was rude.',
      comment: null,
    });
  });
  it('"skip" declines any question, "no" does not decline a score', () => {
    expect(parseReply('skip', S10)).toEqual({ kind: 'declined' });
    expect(parseReply('pass', SINGLE)).toEqual({ kind: 'declined' });
    expect(parseReply('no', S10)).toMatchObject(unreadable);
  });
  it('reads a 5,000-character reply without trouble', () => {
    const long = 'x'.repeat(5000);
    expect(parseReply(long, TEXT)).toMatchObject({ kind: 'answer', value: long });
    expect(parseReply(long, S10)).toMatchObject(unreadable);
  });
});
