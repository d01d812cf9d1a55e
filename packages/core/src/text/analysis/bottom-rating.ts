/**
 * A bottom rating said in words: "Zero stars. Avoid." read as praise 0.64 — present — from
 * "stars", which in "5 stars" is praise; "I'd give 0 stars if I could." as neutral. A rating at
 * the bottom of its scale (0 or 1 star; 0–2 out of 10, 0–1 out of 5) with no higher rating
 * beside it ("from 1 star to 5 stars") praises no one: its praise is capped below presence and
 * the reading turns negative, with anger, as a recommendation refused does (recommend.ts).
 * "1/10" is left alone: it may be a date, and "1/10 would not recommend" is recommend.ts's.
 * cx/ train has no such text (one "7 out of 10", untouched).
 */
import { DENIED_PRAISE_CAP } from '../signals/denied-praise.ts';
import { below } from '../signals/read-signals.ts';
import type { Token } from '../tokenize.ts';
import type { TextAnalysis } from '../types.ts';
import { turn } from './recommend.ts';

const WORDS: Readonly<Record<string, number>> = { zero: 0, no: 0, none: 0, one: 1, minus: -1 };

/** The number a token says, if it is one ("0", "zero", "1"). */
function numberOf(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  if (t.norm in WORDS) return WORDS[t.norm];
  return /^-?\d+(\.\d+)?$/.test(t.norm) ? Number(t.norm) : undefined;
}

/** Each rating the text gives: its value as a share of its scale (0 = bottom, 1 = top). */
function ratings(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => {
    // "0 stars", "one star" (of five).
    if (t.norm === 'star' || t.norm === 'stars') {
      const n = numberOf(tokens[i - 1]);
      if (n !== undefined) out.push(n / 5);
    }
    // "2 out of 10".
    if (t.norm === 'out' && tokens[i + 1]?.norm === 'of') {
      const n = numberOf(tokens[i - 1]);
      const scale = numberOf(tokens[i + 2]);
      if (n !== undefined && (scale === 5 || scale === 10)) out.push(n / scale);
    }
  });
  return out;
}

/** Whether every rating the text gives is at the bottom of its scale (at most a fifth). */
export function bottomRating(tokens: readonly Token[]): boolean {
  const given = ratings(tokens);
  return given.length > 0 && given.every((r) => r <= 0.2);
}

export function readBottomRating(a: TextAnalysis): TextAnalysis {
  const praise = { ...below(a.signals.praise, DENIED_PRAISE_CAP), targets: [] };
  return turn({ ...a, signals: { ...a.signals, praise } }, 'negative');
}
