/**
 * Checks a rule's JSON — trigger, condition tree, actions — and returns it typed. Every
 * error names the exact field, e.g. `condition.all[1].emotion.value`.
 */
import { CASE_PRIORITIES, type CasePriority } from '../cases/case.ts';
import { invalid } from '../errors/domain-error.ts';
import { SCORE_METRICS } from '../surveys/survey-definition.ts';
import { EMOTION_LABELS, isEmotionLabel } from '../text/labels.ts';
import {
  ACTION_TYPES,
  COMPARISONS,
  RULE_TRIGGERS,
  SIGNAL_FIELDS,
  type CaseOwnerChoice,
  type RuleComparison,
  type Condition,
  type RuleAction,
  type RuleTrigger,
} from './rule.ts';

type Obj = Record<string, unknown>;
const MAX_DEPTH = 8;
const MAX_NODES = 100;
const NAME = /^[a-z][a-z0-9_]{0,39}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Which triggers give each leaf something to test. */
const LEAF_TRIGGERS: Record<string, readonly RuleTrigger[]> = {
  score: ['response', 'low_score', 'signal'],
  emotion: ['signal'],
  signal: ['signal'],
  sentiment: ['signal'],
  escalation: ['signal'],
  source: ['signal'],
  mentions: ['signal', 'response'],
  interaction: RULE_TRIGGERS,
  segment: RULE_TRIGGERS,
};

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function obj(v: unknown, field: string): Obj {
  if (!isObj(v)) throw invalid(field, 'Expected an object.');
  return v;
}

function onlyKeys(o: Obj, keys: readonly string[], field: string): void {
  for (const k of Object.keys(o))
    if (!keys.includes(k))
      throw invalid(`${field}.${k}`, `Unknown field "${k}"; expected ${keys.join(', ')}.`);
}

function num(v: unknown, field: string, min = -1e9, max = 1e9): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
    throw invalid(field, `Expected a number from ${min} to ${max}.`);
  return v;
}

function op(v: unknown, field: string): RuleComparison {
  if (!(COMPARISONS as readonly unknown[]).includes(v))
    throw invalid(field, `Expected one of ${COMPARISONS.join(' ')}.`);
  return v as RuleComparison;
}

function strings(v: unknown, field: string, opts: { min?: number; max?: number } = {}): string[] {
  if (!Array.isArray(v) || v.length < (opts.min ?? 1) || v.length > 50)
    throw invalid(field, `Expected a list of ${opts.min ?? 1} to 50 strings.`);
  return v.map((s, i) => {
    if (typeof s !== 'string' || !s.trim() || s.length > (opts.max ?? 100))
      throw invalid(`${field}[${i}]`, `Expected a non-empty string of at most ${opts.max ?? 100}.`);
    return s.trim();
  });
}

function optStrings(o: Obj, key: string, field: string): string[] | undefined {
  return o[key] === undefined ? undefined : strings(o[key], `${field}.${key}`);
}

class Walker {
  nodes = 0;
  constructor(readonly trigger: RuleTrigger) {}

  condition(v: unknown, field: string, depth: number): Condition {
    if (++this.nodes > MAX_NODES)
      throw invalid(field, `A condition has at most ${MAX_NODES} parts.`);
    if (depth > MAX_DEPTH) throw invalid(field, `Conditions nest at most ${MAX_DEPTH} deep.`);
    const o = obj(v, field);
    const keys = Object.keys(o);
    if (keys.length !== 1)
      throw invalid(field, 'A condition has exactly one key: all, any, not or a test.');
    const key = keys[0] as string;
    const at = `${field}.${key}`;
    const val = o[key];
    if (key === 'all' || key === 'any') {
      if (!Array.isArray(val) || !val.length) throw invalid(at, 'Expected a non-empty list.');
      const list = val.map((x, i) => this.condition(x, `${at}[${i}]`, depth + 1));
      return key === 'all' ? { all: list } : { any: list };
    }
    if (key === 'not') return { not: this.condition(val, at, depth + 1) };
    const triggers = LEAF_TRIGGERS[key];
    if (!triggers)
      throw invalid(
        at,
        `Unknown test "${key}"; expected all, any, not, ${Object.keys(LEAF_TRIGGERS).join(', ')}.`,
      );
    if (!triggers.includes(this.trigger))
      throw invalid(at, `"${key}" cannot be tested on a ${this.trigger} rule.`);
    return this.leaf(key, val, at);
  }

  leaf(key: string, val: unknown, at: string): Condition {
    switch (key) {
      case 'score': {
        const o = obj(val, at);
        onlyKeys(o, ['metric', 'scope', 'op', 'value', 'scaleMax'], at);
        // A metric no survey asks would never match: the rule would be silently dead.
        if (
          typeof o.metric !== 'string' ||
          !(SCORE_METRICS as readonly string[]).includes(o.metric)
        )
          throw invalid(`${at}.metric`, `Expected one of ${SCORE_METRICS.join(', ')}.`);
        if (o.scope !== undefined && o.scope !== 'relationship' && o.scope !== 'transactional')
          throw invalid(`${at}.scope`, 'Expected relationship or transactional.');
        return {
          score: {
            metric: o.metric,
            scope: o.scope as 'relationship' | 'transactional' | undefined,
            op: op(o.op, `${at}.op`),
            value: num(o.value, `${at}.value`, -100, 100),
            scaleMax:
              o.scaleMax === undefined ? undefined : num(o.scaleMax, `${at}.scaleMax`, 1, 10),
          },
        };
      }
      case 'emotion': {
        const o = obj(val, at);
        onlyKeys(o, ['labels', 'op', 'value'], at);
        const labels = strings(o.labels, `${at}.labels`, { max: 40 });
        labels.forEach((l, i) => {
          // A label the model never gives would make the rule silently dead (a typo: angr).
          if (!isEmotionLabel(l))
            throw invalid(
              `${at}.labels[${i}]`,
              `"${l}" is not one of the 28 emotion labels (${EMOTION_LABELS.join(', ')}).`,
            );
        });
        return {
          emotion: { labels, op: op(o.op, `${at}.op`), value: num(o.value, `${at}.value`, 0, 1) },
        };
      }
      case 'signal': {
        const o = obj(val, at);
        onlyKeys(o, ['field', 'op', 'value'], at);
        if (!(SIGNAL_FIELDS as readonly unknown[]).includes(o.field))
          throw invalid(`${at}.field`, `Expected one of ${SIGNAL_FIELDS.join(', ')}.`);
        return {
          signal: {
            field: o.field as (typeof SIGNAL_FIELDS)[number],
            op: op(o.op, `${at}.op`),
            value: num(o.value, `${at}.value`, 0, 1),
          },
        };
      }
      case 'sentiment':
        return { sentiment: this.oneOf(val, at, ['positive', 'negative', 'ambiguous', 'neutral']) };
      case 'escalation':
        return { escalation: this.oneOf(val, at, ['none', 'praise', 'complaint']) };
      case 'mentions':
        return { mentions: strings(val, at, { max: 100 }) };
      case 'segment':
        return { segment: strings(val, at, { max: 200 }) };
      case 'interaction': {
        const o = obj(val, at);
        onlyKeys(o, ['channels', 'stages', 'outcomes', 'expectations'], at);
        if (!Object.keys(o).length)
          throw invalid(at, 'Name channels, stages, outcomes or expectations.');
        return {
          interaction: {
            channels: optStrings(o, 'channels', at),
            stages: optStrings(o, 'stages', at),
            outcomes: optStrings(o, 'outcomes', at),
            expectations: optStrings(o, 'expectations', at),
          },
        };
      }
      default: {
        const o = obj(val, at);
        onlyKeys(o, ['types', 'speakers'], at);
        return {
          source: { types: optStrings(o, 'types', at), speakers: optStrings(o, 'speakers', at) },
        };
      }
    }
  }

  oneOf(val: unknown, at: string, allowed: string[]): string[] {
    const list = strings(val, at);
    list.forEach((s, i) => {
      if (!allowed.includes(s))
        throw invalid(`${at}[${i}]`, `Expected one of ${allowed.join(', ')}.`);
    });
    return list;
  }
}

export function validateTrigger(v: unknown): RuleTrigger {
  if (!(RULE_TRIGGERS as readonly unknown[]).includes(v))
    throw invalid('trigger', `Expected one of ${RULE_TRIGGERS.join(', ')}.`);
  return v as RuleTrigger;
}

export function validateCondition(v: unknown, trigger: RuleTrigger): Condition {
  return new Walker(trigger).condition(v, 'condition', 1);
}

function owner(v: unknown, field: string): CaseOwnerChoice | undefined {
  if (v === undefined) return undefined;
  if (v === 'attribution' || v === 'relationship_owner' || v === 'team_lead' || v === 'retention')
    return v;
  if (isObj(v) && typeof v.employeeId === 'string' && Object.keys(v).length === 1)
    return { employeeId: v.employeeId };
  throw invalid(
    field,
    'Expected attribution, relationship_owner, team_lead, retention or { "employeeId": … }.',
  );
}

function action(v: unknown, field: string, trigger: RuleTrigger): RuleAction {
  const o = obj(v, field);
  switch (o.type) {
    case 'open_case': {
      onlyKeys(o, ['type', 'reason', 'priority', 'owner'], field);
      if (typeof o.reason !== 'string' || !NAME.test(o.reason))
        throw invalid(`${field}.reason`, 'A reason is a lower-case word, e.g. churn_risk.');
      if (!(CASE_PRIORITIES as readonly unknown[]).includes(o.priority))
        throw invalid(`${field}.priority`, `Expected one of ${CASE_PRIORITIES.join(', ')}.`);
      const choice = owner(o.owner, `${field}.owner`);
      return {
        type: 'open_case',
        reason: o.reason,
        priority: o.priority as CasePriority,
        ...(choice ? { owner: choice } : {}),
      };
    }
    case 'route_praise':
      onlyKeys(o, ['type'], field);
      if (trigger !== 'signal')
        throw invalid(`${field}.type`, 'Praise is routed from a signal (the text that praises).');
      return { type: 'route_praise' };
    case 'notify': {
      onlyKeys(o, ['type', 'to', 'subject'], field);
      const to = strings(o.to, `${field}.to`, { max: 254 });
      to.forEach((t, i) => {
        const known = ['case_owner', 'relationship_owner', 'agent', 'team_lead'].includes(t);
        if (!known && !t.startsWith('emp_') && !EMAIL.test(t))
          throw invalid(
            `${field}.to[${i}]`,
            'Expected case_owner, relationship_owner, agent, team_lead, an employee id or an e-mail address.',
          );
      });
      if (o.subject !== undefined && (typeof o.subject !== 'string' || o.subject.length > 200))
        throw invalid(`${field}.subject`, 'A subject of at most 200 characters.');
      return { type: 'notify', to, subject: o.subject as string | undefined };
    }
    case 'webhook':
      onlyKeys(o, ['type'], field);
      return { type: 'webhook' };
    case 'tag':
      onlyKeys(o, ['type', 'tag'], field);
      if (typeof o.tag !== 'string' || !/^[a-z0-9][a-z0-9_-]{0,39}$/.test(o.tag))
        throw invalid(`${field}.tag`, 'A tag is a lower-case word, e.g. at-risk.');
      return { type: 'tag', tag: o.tag };
    default:
      throw invalid(`${field}.type`, `Expected one of ${ACTION_TYPES.join(', ')}.`);
  }
}

export function validateActions(v: unknown, trigger: RuleTrigger): RuleAction[] {
  if (!Array.isArray(v) || !v.length || v.length > 10)
    throw invalid('actions', 'A rule takes 1 to 10 actions.');
  const out = v.map((a, i) => action(a, `actions[${i}]`, trigger));
  if (out.filter((a) => a.type === 'open_case').length > 1)
    throw invalid('actions', 'A rule opens at most one case.');
  return out;
}
