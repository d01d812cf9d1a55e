import { describe, expect, it } from 'vitest';
import { carrierStyleSurvey, relationshipNpsSurvey } from './builders/index.ts';
import { isQuestionShown, nextQuestion, questionPath } from './branching.ts';
import { evaluateCondition, type QuestionCondition } from './condition.ts';
import type { AnswerRecord, SurveyDefinition } from './survey-definition.ts';

const answered = (questionId: string, value: AnswerRecord['value']): AnswerRecord => ({
  questionId,
  status: 'answered',
  value,
});
const skipped = (questionId: string): AnswerRecord => ({
  questionId,
  status: 'skipped',
  value: null,
});

describe('nextQuestion over the relationship NPS', () => {
  const def = relationshipNpsSurvey({ id: 'r' });
  it('starts with the NPS question', () => {
    expect(nextQuestion(def, [])?.id).toBe('nps');
  });
  it.each([
    [0, 'why_low'],
    [6, 'why_low'],
    [7, 'to_earn_more'],
    [8, 'to_earn_more'],
    [9, 'valued_most'],
    [10, 'valued_most'],
  ])('after a %i asks %s, then is done', (score, id) => {
    const q = nextQuestion(def, [answered('nps', score)]);
    expect(q?.id).toBe(id);
    expect(nextQuestion(def, [answered('nps', score), answered(id, 'because')])).toBeNull();
  });
  it('a skipped NPS shows none of the follow-ups', () => {
    expect(nextQuestion(def, [skipped('nps')])).toBeNull();
  });
  it('a skipped follow-up counts as asked', () => {
    expect(nextQuestion(def, [answered('nps', 3), skipped('why_low')])).toBeNull();
  });
  it('questionPath lists the questions this respondent sees', () => {
    expect(questionPath(def, [answered('nps', 2)]).map((q) => q.id)).toEqual(['nps', 'why_low']);
  });
});

describe('nextQuestion over the carrier survey', () => {
  it('asks every question in order', () => {
    const def = carrierStyleSurvey({ id: 'c' });
    const answers: AnswerRecord[] = [];
    const asked: string[] = [];
    for (let q = nextQuestion(def, answers); q; q = nextQuestion(def, answers)) {
      asked.push(q.id);
      answers.push(answered(q.id, q.type === 'score' ? 10 : 'ok'));
    }
    expect(asked).toEqual(['recommend', 'agent_handling', 'agent_timeliness', 'comment']);
  });
});

describe('evaluateCondition', () => {
  const map = new Map<string, AnswerRecord>([
    ['s', answered('s', 5)],
    ['c', answered('c', 'roam')],
    ['m', answered('m', ['a', 'b'])],
    ['y', answered('y', false)],
    ['k', skipped('k')],
  ]);
  const cases: Array<[QuestionCondition, boolean]> = [
    [{ question: 's', op: 'lt', value: 6 }, true],
    [{ question: 's', op: 'lt', value: 5 }, false],
    [{ question: 's', op: 'lte', value: 5 }, true],
    [{ question: 's', op: 'gt', value: 5 }, false],
    [{ question: 's', op: 'gte', value: 5 }, true],
    [{ question: 's', op: 'between', min: 5, max: 6 }, true],
    [{ question: 's', op: 'between', min: 6, max: 8 }, false],
    [{ question: 's', op: 'equals', value: 5 }, true],
    [{ question: 'c', op: 'equals', value: 'roam' }, true],
    [{ question: 'c', op: 'equals', value: 'bill' }, false],
    [{ question: 'c', op: 'in', values: ['bill', 'roam'] }, true],
    [{ question: 'm', op: 'in', values: ['b', 'z'] }, true],
    [{ question: 'm', op: 'in', values: ['z'] }, false],
    [{ question: 'm', op: 'includes', value: 'a' }, true],
    [{ question: 'm', op: 'equals', value: 'a' }, false],
    [{ question: 'y', op: 'equals', value: false }, true],
    [{ question: 'k', op: 'skipped' }, true],
    [{ question: 'k', op: 'answered' }, false],
    [{ question: 'k', op: 'lte', value: 10 }, false],
    [{ question: 'never', op: 'skipped' }, false],
    [{ question: 'never', op: 'answered' }, false],
    [
      {
        all: [
          { question: 's', op: 'gte', value: 5 },
          { question: 'c', op: 'equals', value: 'roam' },
        ],
      },
      true,
    ],
    [
      {
        all: [
          { question: 's', op: 'gte', value: 5 },
          { question: 'c', op: 'equals', value: 'bill' },
        ],
      },
      false,
    ],
    [
      {
        any: [
          { question: 's', op: 'gte', value: 9 },
          { question: 'y', op: 'equals', value: false },
        ],
      },
      true,
    ],
    [{ not: { question: 's', op: 'gte', value: 9 } }, true],
  ];
  it.each(cases)('%j → %s', (c, expected) => {
    expect(evaluateCondition(c, map)).toBe(expected);
  });

  it('isQuestionShown accepts an array of answers too', () => {
    const def: SurveyDefinition = relationshipNpsSurvey({ id: 'r' });
    const why = def.questions[1];
    if (!why) throw new Error('missing');
    expect(isQuestionShown(why, [answered('nps', 4)])).toBe(true);
    expect(isQuestionShown(why, [answered('nps', 9)])).toBe(false);
  });
});
