/**
 * The rules every new workspace starts with (DESIGN.md, capabilities 4 and 5): detractors,
 * very low CSAT and high effort open cases — from a finished response or at once from a live
 * survey conversation; strong negative emotion, churn words and complaint escalations open
 * cases; praise is routed up the chain. Edit or disable them through the API.
 */
import type { Deps } from '../common/deps.ts';
import type { Condition, Rule, RuleAction, RuleTrigger } from './rule.ts';

interface DefaultRule {
  name: string;
  trigger: RuleTrigger;
  condition: Condition;
  actions: RuleAction[];
}

const DETRACTOR: Condition = { score: { metric: 'nps', op: '<=', value: 6 } };
const VERY_LOW_CSAT: Condition = {
  any: [
    { score: { metric: 'csat', op: '<=', value: 2, scaleMax: 5 } },
    { score: { metric: 'csat', op: '<=', value: 4, scaleMax: 10 } },
  ],
};
const HIGH_EFFORT: Condition = { score: { metric: 'ces', op: '<=', value: 3, scaleMax: 7 } };
const NOT_STAFF: Condition = { not: { source: { speakers: ['agent', 'bot', 'system'] } } };

export const CHURN_WORDS = [
  'cancel',
  'switch to',
  'switching',
  'moving my accounts',
  'moving all of my accounts',
  'move my accounts',
  'close my account',
  'closing my account',
  'take my business elsewhere',
];

const openCase = (reason: string, priority: 'normal' | 'high' | 'urgent'): RuleAction => ({
  type: 'open_case',
  reason,
  priority,
});

export const DEFAULT_RULES: readonly DefaultRule[] = [
  {
    name: 'Detractor (NPS 0–6)',
    trigger: 'response',
    condition: DETRACTOR,
    actions: [openCase('churn_risk', 'high')],
  },
  {
    name: 'Detractor in a live survey conversation',
    trigger: 'low_score',
    condition: DETRACTOR,
    actions: [openCase('churn_risk', 'high')],
  },
  {
    name: 'Very low CSAT',
    trigger: 'response',
    condition: VERY_LOW_CSAT,
    actions: [openCase('low_csat', 'normal')],
  },
  {
    name: 'Very low CSAT in a live survey conversation',
    trigger: 'low_score',
    condition: VERY_LOW_CSAT,
    actions: [openCase('low_csat', 'normal')],
  },
  {
    name: 'High effort (CES ≤ 3)',
    trigger: 'response',
    condition: HIGH_EFFORT,
    actions: [openCase('high_effort', 'normal')],
  },
  {
    name: 'Strong negative emotion',
    trigger: 'signal',
    condition: {
      all: [
        { emotion: { labels: ['anger', 'disappointment', 'disgust'], op: '>=', value: 0.7 } },
        NOT_STAFF,
      ],
    },
    actions: [openCase('negative_emotion', 'high')],
  },
  {
    name: 'Churn words (cancel, switch, moving my accounts)',
    trigger: 'signal',
    condition: {
      all: [
        {
          any: [
            { signal: { field: 'churnRisk', op: '>=', value: 0.5 } },
            { mentions: CHURN_WORDS },
          ],
        },
        NOT_STAFF,
      ],
    },
    actions: [
      { type: 'open_case', reason: 'churn_risk', priority: 'high', owner: 'relationship_owner' },
      { type: 'tag', tag: 'at-risk' },
    ],
  },
  {
    name: 'Customer asks to escalate a complaint',
    trigger: 'signal',
    condition: { all: [{ escalation: ['complaint'] }, NOT_STAFF] },
    actions: [openCase('escalation_request', 'urgent')],
  },
  {
    name: 'Praise for the boss ("please tell her manager")',
    trigger: 'signal',
    condition: { all: [{ escalation: ['praise'] }, NOT_STAFF] },
    actions: [{ type: 'route_praise' }],
  },
  {
    name: 'Compliment with a high score',
    trigger: 'signal',
    condition: {
      all: [
        { signal: { field: 'praise', op: '>=', value: 0.6 } },
        { source: { types: ['response_comment'] } },
        {
          any: [
            { score: { metric: 'nps', op: '>=', value: 9 } },
            { score: { metric: 'csat', op: '>=', value: 4, scaleMax: 5 } },
            { score: { metric: 'csat', op: '>=', value: 9, scaleMax: 10 } },
          ],
        },
      ],
    },
    actions: [{ type: 'route_praise' }],
  },
  {
    name: 'Customer thank-you (contact form, e-mail, chat, call note)',
    trigger: 'signal',
    condition: {
      all: [
        { signal: { field: 'praise', op: '>=', value: 0.8 } },
        { source: { types: ['message', 'interaction_note'] } },
        NOT_STAFF,
      ],
    },
    actions: [{ type: 'route_praise' }],
  },
  {
    name: 'Expectations failed',
    trigger: 'interaction',
    condition: { interaction: { expectations: ['failed'] } },
    actions: [openCase('failed_expectation', 'normal')],
  },
];

/** Creates the default rules in a new workspace. */
export async function installDefaultRules(d: Pick<Deps, 'r' | 'clock' | 'ids'>, ws: string) {
  const now = d.clock.now().toISOString();
  const rules: Rule[] = DEFAULT_RULES.map((r) => ({
    id: d.ids.id('rul'),
    workspaceId: ws,
    enabled: true,
    ...structuredClone(r),
    createdAt: now,
    updatedAt: now,
  }));
  for (const r of rules) await d.r.rules.insert(r);
  return rules;
}
