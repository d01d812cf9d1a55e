import { describe, expect, it } from 'vitest';
import { score, survey } from './test-fixtures.ts';
import { surveyDefinitionIssues } from './validate-definition.ts';

describe('conditions', () => {
  const nps = score({
    id: 'nps',
    metric: 'nps',
    scope: 'relationship',
    text: 'NPS?',
    scale: { min: 0, max: 10, minLabel: 'a', maxLabel: 'b' },
  });
  const topic = {
    id: 'topic',
    type: 'single',
    scope: 'transactional',
    text: 'Topic?',
    choices: [
      { id: 'bill', label: 'Bill' },
      { id: 'roam', label: 'Roaming' },
    ],
  };
  const follow = (showIf: unknown, id = 'why') => ({
    id,
    type: 'text',
    scope: 'transactional',
    text: `Why ${id}?`,
    showIf,
  });

  it('accepts conditions on earlier questions', () => {
    const def = survey([
      nps,
      topic,
      follow({ question: 'nps', op: 'lte', value: 6 }, 'a'),
      follow(
        {
          all: [
            { question: 'topic', op: 'equals', value: 'roam' },
            { not: { question: 'nps', op: 'answered' } },
          ],
        },
        'b',
      ),
      follow(
        {
          any: [
            { question: 'topic', op: 'in', values: ['bill'] },
            { question: 'nps', op: 'between', min: 7, max: 8 },
          ],
        },
        'c',
      ),
    ]);
    expect(surveyDefinitionIssues(def)).toEqual([]);
  });

  const cases: Array<[string, unknown, string, RegExp]> = [
    [
      'a later question (cycle)',
      survey([follow({ question: 'nps', op: 'lte', value: 6 }), nps]),
      'questions[0].showIf.question',
      /earlier/,
    ],
    [
      'itself',
      survey([nps, follow({ question: 'why', op: 'answered' })]),
      'questions[1].showIf.question',
      /itself/,
    ],
    [
      'an unknown question',
      survey([nps, follow({ question: 'ghost', op: 'answered' })]),
      'questions[1].showIf.question',
      /No question/,
    ],
    [
      'an unknown operator',
      survey([nps, follow({ question: 'nps', op: 'like', value: 1 })]),
      'questions[1].showIf.op',
      /Unknown operator/,
    ],
    [
      'a score off the scale',
      survey([nps, follow({ question: 'nps', op: 'lte', value: 11 })]),
      'questions[1].showIf.value',
      /outside/,
    ],
    [
      'a number compared with a choice',
      survey([topic, follow({ question: 'topic', op: 'lt', value: 2 })]),
      'questions[1].showIf.op',
      /compares scores/,
    ],
    [
      'an unknown choice',
      survey([topic, follow({ question: 'topic', op: 'equals', value: 'tv' })]),
      'questions[1].showIf.value',
      /not a choice id/,
    ],
    [
      'an empty "in"',
      survey([topic, follow({ question: 'topic', op: 'in', values: [] })]),
      'questions[1].showIf.values',
      /non-empty/,
    ],
    ['an empty "all"', survey([nps, follow({ all: [] })]), 'questions[1].showIf.all', /non-empty/],
    [
      'a nested bad leaf',
      survey([
        nps,
        follow({
          any: [
            { question: 'nps', op: 'gte', value: 9 },
            { question: 'nps', op: 'gt', value: 'x' },
          ],
        }),
      ]),
      'questions[1].showIf.any[1].value',
      /whole number/,
    ],
    [
      'between reversed',
      survey([nps, follow({ question: 'nps', op: 'between', min: 8, max: 7 })]),
      'questions[1].showIf.max',
      /below/,
    ],
    [
      'includes on a single choice',
      survey([topic, follow({ question: 'topic', op: 'includes', value: 'bill' })]),
      'questions[1].showIf.op',
      /multiple-choice/,
    ],
  ];
  it.each(cases)('rejects a condition on %s', (_name, input, field, message) => {
    const issue = surveyDefinitionIssues(input).find((i) => i.field === field);
    expect(issue?.message).toMatch(message);
  });
});
