import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import {
  carrierStyleSurvey,
  employeePulseSurvey,
  leadershipPulseSurvey,
  relationshipNpsSurvey,
  transactionalCsatSurvey,
} from './builders/index.ts';
import type { SurveyDefinition } from './survey-definition.ts';
import { fields, score, survey } from './test-fixtures.ts';
import { surveyDefinitionIssues, validateSurveyDefinition } from './validate-definition.ts';

const BUILDERS = {
  relationshipNpsSurvey,
  transactionalCsatSurvey,
  carrierStyleSurvey,
  employeePulseSurvey,
  leadershipPulseSurvey,
};

describe('the ready-made surveys', () => {
  it.each(Object.entries(BUILDERS))(
    '%s is valid, JSON-serialisable, in English and Spanish',
    (_name, build) => {
      const def = build({ id: 'srv_x' });
      expect(surveyDefinitionIssues(def)).toEqual([]);
      expect(JSON.parse(JSON.stringify(def))).toEqual(def);
      for (const q of def.questions) expect(typeof q.text === 'object' && q.text.es).toBeTruthy();
    },
  );

  it('the carrier survey labels the NPS relationship and the agent questions transactional CSAT on 1–10', () => {
    const def = carrierStyleSurvey({ id: 'c' });
    const [nps, handling, timeliness, comment] = def.questions;
    expect(nps).toMatchObject({ metric: 'nps', scope: 'relationship', scale: { min: 1, max: 10 } });
    expect(handling).toMatchObject({
      metric: 'csat',
      scope: 'transactional',
      topBox: 9,
      scale: { min: 1, max: 10 },
    });
    expect(timeliness).toMatchObject({ metric: 'csat', scope: 'transactional', topBox: 9 });
    expect(comment?.type).toBe('text');
    expect(def.kind).toBe('transactional');
  });

  it('the employee pulse has eNPS and 5–8 engagement items on 1–5', () => {
    const def = employeePulseSurvey({ id: 'e' });
    const items = def.questions.filter((q) => q.type === 'score' && q.metric === 'engagement');
    expect(def.questions[0]).toMatchObject({ metric: 'enps' });
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(items.length).toBeLessThanOrEqual(8);
    for (const q of items) expect(q).toMatchObject({ scale: { min: 1, max: 5 } });
  });

  it('the relationship NPS asks "why" only of detractors', () => {
    const def = relationshipNpsSurvey({ id: 'r' });
    expect(def.questions[1]).toMatchObject({
      id: 'why_low',
      showIf: { question: 'nps', op: 'lte', value: 6 },
    });
  });
});

describe('validateSurveyDefinition', () => {
  it('throws a DomainError naming the exact field and listing every issue', () => {
    const bad = survey(
      [
        score({ id: 'a', text: 'A?' }),
        score({ id: 'b', text: 'B?' }),
        score({ id: 'c', text: 'C?', scale: { min: 1, max: 6, minLabel: 'x', maxLabel: 'y' } }),
      ],
      {
        name: '',
      },
    );
    let err: unknown;
    try {
      validateSurveyDefinition(bad);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DomainError);
    const de = err as DomainError;
    expect(de.code).toBe('validation');
    expect(de.field).toBe('name');
    expect(de.issues.map((i) => i.field)).toEqual(['name', 'questions[2].scale.max']);
  });

  it('returns the definition when valid', () => {
    const def = survey([score()]);
    expect(validateSurveyDefinition(def)).toBe(def);
  });

  const cases: Array<[string, unknown, string]> = [
    ['not an object', 'nope', ''],
    ['no questions', survey([]), 'questions'],
    ['bad version', survey([score()], { version: 0 }), 'version'],
    ['unknown kind', survey([score()], { kind: 'nps' }), 'kind'],
    ['bad language', survey([score()], { defaultLanguage: 'English' }), 'defaultLanguage'],
    ['bad id', survey([score({ id: 'Q 1' })]), 'questions[0].id'],
    ['duplicate id', survey([score(), score({ text: 'Other' })]), 'questions[1].id'],
    ['duplicate text', survey([score({ id: 'a' }), score({ id: 'b' })]), 'questions[1].text'],
    [
      'unknown type',
      survey([{ id: 'q', type: 'slider', scope: 'transactional', text: 'x' }]),
      'questions[0].type',
    ],
    ['empty text', survey([score({ text: ' ' })]), 'questions[0].text'],
    [
      'text without default language',
      survey([score({ text: { es: 'Hola' } })]),
      'questions[0].text.en',
    ],
    ['unknown placeholder', survey([score({ text: 'Rate {agent}' })]), 'questions[0].text'],
    [
      'scale 2–10',
      survey([score({ scale: { min: 2, max: 10, minLabel: 'a', maxLabel: 'b' } })]),
      'questions[0].scale.min',
    ],
    [
      'scale 0–5',
      survey([score({ scale: { min: 0, max: 5, minLabel: 'a', maxLabel: 'b' } })]),
      'questions[0].scale.max',
    ],
    [
      'scale 1–100',
      survey([score({ scale: { min: 1, max: 100, minLabel: 'a', maxLabel: 'b' } })]),
      'questions[0].scale.max',
    ],
    ['no scale', survey([score({ scale: undefined })]), 'questions[0].scale'],
    [
      'missing label',
      survey([score({ scale: { min: 1, max: 5, minLabel: '', maxLabel: 'b' } })]),
      'questions[0].scale.minLabel',
    ],
    ['no metric', survey([score({ metric: undefined })]), 'questions[0].metric'],
    [
      'NPS on 1–5',
      survey([score({ metric: 'nps', scope: 'relationship' })]),
      'questions[0].scale.max',
    ],
    [
      'NPS on 1–7',
      survey([
        score({
          metric: 'nps',
          scope: 'relationship',
          scale: { min: 1, max: 7, minLabel: 'a', maxLabel: 'b' },
        }),
      ]),
      'questions[0].scale.max',
    ],
    [
      'NPS labelled transactional',
      survey([score({ metric: 'nps', scale: { min: 0, max: 10, minLabel: 'a', maxLabel: 'b' } })]),
      'questions[0].scope',
    ],
    ['CES on 1–5', survey([score({ metric: 'ces' })]), 'questions[0].scale.max'],
    [
      'CES on 0–10',
      survey([score({ metric: 'ces', scale: { min: 0, max: 10, minLabel: 'a', maxLabel: 'b' } })]),
      'questions[0].scale.min',
    ],
    [
      'CSAT on 1–10 without cut-off',
      survey([score({ metric: 'csat', scale: { min: 1, max: 10, minLabel: 'a', maxLabel: 'b' } })]),
      'questions[0].topBox',
    ],
    [
      'CSAT cut-off off the scale',
      survey([
        score({
          metric: 'csat',
          topBox: 11,
          scale: { min: 1, max: 10, minLabel: 'a', maxLabel: 'b' },
        }),
      ]),
      'questions[0].topBox',
    ],
    [
      'CSAT 1–5 with cut-off 3',
      survey([score({ metric: 'csat', topBox: 3 })]),
      'questions[0].topBox',
    ],
    ['cut-off on a non-CSAT', survey([score({ topBox: 4 })]), 'questions[0].topBox'],
    [
      'CSAT labelled relationship in a transactional survey',
      survey([score({ metric: 'csat', scope: 'relationship' })]),
      'questions[0].scope',
    ],
    [
      'eNPS in a customer survey',
      survey([
        score({
          metric: 'enps',
          scope: 'relationship',
          scale: { min: 0, max: 10, minLabel: 'a', maxLabel: 'b' },
        }),
      ]),
      'questions[0].metric',
    ],
    [
      'NPS in an employee survey',
      survey(
        [
          score({
            metric: 'nps',
            scope: 'relationship',
            scale: { min: 0, max: 10, minLabel: 'a', maxLabel: 'b' },
          }),
        ],
        { kind: 'employee' },
      ),
      'questions[0].metric',
    ],
    [
      'leadership item in an employee survey',
      survey([score({ metric: 'leadership', scope: 'relationship' })], { kind: 'employee' }),
      'questions[0].metric',
    ],
    [
      'engagement item in a customer survey',
      survey([score({ metric: 'engagement' })]),
      'questions[0].metric',
    ],
    [
      'transactional question in a relationship survey',
      survey([score()], { kind: 'relationship' }),
      'questions[0].scope',
    ],
    [
      'transactional question in an employee survey',
      survey([score({ metric: 'engagement' })], { kind: 'employee' }),
      'questions[0].scope',
    ],
    [
      'expectation in an employee survey',
      survey([{ id: 'e', type: 'expectation', scope: 'relationship', text: 'x' }], {
        kind: 'employee',
      }),
      'questions[0].type',
    ],
    [
      'bands upside down',
      survey([score({ bands: { lowMax: 4, highMin: 3 } })]),
      'questions[0].bands.highMin',
    ],
    [
      'scale on a text question',
      survey([
        { id: 't', type: 'text', scope: 'transactional', text: 'x', scale: { min: 1, max: 5 } },
      ]),
      'questions[0].scale',
    ],
    [
      'metric on a yes/no',
      survey([{ id: 't', type: 'yes_no', scope: 'transactional', text: 'x', metric: 'csat' }]),
      'questions[0].metric',
    ],
    [
      'one choice',
      survey([
        {
          id: 'c',
          type: 'single',
          scope: 'transactional',
          text: 'x',
          choices: [{ id: 'a', label: 'A' }],
        },
      ]),
      'questions[0].choices',
    ],
    [
      'no choices',
      survey([{ id: 'c', type: 'multi', scope: 'transactional', text: 'x', choices: [] }]),
      'questions[0].choices',
    ],
    [
      'duplicate choice id',
      survey([
        {
          id: 'c',
          type: 'single',
          scope: 'transactional',
          text: 'x',
          choices: [
            { id: 'a', label: 'A' },
            { id: 'a', label: 'B' },
          ],
        },
      ]),
      'questions[0].choices[1].id',
    ],
    [
      'empty choice label',
      survey([
        {
          id: 'c',
          type: 'single',
          scope: 'transactional',
          text: 'x',
          choices: [
            { id: 'a', label: 'A' },
            { id: 'b', label: '' },
          ],
        },
      ]),
      'questions[0].choices[1].label',
    ],
    ['unknown scope', survey([score({ scope: 'both' })]), 'questions[0].scope'],
    [
      'bad dialogue setting',
      survey([score()], { dialogue: { reminderAfterMinutes: 0 } }),
      'dialogue.reminderAfterMinutes',
    ],
  ];
  it.each(cases)('%s → %s', (_name, input, field) => {
    expect(fields(input)).toContain(field);
  });
});

describe('a definition is data', () => {
  it('survives a JSON round trip unchanged and still validates', () => {
    const def: SurveyDefinition = carrierStyleSurvey({
      id: 'c',
      version: 3,
      dialogue: { maxProbes: 1 },
    });
    const back = JSON.parse(JSON.stringify(def)) as SurveyDefinition;
    expect(validateSurveyDefinition(back)).toEqual(def);
  });
});

describe('messages a survey builder shows next to its fields', () => {
  const messages = (input: unknown) => surveyDefinitionIssues(input).map((i) => i.message);
  it('say the conversation settings in words, not their property names', () => {
    const got = messages(
      survey([score()], {
        dialogue: { maxProbes: -1, reminderAfterMinutes: 0, closeAfterMinutes: 1.5 },
      }),
    );
    expect(got).toEqual([
      'The reminder is sent after a whole number of minutes, at least 1.',
      'A conversation closes as partial after a whole number of minutes, at least 1.',
      'The number of follow-up questions is a whole number, 0 or more.',
    ]);
  });
  it('name a repeated question by its number from 1', () => {
    const got = messages(survey([score({ id: 'a' }), score({ id: 'b' })]));
    expect(got).toEqual(['Same text as question 1 ("en"): ask each thing once.']);
  });
});
