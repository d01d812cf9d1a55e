/**
 * What the text analysis read in one piece of text — a response comment, a transcript
 * message, an interaction note: emotions, sentiment and the CX signals, with the words that
 * triggered them. One signal per (source, message); re-analysis replaces it.
 */
export const SIGNAL_SOURCES = ['response_comment', 'message', 'interaction_note'] as const;
export type SignalSource = (typeof SIGNAL_SOURCES)[number];

export type Sentiment = 'positive' | 'negative' | 'ambiguous' | 'neutral';
export type EscalationRequest = 'none' | 'praise' | 'complaint';

export interface Signal {
  id: string;
  workspaceId: string;
  sourceType: SignalSource;
  /** The response id (comments) or the interaction id (messages, notes). */
  sourceId: string;
  /** The message's seq for transcripts; 0 otherwise. */
  seq: number;
  customerId: string | null;
  interactionId: string | null;
  responseId: string | null;
  channel: string | null;
  stage: string | null;
  /** Who wrote it: customer, agent, bot, system (null for comments and notes). */
  speaker: string | null;
  sentiment: Sentiment;
  /** Ekman groups present (anger, disgust, fear, joy, sadness, surprise, neutral). */
  ekman: string[];
  /** Probability per emotion label (GoEmotions' 28, and the Ekman groups). */
  emotions: Record<string, number>;
  praise: number;
  churnRisk: number;
  effort: number;
  humour: number;
  urgency: number;
  escalation: EscalationRequest;
  /** The words behind each signal, e.g. { churn_risk: ['moving my accounts'], praise: ['Jessica'] }. */
  triggers: Record<string, string[]>;
  modelVersion: string;
  /** When the text was written. */
  at: string;
  createdAt: string;
}

/** The event every stored signal triggers (rules, cases, praise, engagement). */
export const SIGNAL_CREATED_JOB = 'signal.created';

/** A signal counts as present at p ≥ 0.5 (the public `rapport analyze` convention). */
export const SIGNAL_PRESENT = 0.5;
