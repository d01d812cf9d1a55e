/**
 * Praise: a compliment about employees — a high score with praise in its text, a customer's
 * "please tell her boss", a web "Contact Us" thank-you, or a colleague logging one. It is
 * delivered to each employee praised and to their manager; a recipient may pass it one level
 * further up with a note. Every step is a delivery row, so the whole climb is kept.
 */
export const PRAISE_SOURCES = ['signal', 'response', 'contact_form', 'colleague'] as const;
export type PraiseSource = (typeof PRAISE_SOURCES)[number];

/** How a delivery came: to the employee praised, to their manager, or passed up by someone. */
export const DELIVERY_VIA = ['praised', 'manager', 'passed_up'] as const;
export type DeliveryVia = (typeof DELIVERY_VIA)[number];

export interface PraiseDelivery {
  praiseId: string;
  employeeId: string;
  /** 0 for the employee praised, 1 for their manager, 2 for the manager's manager, … */
  level: number;
  via: DeliveryVia;
  /** Who passed it on (via passed_up), or null. */
  passedBy: string | null;
  note: string | null;
  deliveredAt: string;
}

export interface Praise {
  id: string;
  workspaceId: string;
  source: PraiseSource;
  customerId: string | null;
  interactionId: string | null;
  responseId: string | null;
  signalId: string | null;
  text: string | null;
  /** An employee id, an API key id, or `system` (routed by a rule). */
  createdBy: string;
  createdAt: string;
  /** The employees praised (deliveries via `praised`). */
  subjectIds: string[];
  deliveries: PraiseDelivery[];
}

export interface PraiseFeedFilter {
  /** Praise of this employee (as one praised). */
  employeeId?: string | undefined;
  /** Praise of anyone in this team. */
  teamId?: string | undefined;
  customerId?: string | undefined;
  /** Set by the service from the actor's visibility; undefined: the whole workspace. */
  visibleTo?: PraiseAudience | undefined;
}

/**
 * Whose praise an agent or manager sees: praise about someone they see (themselves; a manager
 * also everyone under them), and praise that reached them — delivered to them as a manager or
 * passed up to them.
 */
export interface PraiseAudience {
  employeeIds: readonly string[];
  recipientId: string | null;
}

export const praiseVisibleTo = (p: Praise, a: PraiseAudience): boolean =>
  p.subjectIds.some((id) => a.employeeIds.includes(id)) ||
  (a.recipientId !== null && p.deliveries.some((x) => x.employeeId === a.recipientId));

export interface PraiseCounts {
  /** Compliments about this employee. */
  received: number;
  /** Compliments this employee passed up to their manager. */
  passedUp: number;
  /** Compliments delivered to this employee as a manager (about their people). */
  asManager: number;
}

/** Webhook events of praise. */
export const PRAISE_CREATED = 'praise.created';
export const PRAISE_PASSED_UP = 'praise.passed_up';
