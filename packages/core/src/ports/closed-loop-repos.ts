/** Ports of the closed loop: rules, cases and their history, praise, tasks, webhooks. */
import type { Case, CaseEvent, CaseFilter, CaseHead, Evidence } from '../cases/case.ts';
import type { Page, PageRequest } from '../common/page.ts';
import type { Praise, PraiseCounts, PraiseDelivery, PraiseFeedFilter } from '../praise/praise.ts';
import type { Task, TaskFilter } from '../praise/task.ts';
import type { Rule, RuleTrigger } from '../rules/rule.ts';
import type { Signal } from '../signals/signal.ts';
import type { WebhookDelivery, WebhookEndpoint } from '../webhooks/webhook.ts';

export interface RuleRepo {
  get(ws: string, id: string): Promise<Rule | undefined>;
  list(ws: string, filter: { trigger?: RuleTrigger; enabled?: boolean }): Promise<Rule[]>;
  insert(r: Rule): Promise<void>;
  update(r: Rule): Promise<void>;
  delete(ws: string, id: string): Promise<boolean>;
  /** Signals written in [from, to), oldest first (a rule's dry run). */
  signalsBetween(ws: string, from: string, to: string, limit: number): Promise<Signal[]>;
}

export interface CaseRepo {
  get(ws: string, id: string): Promise<Case | undefined>;
  /** Inserts the case with its evidence. */
  insert(c: Case): Promise<void>;
  /**
   * Writes the case's own fields if its stored version is `c.version - 1`; false when it
   * changed meanwhile. Never its evidence: items are added by `addEvidence`.
   */
  update(c: CaseHead): Promise<boolean>;
  /**
   * Adds the items a case does not hold yet (an item is its kind and id), keeps the latest
   * MAX_CASE_EVIDENCE, and returns the items added, in order. The caller holds the case: it
   * read it with `findActive` in the same write.
   */
  addEvidence(ws: string, caseId: string, items: readonly Evidence[]): Promise<Evidence[]>;
  /**
   * The active case of a customer for a reason, if any, without its evidence (new evidence
   * joins it). On PostgreSQL its row stays locked until the write ends.
   */
  findActive(ws: string, customerId: string, reason: string): Promise<CaseHead | undefined>;
  /** Cases with an evidence item older than `before` that still holds words (retention). */
  withTextBefore(ws: string, before: string, limit: number): Promise<Case[]>;
  /**
   * Replaces a case's evidence with the same items without words, unless the case changed
   * since it was read at `version` (false: the next retention run redacts it). Not a change of
   * the case: its version and history stay.
   */
  redactEvidence(ws: string, id: string, version: number, evidence: Evidence[]): Promise<boolean>;
  list(ws: string, filter: CaseFilter, page: PageRequest): Promise<Page<Case>>;
  /**
   * Cases opened in [from, to), for the metrics; with visibleTo, only those owned by or
   * escalated to one of these employees (empty: none).
   */
  openedBetween(
    ws: string,
    from: string,
    to: string,
    visibleTo?: readonly string[] | undefined,
  ): Promise<CaseHead[]>;
  /** Appends to the history; the seq is the next of the case. */
  addEvent(e: Omit<CaseEvent, 'seq'>): Promise<CaseEvent>;
  events(ws: string, caseId: string): Promise<CaseEvent[]>;
}

export interface PraiseRepo {
  get(ws: string, id: string): Promise<Praise | undefined>;
  /** Inserts the praise and its deliveries. */
  insert(p: Praise): Promise<void>;
  /** Adds a delivery; false when the employee has this praise already. */
  addDelivery(ws: string, d: PraiseDelivery): Promise<boolean>;
  /** Praise about an interaction or a response (to route a compliment once). */
  bySource(ws: string, src: { interactionId?: string; responseId?: string }): Promise<Praise[]>;
  /** The recognition feed, newest first. */
  feed(ws: string, filter: PraiseFeedFilter, page: PageRequest): Promise<Page<Praise>>;
  counts(ws: string, employeeId: string): Promise<PraiseCounts>;
}

export interface TaskRepo {
  get(ws: string, id: string): Promise<Task | undefined>;
  insert(t: Task): Promise<void>;
  update(t: Task): Promise<void>;
  list(ws: string, filter: TaskFilter, page: PageRequest): Promise<Page<Task>>;
}

export interface WebhookRepo {
  getEndpoint(ws: string, id: string): Promise<WebhookEndpoint | undefined>;
  listEndpoints(ws: string): Promise<WebhookEndpoint[]>;
  insertEndpoint(e: WebhookEndpoint): Promise<void>;
  updateEndpoint(e: WebhookEndpoint): Promise<void>;
  deleteEndpoint(ws: string, id: string): Promise<boolean>;
  getDelivery(ws: string, id: string): Promise<WebhookDelivery | undefined>;
  insertDelivery(d: WebhookDelivery): Promise<void>;
  updateDelivery(d: WebhookDelivery): Promise<void>;
  /** An endpoint's deliveries, newest first. */
  listDeliveries(ws: string, endpointId: string, page: PageRequest): Promise<Page<WebhookDelivery>>;
}
