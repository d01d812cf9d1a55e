/**
 * Runs a workspace's enabled rules of one trigger on the facts of an event. Called by the
 * worker's subscribers to `response.created`, `signal.created`, `survey.low_score` and
 * `interaction.created`, in the transaction that completes the job: a rule's actions happen
 * exactly once per event.
 */
import type { Deps } from '../common/deps.ts';
import { evaluate } from './rule-condition.ts';
import { runActions, type ActionOutcome } from './rule-actions.ts';
import type { Facts, LowScoreEvent } from './rule-facts.ts';
import {
  factsForInteraction,
  factsForLowScore,
  factsForResponse,
  factsForSignal,
} from './load-facts.ts';

export interface RuleMatch {
  ruleId: string;
  ruleName: string;
  actions: ActionOutcome[];
}

export async function evaluateRules(
  d: Deps,
  ws: string,
  facts: Facts | null,
): Promise<RuleMatch[]> {
  if (!facts) return [];
  const rules = await d.r.rules.list(ws, { trigger: facts.trigger, enabled: true });
  const out: RuleMatch[] = [];
  for (const rule of rules) {
    if (!evaluate(rule.condition, facts)) continue;
    out.push({
      ruleId: rule.id,
      ruleName: rule.name,
      actions: await runActions(d, ws, rule, facts),
    });
  }
  return out;
}

export const rulesOnResponse = async (d: Deps, ws: string, responseId: string) =>
  evaluateRules(d, ws, await factsForResponse(d, ws, responseId));

export const rulesOnSignal = async (d: Deps, ws: string, signalId: string) =>
  evaluateRules(d, ws, await factsForSignal(d, ws, signalId));

export const rulesOnInteraction = async (d: Deps, ws: string, interactionId: string) =>
  evaluateRules(d, ws, await factsForInteraction(d, ws, interactionId));

export const rulesOnLowScore = async (d: Deps, ws: string, e: LowScoreEvent) =>
  evaluateRules(d, ws, await factsForLowScore(d, ws, e));
