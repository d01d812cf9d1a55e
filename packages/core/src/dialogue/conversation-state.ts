import type { Channel } from '../interactions/interaction.ts';
import type { AnswerAttribution } from '../surveys/attribution.ts';
import type {
  AnswerRecord,
  QuestionScope,
  QuestionType,
  ScoreMetric,
  SurveyKind,
} from '../surveys/survey-definition.ts';
import type { DialogueSentiment } from './analyzer.ts';

/**
 * Who the conversation is with and about. Names fill the templates (a missing one degrades:
 * "Hi there"); ids link the transcript and answers to the customer (or employee), the
 * interaction and the invitation. For employee and leadership surveys `customerName` is the
 * respondent's name and `managerName` the manager asked about.
 */
export interface ConversationContext {
  customerName?: string | null | undefined;
  agentName?: string | null | undefined;
  companyName?: string | null | undefined;
  managerName?: string | null | undefined;
  /** The workspace's or customer's language, e.g. "en", "es"; default: the survey's. */
  language?: string | null | undefined;
  channel?: Channel | null | undefined;
  customerId?: string | null | undefined;
  employeeId?: string | null | undefined;
  interactionId?: string | null | undefined;
  invitationId?: string | null | undefined;
}

/** How a conversation stands: running, or how it ended. */
export type ConversationStatus = 'active' | 'completed' | 'partial' | 'opted_out';

/** One message of the exchange. */
export interface TranscriptEntry {
  speaker: 'bot' | 'customer';
  text: string;
  /** UTC ISO-8601. */
  at: string;
}

/** What the conversation waits for. */
export type Awaiting =
  | { type: 'question'; questionId: string; /** unreadable replies so far */ attempts: number }
  | { type: 'probe'; /** the low-scored question */ questionId: string }
  | null;

/** One answer, labelled for the metrics: metric, scope and attribution travel with it. */
export interface SurveyAnswer extends AnswerRecord {
  type: QuestionType;
  /** The metric of a score question; null for other types. */
  metric: ScoreMetric | null;
  scope: QuestionScope;
  attribution: AnswerAttribution;
  /** The scale as asked (a 1–10 NPS stays 1–10); null for non-score questions. */
  scale: { min: number; max: number } | null;
  /** The CSAT top-box cut-off; null otherwise. */
  topBox: number | null;
  /** The reply the answer was read from; null when skipped without one. */
  reply: string | null;
  /** Why a skipped answer was skipped. */
  skipReason: 'declined' | 'unreadable' | null;
  at: string;
}

/** What a customer said beyond the questions: why a score was low, a call-back request, a late note. */
export interface FollowUp {
  /** The question it explains (the low-scored one), or null for a reply after the end. */
  questionId: string | null;
  text: string | null;
  callbackRequested: boolean;
  sentiment: DialogueSentiment | null;
  at: string;
}

/**
 * The whole state of one survey conversation: plain JSON, stored in a row and resumed by any
 * process. The survey definition is not copied in; pass the same id and version back.
 */
export interface ConversationState {
  schema: 1;
  surveyId: string;
  surveyVersion: number;
  surveyKind: SurveyKind;
  language: string;
  /** Chooses the template variants; fixed at the start. */
  seed: number;
  context: ConversationContext;
  status: ConversationStatus;
  awaiting: Awaiting;
  answers: SurveyAnswer[];
  followUps: FollowUp[];
  transcript: TranscriptEntry[];
  /** Low scores probed so far (at most `dialogue.maxProbes`). */
  probes: number;
  lowScores: number;
  /** 0 or 1: a conversation gets at most one reminder. */
  remindersSent: number;
  /** Opted out of messages (STOP) and not back in (START). */
  optedOut: boolean;
  startedAt: string;
  updatedAt: string;
  /** When to call `onConversationTimeout` next; null once closed. */
  timeoutAt: string | null;
  closedAt: string | null;
}
