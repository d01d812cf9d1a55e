/**
 * A case: the closed-loop follow-up of a red flag — a detractor, a very low CSAT, a strong
 * negative emotion, churn words. It has a reason and the evidence behind it, an owner chosen
 * by attribution, a priority and an SLA due time in business hours, a status history, notes,
 * a root cause and an outcome.
 */
export const CASE_STATUSES = [
  'open',
  'in_progress',
  'waiting_on_customer',
  'resolved',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type CasePriority = (typeof CASE_PRIORITIES)[number];

export const CASE_OUTCOMES = ['recovered', 'not_recovered', 'unreachable'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/** Where an SLA stands: open cases are on track, due soon or breached; finished ones met or missed. */
export const SLA_STATES = ['on_track', 'due_soon', 'breached', 'met', 'missed'] as const;
export type SlaState = (typeof SLA_STATES)[number];

export const EVIDENCE_KINDS = ['response', 'signal', 'interaction', 'low_score'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** One item behind a case, with a snapshot of what it said when the case opened. */
export interface Evidence {
  kind: EvidenceKind;
  /** The response, signal or interaction id (the invitation id for a low score). */
  id: string;
  at: string;
  summary: string;
  detail: Record<string, unknown>;
}

export interface Case extends CaseHead {
  /**
   * The most recent MAX_CASE_EVIDENCE items, oldest first; the case's history keeps every one
   * added. Stored apart from the case's fields: only `insert` and `addEvidence` write it.
   */
  evidence: Evidence[];
}

/** A case without its evidence: what the figures of many cases read. */
export interface CaseHead {
  id: string;
  workspaceId: string;
  reason: string;
  ruleId: string | null;
  customerId: string | null;
  interactionId: string | null;
  responseId: string | null;
  /** Who the case belongs to by attribution; escalation does not take it away from them. */
  ownerId: string | null;
  /** The owner's team when the case opened: metrics per team. */
  teamId: string | null;
  /** The manager the case is escalated to (one level up per breach), or null. */
  escalatedToId: string | null;
  priority: CasePriority;
  status: CaseStatus;
  escalationLevel: number;
  slaDueAt: string | null;
  /** The first SLA breach; null when the SLA was kept. */
  slaBreachedAt: string | null;
  firstActionAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  rootCause: string | null;
  outcome: CaseOutcome | null;
  /** Optimistic concurrency: every update increments it. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const CASE_EVENT_KINDS = [
  'opened',
  'status',
  'assigned',
  'priority',
  'note',
  'evidence',
  'escalated',
  'closed',
  'resurvey',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

/** One step of a case's history. */
export interface CaseEvent {
  workspaceId: string;
  caseId: string;
  /** 1, 2, … in order. */
  seq: number;
  at: string;
  kind: CaseEventKind;
  actorKind: 'user' | 'api_key' | 'system';
  actorId: string;
  data: Record<string, unknown>;
}

export interface CaseFilter {
  /** The owner, or the manager it is escalated to. */
  ownerId?: string | undefined;
  /** Only cases nobody owns (attribution found nobody and no default owner is set). */
  unassigned?: boolean | undefined;
  teamId?: string | undefined;
  customerId?: string | undefined;
  status?: CaseStatus[] | undefined;
  priority?: CasePriority | undefined;
  slaState?: SlaState | undefined;
  reason?: string | undefined;
  /**
   * Only cases owned by, or escalated to, one of these employees (set by the service from the
   * actor's visibility; an empty list matches nothing). Undefined: the whole workspace.
   */
  visibleTo?: readonly string[] | undefined;
  /** Evaluate `slaState` at this time (set by the service). */
  now?: string | undefined;
  /** "Due soon" means due before this time (set by the service). */
  dueSoonBefore?: string | undefined;
}

/** Statuses in which the case still needs work. */
export const ACTIVE_STATUSES: readonly CaseStatus[] = [
  'open',
  'in_progress',
  'waiting_on_customer',
];

export const isActive = (s: CaseStatus): boolean => ACTIVE_STATUSES.includes(s);

/**
 * Whose cases an agent or manager sees: those owned by, or escalated to, someone they see
 * (themselves; a manager also everyone under them). A case about an agent's interaction is
 * owned by their team lead by attribution — never by the agent who took the call (DESIGN.md) —
 * so it reaches the agent when the lead assigns it to them.
 */
export const caseVisibleTo = (c: Case, employeeIds: readonly string[]): boolean =>
  (c.ownerId !== null && employeeIds.includes(c.ownerId)) ||
  (c.escalatedToId !== null && employeeIds.includes(c.escalatedToId));

/** The job that checks a case's SLA at its due time (escalates on a breach). */
export const CASE_SLA_CHECK_JOB = 'case.sla_check';

/**
 * How much evidence a case row carries. A customer who keeps sending red flags while a case is
 * open would otherwise grow one row without bound, and every join would read and rewrite all of
 * it in the transaction of the response that joins; the `evidence` events of the case's
 * history keep every item.
 */
export const MAX_CASE_EVIDENCE = 50;
