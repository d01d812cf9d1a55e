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
}

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
