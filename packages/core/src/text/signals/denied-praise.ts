/**
 * Praise denied: "Not impressed at all." gave praise 0.50 — present — from the word
 * "impressed". When every praise phrase of a text stands negated ("not impressed", "not
 * great", "wasn't helpful") and no other word of it is positive, the text praises no one: its
 * praise is capped below presence. A phrase that carries its own negation ("no complaints",
 * "can't fault") is praise, and so is a negated phrase beside a positive word ("the driver was
 * nice, but … not great"). On cx/ train the rule fires on 6 texts, none of them praise.
 */
import type { CueHit } from '../lexicon/matcher.ts';
import type { PolarityLexicon } from '../lexicon/polarity.ts';
import type { Token } from '../tokenize.ts';

/** Prior valence (VADER, −4…4) from which a word counts as positive. */
const POSITIVE = 1;
export const DENIED_PRAISE_CAP = 0.2;

export function praiseDenied(
  tokens: readonly Token[],
  cues: readonly CueHit[],
  polarity: PolarityLexicon | undefined,
): boolean {
  const praise = cues.filter((c) => c.category === 'praise');
  if (!praise.length) return false;
  // "Can't thank you enough" is praise at its strongest.
  const enough = (c: CueHit) => tokens.slice(c.to, c.to + 4).some((t) => t.norm === 'enough');
  const negated = (c: CueHit) => tokens.slice(c.from, c.to).every((t) => t.negated) && !enough(c);
  if (!praise.every(negated)) return false;
  return !tokens.some((t) => !t.negated && (polarity?.get(t.norm) ?? 0) >= POSITIVE);
}

/** Prior valence from which a word counts as negative ("rude", "unhelpful", "useless"). */
const NEGATIVE = -1;

/**
 * Nothing praised: "Your staff were rude and unhelpful." gave praise 0.52 — present — from the
 * letters of "helpful" inside "unhelpful". A text with no praise phrase and no positive word,
 * but a negative word that no negation denies ("wasn't rude at all" may be praise), praises no
 * one: its praise is capped below presence too. On cx/ train no praise text has that shape
 * (13 of 288 have no praise phrase and no positive word, none a plain negative one), and the
 * model read none as praise; on GoEmotions test 920 comments have it, one read as praise.
 */
export function nothingPraised(
  tokens: readonly Token[],
  cues: readonly CueHit[],
  polarity: PolarityLexicon | undefined,
): boolean {
  if (cues.some((c) => c.category === 'praise')) return false;
  const valence = (t: Token) => polarity?.get(t.norm) ?? 0;
  if (tokens.some((t) => !t.negated && valence(t) >= POSITIVE)) return false;
  if (tokens.some((t) => t.negated && valence(t) <= NEGATIVE)) return false;
  return tokens.some((t) => !t.negated && valence(t) <= NEGATIVE);
}
