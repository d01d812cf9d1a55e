// Raw (unvalidated) survey input for the validation tests.
import { surveyDefinitionIssues } from './validate-definition.ts';

export const score = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'q',
  type: 'score',
  metric: 'rating',
  scope: 'transactional',
  text: 'Rate it',
  scale: { min: 1, max: 5, minLabel: 'bad', maxLabel: 'good' },
  ...over,
});

export function survey(
  questions: unknown[],
  over: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: 'srv_1',
    version: 1,
    kind: 'transactional',
    name: 'S',
    defaultLanguage: 'en',
    questions,
    ...over,
  };
}

/** The field paths of all issues. */
export const fields = (input: unknown) => surveyDefinitionIssues(input).map((i) => i.field);
