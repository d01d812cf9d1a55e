/** One touchpoint's mark on a customer's engagement: the score before and after, and why. */
import type { EngagementReason, EngagementStep } from './engagement-model.ts';

export interface EngagementEvent {
  /** `eng_` + the touchpoint's key: one event per touchpoint, ordered with it. */
  id: string;
  workspaceId: string;
  customerId: string;
  at: string;
  interactionId: string | null;
  responseId: string | null;
  before: number;
  after: number;
  delta: number;
  reasons: EngagementReason[];
}

export const engagementEventId = (touchpointKey: string): string => `eng_${touchpointKey}`;

export function eventFromStep(ws: string, customerId: string, s: EngagementStep): EngagementEvent {
  return {
    id: engagementEventId(s.key),
    workspaceId: ws,
    customerId,
    at: s.at,
    interactionId: s.interactionId,
    responseId: s.responseId,
    before: s.before,
    after: s.after,
    delta: s.delta,
    reasons: s.reasons,
  };
}
