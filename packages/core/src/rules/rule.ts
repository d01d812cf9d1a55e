/**
 * Rules: per workspace, a condition on something that just happened — a response, a signal
 * read in a text, a low score in a live survey conversation, an interaction — and the actions
 * it takes. Rules are plain JSON (see docs/CLOSED_LOOP.md for the language).
 */
import type { CasePriority } from '../cases/case.ts';

/** What a rule listens to. */
export const RULE_TRIGGERS = ['response', 'signal', 'low_score', 'interaction'] as const;
export type RuleTrigger = (typeof RULE_TRIGGERS)[number];

export const COMPARISONS = ['<', '<=', '=', '>=', '>'] as const;
export type RuleComparison = (typeof COMPARISONS)[number];

/** The signal scores a rule may test (0–1 probabilities). */
export const SIGNAL_FIELDS = ['praise', 'churnRisk', 'effort', 'humour', 'urgency'] as const;
export type SignalField = (typeof SIGNAL_FIELDS)[number];

export interface ScoreLeaf {
  metric: string;
  scope?: 'relationship' | 'transactional' | undefined;
  op: RuleComparison;
  value: number;
  /** Only scores asked on a scale ending at this value (e.g. 5 for CSAT 1–5). */
  scaleMax?: number | undefined;
}

export interface EmotionLeaf {
  /** Emotion labels (GoEmotions or Ekman groups): true if any one compares true. */
  labels: string[];
  op: RuleComparison;
  value: number;
}

export interface SignalLeaf {
  field: SignalField;
  op: RuleComparison;
  value: number;
}

export interface InteractionLeaf {
  channels?: string[] | undefined;
  stages?: string[] | undefined;
  outcomes?: string[] | undefined;
  expectations?: string[] | undefined;
}

export interface SourceLeaf {
  /** Signal sources: response_comment, message, interaction_note. */
  types?: string[] | undefined;
  /** Who wrote the text: customer, agent, bot, system; `none` for notes and comments. */
  speakers?: string[] | undefined;
}

/** A condition: a tree of all/any/not over leaves. */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { score: ScoreLeaf }
  | { emotion: EmotionLeaf }
  | { signal: SignalLeaf }
  | { sentiment: string[] }
  | { escalation: string[] }
  | { mentions: string[] }
  | { interaction: InteractionLeaf }
  | { source: SourceLeaf }
  | { segment: string[] };

/** Whom a case goes to: by attribution, or a fixed choice. */
export type CaseOwnerChoice =
  'attribution' | 'relationship_owner' | 'team_lead' | 'retention' | { employeeId: string };

/** Who a notification goes to: a role relative to the event, an employee id, or an e-mail. */
export type NotifyTarget = 'case_owner' | 'relationship_owner' | 'agent' | 'team_lead' | string;

export type RuleAction =
  | { type: 'open_case'; reason: string; priority: CasePriority; owner?: CaseOwnerChoice }
  | { type: 'route_praise' }
  | { type: 'notify'; to: NotifyTarget[]; subject?: string | undefined }
  | { type: 'webhook' }
  | { type: 'tag'; tag: string };

export const ACTION_TYPES = ['open_case', 'route_praise', 'notify', 'webhook', 'tag'] as const;

export interface Rule {
  id: string;
  workspaceId: string;
  name: string;
  enabled: boolean;
  trigger: RuleTrigger;
  condition: Condition;
  actions: RuleAction[];
  createdAt: string;
  updatedAt: string;
}

export interface RuleInput {
  name: string;
  enabled?: boolean | undefined;
  trigger: RuleTrigger;
  condition: unknown;
  actions: unknown;
}

/** Webhook event of the `webhook` action. */
export const RULE_MATCHED = 'rule.matched';
