/** Evaluates a rule's condition against the facts (pure). */
import type { RuleComparison, Condition, InteractionLeaf, ScoreLeaf, SourceLeaf } from './rule.ts';
import type { Facts } from './rule-facts.ts';
import { firstMention } from './mentions.ts';

export function compare(a: number, op: RuleComparison, b: number): boolean {
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '=':
      return a === b;
    case '>=':
      return a >= b;
    case '>':
      return a > b;
  }
}

function scoreMatches(leaf: ScoreLeaf, f: Facts): boolean {
  return f.scores.some(
    (s) =>
      s.metric === leaf.metric &&
      (!leaf.scope || s.scope === leaf.scope) &&
      (leaf.scaleMax === undefined || s.scaleMax === leaf.scaleMax) &&
      compare(s.score, leaf.op, leaf.value),
  );
}

function interactionMatches(leaf: InteractionLeaf, f: Facts): boolean {
  const i = f.interaction;
  if (!i) return false;
  const has = (list: string[] | undefined, v: string | null) =>
    !list?.length || (v !== null && list.includes(v));
  return (
    has(leaf.channels, i.channel) &&
    has(leaf.stages, i.stage) &&
    has(leaf.outcomes, i.outcome) &&
    has(leaf.expectations, i.expectation)
  );
}

function sourceMatches(leaf: SourceLeaf, f: Facts): boolean {
  const s = f.signal;
  if (!s) return false;
  if (leaf.types?.length && !leaf.types.includes(s.sourceType)) return false;
  if (leaf.speakers?.length && !leaf.speakers.includes(s.speaker ?? 'none')) return false;
  return true;
}

/** The texts a `mentions` leaf searches: the signal's trigger words and the source text. */
function searchable(f: Facts): string[] {
  const out: string[] = [];
  if (f.text) out.push(f.text);
  if (f.signal) for (const list of Object.values(f.signal.triggers)) out.push(...list);
  return out;
}

export function evaluate(c: Condition, f: Facts): boolean {
  if ('all' in c) return c.all.every((x) => evaluate(x, f));
  if ('any' in c) return c.any.some((x) => evaluate(x, f));
  if ('not' in c) return !evaluate(c.not, f);
  if ('score' in c) return scoreMatches(c.score, f);
  if ('interaction' in c) return interactionMatches(c.interaction, f);
  if ('segment' in c) return Boolean(f.customer?.segment && c.segment.includes(f.customer.segment));
  if ('mentions' in c) return firstMention(searchable(f), c.mentions) !== null;
  const s = f.signal;
  if (!s) return false;
  if ('emotion' in c)
    return c.emotion.labels.some((l) => compare(s.emotions[l] ?? 0, c.emotion.op, c.emotion.value));
  if ('signal' in c) return compare(s[c.signal.field], c.signal.op, c.signal.value);
  if ('sentiment' in c) return c.sentiment.includes(s.sentiment);
  if ('escalation' in c) return c.escalation.includes(s.escalation);
  return sourceMatches(c.source, f);
}
