/**
 * The jobs and events of survey conversations. Core enqueues them in the transaction of the
 * change that causes them; the worker defines them (packages/worker/src/conversation.jobs.ts
 * and events.ts).
 */
import type { QuestionScope, ScoreMetric } from '../surveys/survey-definition.ts';

/** Deliver the bot messages of one step over SMS or e-mail (external effect, idempotent). */
export const CONVERSATION_DELIVER_JOB = 'conversation.deliver';
/** Call the dialogue's timeout at `state.timeoutAt`: one reminder, then close as partial. */
export const CONVERSATION_TIMEOUT_JOB = 'conversation.timeout';
/** A low score in a survey conversation: the closed loop opens a case within a second. */
export const SURVEY_LOW_SCORE_EVENT = 'survey.low_score';
/** A respondent asked to be called back. */
export const SURVEY_CALLBACK_EVENT = 'survey.callback_requested';

export interface DeliverPayload {
  invitationId: string;
  /** Index in the transcript of the first message of the step to deliver. */
  from: number;
  /** Index after the last. */
  to: number;
  /** E-mail: the Message-ID of the customer's e-mail this answers. */
  inReplyTo?: string | undefined;
  [key: string]: unknown;
}

export interface TimeoutPayload {
  invitationId: string;
  [key: string]: unknown;
}

export interface LowScorePayload {
  invitationId: string;
  questionId: string;
  metric: ScoreMetric;
  scope: QuestionScope;
  score: number;
  scaleMin: number;
  scaleMax: number;
  [key: string]: unknown;
}

export interface CallbackPayload {
  invitationId: string;
  questionId: string | null;
  [key: string]: unknown;
}
