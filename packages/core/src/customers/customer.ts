/** A person the company serves. Never logs in; answers surveys by SMS, e-mail or web link. */
export interface Consent {
  email: boolean;
  sms: boolean;
}

export interface Customer {
  id: string;
  workspaceId: string;
  externalId: string | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  /** IANA time zone, for quiet hours; null means the workspace default. */
  timezone: string | null;
  locale: string | null;
  segment: string | null;
  /** The employee who owns the relationship (account manager): relationship NPS is theirs. */
  relationshipOwnerId: string | null;
  attributes: Record<string, unknown>;
  consent: Consent;
  /** When the customer opted out of all surveys (STOP), or null. */
  optedOutAt: string | null;
  /** 0–100, moved by every touchpoint (see engagement/). */
  engagementScore: number;
  createdAt: string;
  updatedAt: string;
}

export const INITIAL_ENGAGEMENT = 50;

export interface CustomerInput {
  externalId?: string | null | undefined;
  name?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  timezone?: string | null | undefined;
  locale?: string | null | undefined;
  segment?: string | null | undefined;
  relationshipOwnerId?: string | null | undefined;
  attributes?: Record<string, unknown> | undefined;
  consent?: Partial<Consent> | undefined;
}

export interface CustomerFilter {
  /** Only these ids (a batch lookup). */
  ids?: string[] | undefined;
  q?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  externalId?: string | undefined;
  segment?: string | undefined;
  relationshipOwnerId?: string | undefined;
  /**
   * Only customers these employees served, own the relationship of, or have a case of (set by
   * the service from the actor's visibility; empty matches nothing). Undefined: everyone.
   */
  visibleTo?: readonly string[] | undefined;
}
