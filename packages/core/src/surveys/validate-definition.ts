import { DomainError, type FieldIssue } from '../errors/domain-error.ts';
import { localize, languagesOf } from './localize.ts';
import { SURVEY_KINDS, type SurveyDefinition, type SurveyKind } from './survey-definition.ts';
import type { ConditionTarget } from './validate-condition.ts';
import { checkQuestion, rawQuestionIds } from './validate-question.ts';
import { checkTemplates } from './validate-templates.ts';
import { IssueList, LANGUAGE_TAG, isNonEmptyString, isRecord } from './validation-helpers.ts';

/** At most this many questions in one survey. */
export const MAX_QUESTIONS = 100;

function checkDialogue(issues: IssueList, d: unknown): void {
  if (d === undefined) return;
  if (!isRecord(d)) {
    issues.add('dialogue', 'Dialogue settings are an object.');
    return;
  }
  // Said in words: the survey builder shows these next to its fields (the path names the field).
  const minutes = {
    reminderAfterMinutes: 'The reminder is sent',
    closeAfterMinutes: 'A conversation closes as partial',
  } as const;
  for (const f of ['reminderAfterMinutes', 'closeAfterMinutes'] as const) {
    const v = d[f];
    if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < 1)) {
      issues.add(`dialogue.${f}`, `${minutes[f]} after a whole number of minutes, at least 1.`);
    }
  }
  if (
    d.maxProbes !== undefined &&
    (typeof d.maxProbes !== 'number' || !Number.isInteger(d.maxProbes) || d.maxProbes < 0)
  ) {
    issues.add(
      'dialogue.maxProbes',
      'The number of follow-up questions is a whole number, 0 or more.',
    );
  }
  if (d.probeLowScores !== undefined && typeof d.probeLowScores !== 'boolean') {
    issues.add('dialogue.probeLowScores', 'probeLowScores is true or false.');
  }
}

function checkDistinctTexts(
  issues: IssueList,
  def: Record<string, unknown>,
  defaultLanguage: string,
): void {
  const questions = def.questions as unknown[];
  const seen = new Map<string, number>();
  questions.forEach((q, i) => {
    if (!isRecord(q) || (typeof q.text !== 'string' && !isRecord(q.text))) return;
    const text = q.text as string | Record<string, string>;
    for (const lang of languagesOf(text, defaultLanguage)) {
      const t = localize(text, lang, defaultLanguage).trim().toLowerCase();
      const key = `${lang}\u0000${t}`;
      const first = seen.get(key);
      if (first !== undefined) {
        issues.add(
          `questions[${i}].text`,
          `Same text as question ${first + 1} ("${lang}"): ask each thing once.`,
        );
      } else seen.set(key, i);
    }
  });
}

/** Every problem with a survey definition, each with its exact field path; [] when valid. */
export function surveyDefinitionIssues(input: unknown): FieldIssue[] {
  const issues = new IssueList();
  if (!isRecord(input)) {
    issues.add('', 'A survey definition is an object.');
    return issues.items;
  }
  if (!isNonEmptyString(input.id) || input.id.length > 100)
    issues.add('id', 'A survey has an id (1–100 characters).');
  const v = input.version;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
    issues.add('version', 'The version is a whole number from 1.');
  const kindOk =
    typeof input.kind === 'string' && (SURVEY_KINDS as readonly string[]).includes(input.kind);
  if (!kindOk) issues.add('kind', `The kind is one of ${SURVEY_KINDS.join(', ')}.`);
  if (!isNonEmptyString(input.name)) issues.add('name', 'A survey has a name.');
  const lang =
    typeof input.defaultLanguage === 'string' && LANGUAGE_TAG.test(input.defaultLanguage)
      ? input.defaultLanguage
      : null;
  if (lang === null)
    issues.add('defaultLanguage', 'The default language is a language tag such as "en".');
  const questions = input.questions;
  if (!Array.isArray(questions) || questions.length === 0) {
    issues.add('questions', 'A survey asks at least one question.');
  } else if (questions.length > MAX_QUESTIONS) {
    issues.add('questions', `A survey asks at most ${MAX_QUESTIONS} questions.`);
  } else if (kindOk) {
    const ctx = {
      kind: input.kind as SurveyKind,
      defaultLanguage: lang ?? 'en',
      earlier: new Map<string, ConditionTarget>(),
      allIds: rawQuestionIds(questions),
    };
    questions.forEach((q, i) => checkQuestion(issues, i, q, ctx));
    checkDistinctTexts(issues, input, lang ?? 'en');
  }
  if (input.templates !== undefined) checkTemplates(issues, 'templates', input.templates);
  checkDialogue(issues, input.dialogue);
  return issues.items;
}

/**
 * Validate a survey definition (e.g. parsed JSON from the API) and return it typed. Throws
 * `DomainError('validation', …)` whose `field` is the path of the first problem (e.g.
 * `questions[2].scale.max`) and whose `issues` lists all of them.
 */
export function validateSurveyDefinition(input: unknown): SurveyDefinition {
  const issues = surveyDefinitionIssues(input);
  const first = issues[0];
  if (first) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    throw new DomainError('validation', `${first.field}: ${first.message}${more}`, {
      field: first.field,
      issues,
    });
  }
  return input as SurveyDefinition;
}
