/**
 * Runs a workspace's enabled rules of one trigger on the facts of an event, exactly once per
 * event. Response rules run at ingest, in the response's own transaction (`rulesOnNewResponse`,
 * called by `submitResponse`): a detractor's case is stored when the response is acknowledged,
 * however long the worker's queue. The others run in the worker's subscribers to
 * `signal.created`, `survey.low_score` and `interaction.created`, in the transaction that
 * completes the job (a signal needs the text analysis first).
 */
import type { Deps } from '../common/deps.ts';
import type { SurveyResponse } from '../feedback/response.ts';
import { evaluate } from './rule-condition.ts';
import { runActions, type ActionOutcome } from './rule-actions.ts';
import type { Facts, LowScoreEvent } from './rule-facts.ts';
import {
  factsForInteraction,
  factsForLowScore,
  factsForResponse,
  factsForSignal,
  responseFacts,
  type KnownFacts,
} from './load-facts.ts';
import type { Rule } from './rule.ts';

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
  return matchRules(
    d,
    ws,
    await d.r.rules.list(ws, { trigger: facts.trigger, enabled: true }),
    facts,
  );
}

async function matchRules(
  d: Deps,
  ws: string,
  rules: readonly Rule[],
  facts: Facts,
): Promise<RuleMatch[]> {
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

/**
 * A new response's rules, in its own transaction. The facts (customer, interaction) are read
 * only when the workspace has an enabled response rule, unless the caller has them already
 * (`known`: the ones it attributed the response with, in the same transaction). Pulses are
 * anonymous: never.
 */
export async function rulesOnNewResponse(
  d: Deps,
  ws: string,
  response: SurveyResponse,
  known?: KnownFacts,
): Promise<RuleMatch[]> {
  if (response.surveyKind === 'employee' || response.surveyKind === 'leadership') return [];
  const rules = await d.r.rules.list(ws, { trigger: 'response', enabled: true });
  if (!rules.length) return [];
  return matchRules(d, ws, rules, await responseFacts(d, ws, response, known));
}

/** A stored response's rules: for jobs a worker of an older version queued (see the worker). */
export const rulesOnResponse = async (d: Deps, ws: string, responseId: string) =>
  evaluateRules(d, ws, await factsForResponse(d, ws, responseId));

export const rulesOnSignal = async (d: Deps, ws: string, signalId: string) =>
  evaluateRules(d, ws, await factsForSignal(d, ws, signalId));

export const rulesOnInteraction = async (d: Deps, ws: string, interactionId: string) =>
  evaluateRules(d, ws, await factsForInteraction(d, ws, interactionId));

export const rulesOnLowScore = async (d: Deps, ws: string, e: LowScoreEvent) =>
  evaluateRules(d, ws, await factsForLowScore(d, ws, e));
