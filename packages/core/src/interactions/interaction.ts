/** One touchpoint between a customer and the company, on one channel, at one journey stage. */
export const CHANNELS = [
  'phone',
  'ivr',
  'email',
  'chat',
  'sms',
  'web',
  'in_store',
  'social',
  'field_visit',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const OUTCOMES = [
  'resolved',
  'unresolved',
  'pending',
  'escalated',
  'abandoned',
  'info',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const EXPECTATIONS = ['failed', 'met', 'exceeded'] as const;
export type Expectation = (typeof EXPECTATIONS)[number];

export const SPEAKERS = ['customer', 'agent', 'bot', 'system'] as const;
export type Speaker = (typeof SPEAKERS)[number];

export interface Message {
  seq: number;
  speaker: Speaker;
  employeeId: string | null;
  text: string;
  at: string;
}

export interface Interaction {
  id: string;
  workspaceId: string;
  externalId: string | null;
  customerId: string;
  channel: Channel;
  stage: string;
  occurredAt: string;
  outcome: Outcome | null;
  expectation: Expectation | null;
  /** Employees involved, the first being the one who handled it (the agent). */
  employeeIds: string[];
  /** The handling agent's team at the time of the interaction (attribution is frozen). */
  teamId: string | null;
  note: string | null;
  durationSeconds: number | null;
  attributes: Record<string, unknown>;
  messages: Message[];
  /** How many transcript messages there are (set by the store; lists omit the messages themselves). */
  messageCount?: number | undefined;
  createdAt: string;
}

export interface MessageInput {
  speaker: Speaker;
  employeeId?: string | null | undefined;
  text: string;
  at?: string | undefined;
}

export interface InteractionInput {
  externalId?: string | null | undefined;
  customerId: string;
  channel: Channel;
  stage: string;
  occurredAt: string;
  outcome?: Outcome | null | undefined;
  expectation?: Expectation | null | undefined;
  employeeIds?: string[] | undefined;
  note?: string | null | undefined;
  durationSeconds?: number | null | undefined;
  attributes?: Record<string, unknown> | undefined;
  transcript?: MessageInput[] | undefined;
}

export interface InteractionFilter {
  customerId?: string | undefined;
  employeeId?: string | undefined;
  teamId?: string | undefined;
  channel?: Channel | undefined;
  stage?: string | undefined;
  outcome?: Outcome | undefined;
  from?: string | undefined;
  to?: string | undefined;
  externalId?: string | undefined;
  /** Only these ids (a single-row scope check). */
  ids?: readonly string[] | undefined;
  /**
   * Only interactions these employees served, or of customers in their book (relationship or a
   * case of theirs); set by the service from the actor's visibility. Undefined: all.
   */
  visibleTo?: readonly string[] | undefined;
}
