import type { ScoreMetric, SurveyKind } from '../surveys/survey-definition.ts';
import type { InvitationChannel } from './survey.ts';

/**
 * Whose figure an answer is (DESIGN.md, "Attribution"): relationship answers belong to the
 * company, segment and relationship owner; transactional ones to the agent and team of the
 * interaction; employee and leadership ones to teams, anonymously.
 */
export type AnswerScope = 'relationship' | 'transactional' | 'employee' | 'leadership';

/** The metric an answer feeds: a score question's metric, or `expectations`. */
export type AnswerMetric = ScoreMetric | 'expectations';

/** One answer, one row: the value with its scale, and the dimensions it is judged by. */
export interface Answer {
  questionId: string;
  metric: AnswerMetric | null;
  scope: AnswerScope;
  valueNum: number | null;
  valueText: string | null;
  valueJson: unknown;
  scaleMin: number | null;
  scaleMax: number | null;
  /** CSAT's top-box cut-off on its scale (4 on 1–5, 9 on 1–10). */
  topBoxMin: number | null;
  /** Agent of the interaction: set only on transactional answers. */
  agentId: string | null;
  /** Transactional: the interaction's team; relationship: the owner's team; pulses: the team. */
  teamId: string | null;
  /** Relationship owner: set only on relationship answers. */
  ownerId: string | null;
  /** Leadership pulses: the manager rated. */
  managerId: string | null;
}

/** The answers to one invitation (or one public-link visit, or one API submission). */
export interface SurveyResponse {
  id: string;
  workspaceId: string;
  /** Null for employee and leadership pulses: nothing links an answer back to a person. */
  invitationId: string | null;
  /** The id the response had where it came from (an import), unique per workspace. */
  externalId?: string | null | undefined;
  surveyId: string;
  surveyVersion: number;
  surveyKind: SurveyKind;
  channel: InvitationChannel;
  stage: string | null;
  customerId: string | null;
  interactionId: string | null;
  segment: string | null;
  /** The first free-text answer, analysed for emotions and signals. */
  comment: string | null;
  /** False for a conversation closed as partial. */
  completed: boolean;
  /** For anonymous pulses: the day only (00:00Z), so timing cannot single a person out. */
  submittedAt: string;
  createdAt: string;
  answers: Answer[];
}

export interface ResponseFilter {
  surveyId?: string | undefined;
  customerId?: string | undefined;
  interactionId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Only responses with a counted answer (a value) feeding this metric… */
  metric?: AnswerMetric | undefined;
  /** …of this scope, on this scale, attributed to this team, agent or owner. */
  scope?: AnswerScope | undefined;
  scaleMin?: number | undefined;
  scaleMax?: number | undefined;
  teamId?: string | undefined;
  agentId?: string | undefined;
  ownerId?: string | undefined;
  channel?: InvitationChannel | undefined;
  stage?: string | undefined;
  segment?: string | undefined;
  /** Only these ids (a single-row scope check). */
  ids?: readonly string[] | undefined;
  /**
   * Only responses about interactions these employees served, or from customers in their book
   * (relationship or a case of theirs); set by the service from the actor's visibility.
   */
  visibleTo?: readonly string[] | undefined;
}

/** The event job every new response triggers (signals, rules, cases, praise, webhooks). */
export const RESPONSE_CREATED_JOB = 'response.created';
