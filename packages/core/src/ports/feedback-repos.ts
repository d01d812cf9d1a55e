/** Ports for feedback: surveys and their versions, invitations, responses and metric queries. */
import type { Page, PageRequest } from '../common/page.ts';
import type { Invitation, InvitationFilter, InvitationStatus } from '../feedback/invitation.ts';
import type { HistogramRow, MetricQuery } from '../feedback/metric-query.ts';
import type { ResponseFilter, SurveyResponse } from '../feedback/response.ts';
import type { Survey, SurveyFilter } from '../feedback/survey.ts';
import type { SurveyDefinition, SurveyKind } from '../surveys/survey-definition.ts';

export interface SurveyRepo {
  get(ws: string, id: string): Promise<Survey | undefined>;
  /** Only the kind, without reading the definition (the ingest's check). */
  kindOf(ws: string, id: string): Promise<SurveyKind | undefined>;
  list(ws: string, filter: SurveyFilter): Promise<Survey[]>;
  insert(s: Survey): Promise<void>;
  update(s: Survey): Promise<void>;
  getVersion(ws: string, id: string, version: number): Promise<SurveyDefinition | undefined>;
  /** Stores a version's definition (insert or replace, for drafts edited in place). */
  putVersion(ws: string, def: SurveyDefinition, at: string): Promise<void>;
  setPublicTokenHash(ws: string, id: string, hash: string | null): Promise<void>;
  findByPublicTokenHash(ws: string, hash: string): Promise<Survey | undefined>;
}

export interface InvitationRepo {
  get(ws: string, id: string): Promise<Invitation | undefined>;
  findByTokenHash(ws: string, hash: string): Promise<Invitation | undefined>;
  insert(i: Invitation): Promise<void>;
  update(i: Invitation): Promise<void>;
  /**
   * Moves an invitation from one of `from` to `to` atomically; false when another request got
   * there first (single use under concurrent submissions).
   */
  transition(
    ws: string,
    id: string,
    from: readonly InvitationStatus[],
    to: InvitationStatus,
    at: string,
  ): Promise<boolean>;
  /**
   * Saves a conversation (dialogue state or web progress) and moves the status, only while the
   * invitation is in one of `from`; false when another request closed it meanwhile.
   */
  saveConversation(
    ws: string,
    id: string,
    conversation: Record<string, unknown>,
    from: readonly InvitationStatus[],
    to: InvitationStatus,
    at: string,
  ): Promise<boolean>;
  /** Invitations whose finished conversation holds words older than `before` (retention). */
  withTextBefore(ws: string, before: string, limit: number): Promise<Invitation[]>;
  /**
   * Replaces the conversation with the same one without words, unless the invitation changed
   * since it was read (`updatedAt`); not a change of the invitation (its times stay).
   */
  redactConversation(
    ws: string,
    id: string,
    updatedAt: string,
    conversation: Record<string, unknown>,
  ): Promise<boolean>;
  /**
   * Customers (of a segment, or all) not opted out whom this survey has not invited since
   * `since` — skipped invitations included, so a skipped person waits a period too.
   */
  customersDue(
    ws: string,
    surveyId: string,
    segment: string | null,
    since: string,
    limit: number,
  ): Promise<string[]>;
  /** The last time this customer was invited (scheduled or sent, not skipped), or null. */
  lastInvitedAt(ws: string, customerId: string): Promise<string | null>;
  /** Newest first; every filter, `visibleTo` included, is a condition of the query. */
  list(ws: string, filter: InvitationFilter, page: PageRequest): Promise<Page<Invitation>>;
  /**
   * Counts per status for a survey (the invitation → response funnel), of the invitations
   * `visibleTo` those people when given (InvitationFilter), of all otherwise.
   */
  funnel(
    ws: string,
    surveyId: string,
    visibleTo?: readonly string[] | undefined,
  ): Promise<Record<string, number>>;
}

export interface ResponseRepo {
  get(ws: string, id: string): Promise<SurveyResponse | undefined>;
  list(ws: string, filter: ResponseFilter, page: PageRequest): Promise<Page<SurveyResponse>>;
  count(ws: string, filter: ResponseFilter): Promise<number>;
  findByExternalId(ws: string, externalId: string): Promise<SurveyResponse | undefined>;
  /** Inserts the response and its answers and keeps the metric roll-ups in step. */
  insert(r: SurveyResponse): Promise<void>;
  histograms(ws: string, q: MetricQuery): Promise<HistogramRow[]>;
}
