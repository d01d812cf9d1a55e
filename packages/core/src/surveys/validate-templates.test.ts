import { describe, expect, it } from 'vitest';
import { score, survey } from './test-fixtures.ts';
import { surveyDefinitionIssues } from './validate-definition.ts';

describe('survey templates', () => {
  const withTemplates = (templates: unknown) => survey([score()], { templates });
  it('accepts a survey’s own wording', () => {
    const def = withTemplates({
      en: { 'high_score.csat': ['Thanks for the {score}, {customerName|friend}!'] },
    });
    expect(surveyDefinitionIssues(def)).toEqual([]);
  });
  const cases: Array<[string, unknown, string, RegExp]> = [
    [
      'a bare "Sorry to hear"',
      { en: { low_score: ['Sorry to hear. {score}'] } },
      'templates.en.low_score[0]',
      /Sorry to hear/,
    ],
    [
      '"Sorry to hear that" as an opening',
      { en: { 'low_score.nps': ['Sorry to hear that, a {score}.'] } },
      'templates.en.low_score.nps[0]',
      /Sorry to hear/,
    ],
    [
      'a low-score reply without the score',
      { en: { low_score: ['We apologise.'] } },
      'templates.en.low_score[0]',
      /\{score\}/,
    ],
    [
      'a probe that asks nothing',
      { en: { probe: ['Tell us more.'] } },
      'templates.en.probe[0]',
      /question/,
    ],
    [
      'an unknown situation',
      { en: { farewell: ['Bye'] } },
      'templates.en.farewell',
      /Unknown situation/,
    ],
    [
      'an unknown placeholder',
      { en: { closing: ['Bye {nickname}'] } },
      'templates.en.closing[0]',
      /placeholder/,
    ],
    ['no variants', { en: { closing: [] } }, 'templates.en.closing', /at least one/],
    ['a bad language', { English: { closing: ['Bye'] } }, 'templates.English', /language tag/],
  ];
  it.each(cases)('rejects %s', (_name, templates, field, message) => {
    const issue = surveyDefinitionIssues(withTemplates(templates)).find((i) => i.field === field);
    expect(issue?.message).toMatch(message);
  });
});
