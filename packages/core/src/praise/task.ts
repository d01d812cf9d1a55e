/**
 * A follow-up task for a person: "thank the customer personally" after praise, or a call
 * back. Completing a thank-you records it on the customer's history as an interaction.
 */
export const TASK_KINDS = ['thank_customer', 'call_back'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** How a follow-up reached the customer. */
export const FOLLOW_UP_METHODS = ['call', 'voicemail', 'email', 'sms', 'in_person'] as const;
export type FollowUpMethod = (typeof FOLLOW_UP_METHODS)[number];

export interface Task {
  id: string;
  workspaceId: string;
  kind: TaskKind;
  title: string;
  customerId: string | null;
  praiseId: string | null;
  caseId: string | null;
  assigneeId: string | null;
  status: TaskStatus;
  dueAt: string | null;
  completedAt: string | null;
  method: FollowUpMethod | null;
  note: string | null;
  /** The interaction that recorded the completed follow-up on the customer's history. */
  interactionId: string | null;
  createdAt: string;
}

export interface TaskFilter {
  assigneeId?: string | undefined;
  status?: TaskStatus | undefined;
  customerId?: string | undefined;
  praiseId?: string | undefined;
  caseId?: string | undefined;
  /** Only tasks assigned to one of these employees (set by the service; empty: none). */
  visibleTo?: readonly string[] | undefined;
}
