import { describe, expect, it } from 'vitest';
import { relationshipNpsSurvey, transactionalCsatSurvey } from '../surveys/builders/index.ts';
import { validateAnswers } from './answers.ts';

const nps = relationshipNpsSurvey({ id: 'srv_1' });
const csat = transactionalCsatSurvey({ id: 'srv_2' });

describe('validateAnswers', () => {
  it('accepts answers on their scales and orders them as the survey does', () => {
    const recs = validateAnswers(csat, [
      { questionId: 'expectations', value: 'exceeded' },
      { questionId: 'csat', value: 5 },
    ]);
    expect(recs.map((r) => r.questionId)).toEqual(['csat', 'expectations']);
  });

  it('names the answer at fault', () => {
    const at = (answers: Array<{ questionId: string; value: unknown }>) => {
      try {
        validateAnswers(csat, answers as never);
        return 'accepted';
      } catch (e) {
        return (e as { field?: string }).field;
      }
    };
    expect(at([{ questionId: 'csat', value: 6 }])).toBe('answers[0].value');
    expect(at([{ questionId: 'csat', value: 4.5 }])).toBe('answers[0].value');
    expect(at([{ questionId: 'csat', value: '5' }])).toBe('answers[0].value');
    expect(at([{ questionId: 'expectations', value: 'amazing' }])).toBe('answers[0].value');
    expect(at([{ questionId: 'nope', value: 1 }])).toBe('answers[0].questionId');
    expect(
      at([
        { questionId: 'csat', value: 4 },
        { questionId: 'csat', value: 5 },
      ]),
    ).toBe('answers[1].questionId');
    expect(at([])).toBe('answers');
  });

  it('refuses an answer to a question the branching does not ask', () => {
    const follow = nps.questions.find((q) => q.showIf);
    expect(follow).toBeDefined();
    const id = follow?.id as string;
    expect(() =>
      validateAnswers(nps, [
        { questionId: 'nps', value: 10 },
        { questionId: id, value: 'because' },
      ]),
    ).toThrow(/not asked/);
    expect(
      validateAnswers(nps, [
        { questionId: 'nps', value: 3 },
        { questionId: id, value: 'slow' },
      ]),
    ).toHaveLength(2);
  });

  it('records a null value as a skip', () => {
    expect(validateAnswers(csat, [{ questionId: 'csat', value: null }])[0]).toEqual({
      questionId: 'csat',
      status: 'skipped',
      value: null,
    });
  });
});
