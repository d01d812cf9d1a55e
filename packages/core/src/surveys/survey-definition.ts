import type { Expectation } from '../interactions/interaction.ts';
import type { QuestionCondition } from './condition.ts';
import type { SurveyTemplates } from './reply-templates.ts';

/**
 * A survey definition is plain, JSON-serialisable data: it is stored as one JSON column per
 * version, sent over the API as is, and read by the dialogue engine and the web survey page.
 */

/** What a survey is about, which decides the metrics it may carry and who its results belong to. */
export const SURVEY_KINDS = ['relationship', 'transactional', 'employee', 'leadership'] as const;
/**
 * - `relationship`: NPS about the company, sent to a segment on a schedule.
 * - `transactional`: CSAT, CES, expectations about one interaction (may also carry a
 *   relationship-labelled question, as the carrier's survey does).
 * - `employee`: eNPS and engagement items (anonymous, results only for groups).
 * - `leadership`: upward feedback about one manager (anonymous).
 */
export type SurveyKind = (typeof SURVEY_KINDS)[number];

export const QUESTION_TYPES = [
  'score',
  'single',
  'multi',
  'text',
  'yes_no',
  'expectation',
] as const;
/** How a question is answered. */
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** The metric a score question feeds; `rating` is any other score (not pooled into a metric). */
export const SCORE_METRICS = [
  'nps',
  'csat',
  'ces',
  'enps',
  'engagement',
  'leadership',
  'rating',
] as const;
export type ScoreMetric = (typeof SCORE_METRICS)[number];

/**
 * Whether a question measures the ongoing relationship (judged against the company and the
 * relationship owner) or one interaction (judged against its agent and team). Employee and
 * leadership questions are always `relationship` (about the workplace or the manager overall).
 */
export const QUESTION_SCOPES = ['relationship', 'transactional'] as const;
export type QuestionScope = (typeof QUESTION_SCOPES)[number];

/**
 * Text in the survey's languages: a plain string is in the definition's `defaultLanguage`;
 * an object maps BCP 47 language tags ("en", "es") to the text.
 */
export type LocalizedText = string | { readonly [language: string]: string };

/** The declared scale of a score question. Allowed: 0–10, 1–10, 1–5, 1–7. */
export interface ScoreScale {
  min: number;
  max: number;
  /** What the lowest point means, e.g. "not at all likely". */
  minLabel: LocalizedText;
  /** What the highest point means, e.g. "extremely likely". */
  maxLabel: LocalizedText;
}

/** Optional override of where a score counts as low (≤ lowMax) or high (≥ highMin) for replies. */
export interface ScoreBands {
  lowMax: number;
  highMin: number;
}

/** One option of a choice question; `id` is what is stored as the answer. */
export interface Choice {
  id: string;
  label: LocalizedText;
}

interface QuestionBase {
  /** Stable id within the survey (lower snake case); answers refer to it across versions. */
  id: string;
  /** The question as asked. Unique within the survey per language. */
  text: LocalizedText;
  scope: QuestionScope;
  /** Ask this question only when the condition on earlier answers holds. */
  showIf?: QuestionCondition | undefined;
  /**
   * A short phrase naming what is rated, used in replies ("the way {agentName} handled your
   * call"). Placeholders are filled from the conversation context. Defaults per metric.
   */
  rated?: LocalizedText | undefined;
}

export interface ScoreQuestion extends QuestionBase {
  type: 'score';
  scale: ScoreScale;
  metric: ScoreMetric;
  /** CSAT only: the lowest top-box score. Required unless the scale is 1–5 (then 4). */
  topBox?: number | undefined;
  bands?: ScoreBands | undefined;
}

export interface SingleChoiceQuestion extends QuestionBase {
  type: 'single';
  choices: Choice[];
}

export interface MultiChoiceQuestion extends QuestionBase {
  type: 'multi';
  choices: Choice[];
}

export interface TextQuestion extends QuestionBase {
  type: 'text';
}

export interface YesNoQuestion extends QuestionBase {
  type: 'yes_no';
}

/** "Did we meet your expectations?": failed / met / exceeded. */
export interface ExpectationQuestion extends QuestionBase {
  type: 'expectation';
}

/** A question of a survey, discriminated by `type`. */
export type SurveyQuestion =
  | ScoreQuestion
  | SingleChoiceQuestion
  | MultiChoiceQuestion
  | TextQuestion
  | YesNoQuestion
  | ExpectationQuestion;

/** Timing and behaviour of the survey as a conversation (SMS, e-mail, chat). */
export interface DialogueSettings {
  /** Minutes without a reply before the one reminder. Default 1440 (a day). */
  reminderAfterMinutes?: number | undefined;
  /** Minutes after the reminder (or the last message) before closing as partial. Default 2880. */
  closeAfterMinutes?: number | undefined;
  /**
   * When a low score has no follow-up question of its own, ask what went wrong (or offer a call
   * back) before moving on. Default true. At most `maxProbes` times per conversation.
   */
  probeLowScores?: boolean | undefined;
  /** Default 2. */
  maxProbes?: number | undefined;
}

/** One version of a survey. Editing a live survey yields a new version (see versioning.ts). */
export interface SurveyDefinition {
  /** Stable survey id (e.g. `srv_…`); the same across versions. */
  id: string;
  /** 1, 2, …; responses keep the version they answered. */
  version: number;
  kind: SurveyKind;
  name: string;
  /** The language of plain-string texts, e.g. "en". */
  defaultLanguage: string;
  questions: SurveyQuestion[];
  /** Survey-specific reply wording per language; overrides the built-in templates per key. */
  templates?: SurveyTemplates | undefined;
  dialogue?: DialogueSettings | undefined;
}

/** The value of an answer, by question type. */
export type AnswerValue =
  | number // score
  | string // single (choice id), text
  | string[] // multi (choice ids)
  | boolean // yes_no
  | Expectation; // expectation (a string too)

/** The minimum an answer needs for branching: which question, answered or skipped, the value. */
export interface AnswerRecord {
  questionId: string;
  /** `skipped`: the question was asked and not answered (declined, or unreadable twice). */
  status: 'answered' | 'skipped';
  value: AnswerValue | null;
}

/** The question with this id, or undefined. */
export function findQuestion(def: SurveyDefinition, id: string): SurveyQuestion | undefined {
  return def.questions.find((q) => q.id === id);
}
