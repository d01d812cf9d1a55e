/**
 * Ready mappings for the export formats of the tools people leave. Each preset reads the
 * file's header rows and the target survey, and builds the column mapping: the fixed columns
 * by name, the question columns by their question text (or an explicit `questions` map).
 * The formats, as Rapport reads them (docs/IMPORT.md has them in full):
 * - Qualtrics: 3 header rows — column names (ResponseId, RecordedDate, Finished, RecipientEmail,
 *   RecipientFirstName, RecipientLastName, ExternalReference, Q1, Q2…), question texts, ImportId JSON.
 * - SurveyMonkey: 2 header rows — names (Respondent ID, Collector ID, Start Date, End Date,
 *   Email Address, First Name, Last Name, then question texts), sub-labels ("Response", "Open-Ended Response").
 * - Formbricks: 1 header row — No., Response ID, Timestamp, Finished, Survey ID, then one column per
 *   question headline (plus hidden fields, tags, notes, verified email).
 * - Chatwoot CSAT report: 1 header row — Agent name, Rating, Feedback, Contact name, Contact email
 *   address, Contact phone number, Link to the conversation, Recorded at; a last line states the period.
 */
import { invalid } from '../errors/domain-error.ts';
import { localize } from '../surveys/localize.ts';
import type { SurveyDefinition, SurveyQuestion } from '../surveys/survey-definition.ts';
import type { ImportMapping } from './mapping.ts';

export const PRESETS = ['qualtrics', 'surveymonkey', 'formbricks', 'chatwoot'] as const;
export type Preset = (typeof PRESETS)[number];

export const PRESET_HEADER_ROWS: Record<Preset, number> = {
  qualtrics: 3,
  surveymonkey: 2,
  formbricks: 1,
  chatwoot: 1,
};

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function questionText(q: SurveyQuestion, def: SurveyDefinition): string {
  return localize(q.text, def.defaultLanguage, def.defaultLanguage);
}

/** Question id → column, matching each question's text to a header text (exact after normalising). */
function matchQuestions(
  def: SurveyDefinition,
  names: readonly string[],
  texts: readonly string[],
  given?: Record<string, string>,
) {
  if (given && Object.keys(given).length) return given;
  const out: Record<string, string> = {};
  for (const q of def.questions) {
    const want = norm(questionText(q, def));
    const at = texts.findIndex((t) => t && norm(t) === want);
    if (at >= 0 && names[at]) out[q.id] = names[at] as string;
  }
  if (!Object.keys(out).length) {
    throw invalid(
      'questions',
      'No column matches a question of the survey by its text; give a `questions` map (question id → column).',
    );
  }
  return out;
}

/** Finds a column by any of its usual names, case-insensitively. */
function column(names: readonly string[], ...candidates: string[]): string | undefined {
  for (const c of candidates) {
    const hit = names.find((n) => norm(n) === norm(c));
    if (hit) return hit;
  }
  return undefined;
}

function put(
  columns: Record<string, string | string[]>,
  target: string,
  source: string | undefined | Array<string | undefined>,
) {
  const list = (Array.isArray(source) ? source : [source]).filter((s): s is string => Boolean(s));
  if (list.length) columns[target] = list.length === 1 ? (list[0] as string) : list;
}

/**
 * The mapping for a preset, from the file's header rows. `questions` overrides the matching by
 * text (Qualtrics: question id → column name such as Q1).
 */
export function presetMapping(
  preset: Preset,
  headers: readonly (readonly string[])[],
  def: SurveyDefinition,
  opts: { questions?: Record<string, string> | undefined; channel?: string | undefined } = {},
): ImportMapping {
  const names = headers[0] ?? [];
  const columns: Record<string, string | string[]> = {};
  const constants: Record<string, string> = { channel: opts.channel ?? 'web' };
  let questions: Record<string, string>;
  switch (preset) {
    case 'qualtrics':
      put(columns, 'externalId', column(names, 'ResponseId', 'ResponseID'));
      put(columns, 'submittedAt', column(names, 'RecordedDate', 'EndDate'));
      put(columns, 'completed', column(names, 'Finished'));
      put(columns, 'customerEmail', column(names, 'RecipientEmail'));
      put(columns, 'customerName', [
        column(names, 'RecipientFirstName'),
        column(names, 'RecipientLastName'),
      ]);
      put(columns, 'customer', column(names, 'ExternalReference', 'ExternalDataReference'));
      questions = matchQuestions(def, names, headers[1] ?? [], opts.questions);
      break;
    case 'surveymonkey':
      put(columns, 'externalId', column(names, 'Respondent ID'));
      put(columns, 'submittedAt', column(names, 'End Date'));
      put(columns, 'customerEmail', column(names, 'Email Address'));
      put(columns, 'customerName', [column(names, 'First Name'), column(names, 'Last Name')]);
      questions = matchQuestions(def, names, names, opts.questions);
      break;
    case 'formbricks':
      put(columns, 'externalId', column(names, 'Response ID'));
      put(columns, 'submittedAt', column(names, 'Timestamp'));
      put(columns, 'completed', column(names, 'Finished'));
      put(columns, 'customerEmail', column(names, 'Verified Email', 'Email'));
      put(columns, 'customer', column(names, 'User ID', 'userId'));
      questions = matchQuestions(def, names, names, opts.questions);
      break;
    case 'chatwoot': {
      put(columns, 'submittedAt', column(names, 'Recorded at', 'Recorded At'));
      put(
        columns,
        'customerEmail',
        column(names, 'Contact email address', 'Contact Email Address', 'Contact email'),
      );
      put(columns, 'customerName', column(names, 'Contact name', 'Contact Name'));
      put(
        columns,
        'externalId',
        column(names, 'Link to the conversation', 'Link to the Conversation'),
      );
      const rating = column(names, 'Rating');
      const feedback = column(names, 'Feedback');
      const csat = def.questions.find((q) => q.type === 'score' && q.metric === 'csat');
      const text = def.questions.find((q) => q.type === 'text');
      if (!rating || !csat)
        throw invalid(
          'survey',
          'A Chatwoot CSAT report needs a Rating column and a survey with a CSAT question.',
        );
      questions = opts.questions ?? {
        [csat.id]: rating,
        ...(text && feedback ? { [text.id]: feedback } : {}),
      };
      constants.channel = opts.channel ?? 'chat';
      break;
    }
  }
  return {
    kind: 'responses',
    headerRows: PRESET_HEADER_ROWS[preset],
    columns,
    constants,
    surveyId: def.id,
    questions,
  };
}
