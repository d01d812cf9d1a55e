/** Words for the closed loop's codes: statuses, priorities, SLA states, outcomes, reasons. */
import type { CaseOutcome, CasePriority, CaseStatus, SlaState } from '@rapport/contracts';

export const STATUS_LABELS: Record<CaseStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  waiting_on_customer: 'Waiting on customer',
  resolved: 'Resolved',
  closed: 'Closed',
};
export const STATUSES = Object.keys(STATUS_LABELS) as CaseStatus[];
/** Every status but closed: the cases someone still has to work on. */
export const ACTIVE_STATUSES: readonly CaseStatus[] = [
  'open',
  'in_progress',
  'waiting_on_customer',
  'resolved',
];

/** A status set by a change (closing needs an outcome, so it has its own call and form). */
export type MoveStatus = Exclude<CaseStatus, 'closed'>;

/** Where a case may go next, closing aside. */
const NEXT: Record<CaseStatus, readonly MoveStatus[]> = {
  open: ['in_progress', 'waiting_on_customer', 'resolved'],
  in_progress: ['waiting_on_customer', 'resolved'],
  waiting_on_customer: ['in_progress', 'resolved'],
  resolved: ['in_progress'],
  closed: [],
};
export const nextStatuses = (s: CaseStatus): readonly MoveStatus[] => NEXT[s];

/** The button that moves a case into a status, in words. */
export const MOVE_LABELS: Record<CaseStatus, string> = {
  open: 'Reopen',
  in_progress: 'Start working',
  waiting_on_customer: 'Waiting on customer',
  resolved: 'Mark resolved',
  closed: 'Close',
};

export const PRIORITY_LABELS: Record<CasePriority, string> = {
  urgent: 'Urgent',
  high: 'High',
  normal: 'Normal',
  low: 'Low',
};
export const PRIORITIES = Object.keys(PRIORITY_LABELS) as CasePriority[];

export const SLA_LABELS: Record<SlaState, string> = {
  on_track: 'On track',
  due_soon: 'Due soon',
  breached: 'Breached',
  met: 'Met',
  missed: 'Missed',
};
export const SLA_STATES = Object.keys(SLA_LABELS) as SlaState[];

export const OUTCOME_LABELS: Record<CaseOutcome, string> = {
  recovered: 'Customer recovered',
  not_recovered: 'Not recovered',
  unreachable: 'Customer unreachable',
};
export const CASE_OUTCOMES = Object.keys(OUTCOME_LABELS) as CaseOutcome[];

/** The reasons the default rules open cases with, in words. */
const REASONS: Record<string, string> = {
  churn_risk: 'Churn risk',
  low_csat: 'Low CSAT',
  high_effort: 'High effort (CES)',
  negative_emotion: 'Strong negative emotion',
  escalation_request: 'Complaint escalation',
  failed_expectation: 'Expectations failed',
  detractor: 'Detractor',
};
export const reasonLabel = (reason: string): string => REASONS[reason] ?? codeLabel(reason);

/** `churn_risk` → "Churn risk"; `agent_behaviour` → "Agent behaviour". */
export function codeLabel(code: string): string {
  const words = code.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
