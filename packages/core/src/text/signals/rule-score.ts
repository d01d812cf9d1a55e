/**
 * Rule scores of learnt signals: how many different phrases of lexicon/rule-phrases.ts a text
 * holds, capped. The customer layer's calibration weighs the score beside the learnt logit
 * (p = σ(a·z + b + c·score)), so a phrase the small cx/ training set rarely shows still counts.
 */
import { RULE_PHRASES, RULE_SIGNALS, type RuleSignal } from '../lexicon/rule-phrases.ts';
import { phraseFinder, type PhraseHit } from '../lexicon/matcher.ts';
import type { Token } from '../tokenize.ts';

/** More phrases than this add nothing. */
export const RULE_SCORE_CAP = 3;

export interface RuleReading {
  score: Record<RuleSignal, number>;
  /** The phrases as written, per signal, in text order. */
  phrases: Record<RuleSignal, string[]>;
}

export function isRuleSignal(s: string): s is RuleSignal {
  return (RULE_SIGNALS as readonly string[]).includes(s);
}

const findRulePhrases = phraseFinder(RULE_SIGNALS, RULE_PHRASES);

export function readRules(tokens: readonly Token[], text: string): RuleReading {
  const hits: PhraseHit<RuleSignal>[] = findRulePhrases(tokens, text);
  const score = {} as Record<RuleSignal, number>;
  const phrases = {} as Record<RuleSignal, string[]>;
  for (const s of RULE_SIGNALS) {
    const own = hits.filter((h) => h.category === s);
    score[s] = Math.min(RULE_SCORE_CAP, new Set(own.map((h) => h.patternIndex)).size);
    phrases[s] = [...new Set(own.map((h) => h.text))];
  }
  return { score, phrases };
}
