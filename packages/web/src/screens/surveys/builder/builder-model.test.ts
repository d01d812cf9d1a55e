import { describe, expect, test } from 'vitest';
import { surveyDefinitionIssues, transactionalCsatSurvey } from '@rapport/core/surveys';
import { funnelLine, funnelSteps } from '../funnel.ts';
import {
  conditionOf,
  defaultForm,
  describeCondition,
  formOf,
  opsFor,
  questionChoiceLabel,
} from './condition-form.ts';
import { addQuestion, moveQuestion, questionOfType } from './draft.ts';
import { definitionErrors, fieldId, parentPath, pathLabel } from './field-errors.tsx';
import { languagesOfSurvey, textIn, withText } from './localized.ts';

describe('texts in several languages', () => {
  test('a plain string is the default language; another language makes an object; emptying removes it', () => {
    const t = withText('Hello', 'es', 'en', 'Hola');
    expect(t).toEqual({ en: 'Hello', es: 'Hola' });
    expect(textIn(t, 'es', 'en')).toBe('Hola');
    expect(textIn('Hello', 'es', 'en')).toBe('');
    expect(withText(t, 'es', 'en', '')).toEqual({ en: 'Hello' });
    expect(withText('Hello', 'en', 'en', 'Hi')).toBe('Hi');
  });
  test('the languages of a survey, the default first', () => {
    const def = transactionalCsatSurvey({ id: 'x' });
    expect(languagesOfSurvey(def)).toEqual(['en', 'es']);
  });
});

describe('field paths', () => {
  test('ids, parents and words', () => {
    expect(fieldId('questions[2].scale.max')).toBe('f-questions-2-scale-max');
    expect(parentPath('questions[2].scale.max')).toBe('questions[2].scale');
    expect(parentPath('templates.en.probe[1]')).toBe('templates.en.probe');
    expect(pathLabel('questions[0].choices[1].label')).toBe('Question 1 › choice 2 › label');
    // The words of the builder's own labels, not the definition's property names.
    expect(pathLabel('dialogue.maxProbes')).toBe(
      'Conversation settings › follow-up questions at most',
    );
    expect(pathLabel('dialogue.reminderAfterMinutes')).toBe('Conversation settings › reminder');
    expect(pathLabel('dialogue.closeAfterMinutes')).toBe(
      'Conversation settings › close as partial',
    );
    expect(pathLabel('questions[1].topBox')).toBe('Question 2 › top box');
    expect(pathLabel('questions[0].bands.lowMax')).toBe('Question 1 › bands › low band');
    expect(pathLabel('name')).toBe('Name');
    expect(definitionErrors([{ field: 'definition.questions[0].text', message: 'x' }])).toEqual([
      { field: 'questions[0].text', message: 'x' },
    ]);
  });
});

describe('editing a survey', () => {
  test('added, retyped and moved questions keep the definition valid', () => {
    let def = transactionalCsatSurvey({ id: 'x' });
    for (const t of ['single', 'multi', 'yes_no', 'text', 'expectation', 'score'] as const)
      def = addQuestion(def, t);
    expect(surveyDefinitionIssues(def)).toEqual([]);
    const q = def.questions[4];
    if (!q) throw new Error('no question');
    def = {
      ...def,
      questions: def.questions.map((x, i) => (i === 4 ? questionOfType('yes_no', def.kind, q) : x)),
    };
    expect(def.questions[4]).toMatchObject({ id: q.id, type: 'yes_no' });
    expect(moveQuestion(def, 0, -1)).toBe(def);
    expect(moveQuestion(def, 0, 1).questions[1]?.id).toBe('csat');
  });

  test('a simple condition round-trips through the editor and reads in words', () => {
    const def = transactionalCsatSurvey({ id: 'x' });
    const csat = def.questions[0];
    if (!csat) throw new Error('no question');
    expect(opsFor(csat)).toContain('between');
    const c = conditionOf({ ...defaultForm(csat), op: 'lte', value: '2' }, csat);
    expect(c).toEqual({ question: 'csat', op: 'lte', value: 2 });
    expect(formOf(c)).toMatchObject({ question: 'csat', op: 'lte', value: '2' });
    expect(describeCondition({ any: [c, { question: 'csat', op: 'skipped' }] })).toBe(
      'any of: csat is at most 2; csat was skipped',
    );
    const withIf = {
      ...def,
      questions: def.questions.map((q, i) => (i === 3 ? { ...q, showIf: c } : q)),
    };
    expect(surveyDefinitionIssues(withIf)).toEqual([]);
  });
});

describe('the funnel', () => {
  test('invited → sent → opened → answered, with the share kept', () => {
    const f = {
      surveyId: 's',
      byStatus: { sent: 4, skipped: 2, opened: 1, completed: 2, partial: 1 },
      responses: 5,
    };
    expect(funnelSteps(f).map((s) => [s.label, s.count, s.ofPrevious])).toEqual([
      ['Invited', 10, null],
      ['Sent', 8, 80],
      ['Opened', 4, 50],
      ['Answered', 3, 75],
    ]);
    expect(funnelLine(f)).toBe('8 sent → 3 answered (38 %)');
  });
});

describe('the question a condition depends on', () => {
  test('is named by its number and its words, the id only in brackets', () => {
    const def = transactionalCsatSurvey({ id: 'x' });
    const [first] = def.questions;
    if (!first) throw new Error('no question');
    expect(
      questionChoiceLabel({ ...first, id: 'csat', text: 'How satisfied were you?' }, 0, 'en'),
    ).toBe('Question 1 · How satisfied were you? (csat)');
    const long = 'What would it take for us to earn a 9 or 10 from you next time we talk?';
    expect(
      questionChoiceLabel({ ...first, id: 'to_earn', text: { es: 'Hola', en: long } }, 2, 'en'),
    ).toBe('Question 3 · What would it take for us to earn a 9 or 10 from… (to_earn)');
  });
});
