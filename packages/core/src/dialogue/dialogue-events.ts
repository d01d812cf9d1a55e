import type { AnswerAttribution } from '../surveys/attribution.ts';
import type { QuestionScope, ScoreMetric, SurveyKind } from '../surveys/survey-definition.ts';
import type { DialogueSentiment } from './analyzer.ts';
import type { ConversationState, SurveyAnswer } from './conversation-state.ts';

/** A score that stood out: low (opens the closed-loop path) or high (praise may follow). */
export interface ScoreEvent {
  questionId: string;
  metric: ScoreMetric;
  scope: QuestionScope;
  attribution: AnswerAttribution;
  surveyKind: SurveyKind;
  score: number;
  scale: { min: number; max: number };
}

/**
 * What happened in one step, for the layers above: record answers, open a case on `low_score`
 * or `callback_requested`, record opt-outs for every channel, analyse `comment` texts.
 */
export type DialogueEvent =
  | { type: 'answer'; answer: SurveyAnswer }
  | ({ type: 'low_score' } & ScoreEvent)
  | ({ type: 'high_score' } & ScoreEvent)
  | { type: 'skipped'; questionId: string; reason: 'declined' | 'unreadable' }
  | { type: 'unreadable'; questionId: string; reply: string; attempt: number }
  /** Free text beyond the questions: why a score was low, a remark with a score, a late reply. */
  | { type: 'comment'; questionId: string | null; text: string; sentiment: DialogueSentiment }
  | { type: 'callback_requested'; questionId: string | null }
  | { type: 'opt_out'; keyword: string }
  | { type: 'opt_in'; keyword: string }
  | { type: 'help' }
  | { type: 'reminder' }
  | { type: 'completed'; answered: number }
  /** Closed before the end (timeout or opt-out); the answers given still count. */
  | { type: 'partial'; answered: number; reason: 'timeout' | 'opt_out' };

/** The result of one step of the dialogue. */
export interface DialogueStep {
  /** The new state, to store (the input state is never mutated). */
  state: ConversationState;
  /** Messages to send, in order (usually one). */
  outgoing: string[];
  /** Answers recorded in this step. */
  answers: SurveyAnswer[];
  events: DialogueEvent[];
}
