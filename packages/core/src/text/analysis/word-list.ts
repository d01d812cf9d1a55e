/** The word-list reading of a text's one sentiment, in English and Spanish. */
import { normalizeReply, stripAccents } from '../../dialogue/text-normalize.ts';
import type { Sentiment } from '../labels.ts';
import {
  NEGATIVE_PHRASES,
  NEGATIVE_WORDS,
  NEGATORS,
  POSITIVE_PHRASES,
  POSITIVE_WORDS,
} from '../lexicon/word-list.ts';

/** The word, and the word without a common English/Spanish ending ("rudest" → "rude"). */
function forms(w: string): string[] {
  const out = [w];
  for (const suffix of ['est', 'er', 'ly', 'ed', 'ing', 's', 'es', 'isimo', 'isima']) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix)) {
      const stem = w.slice(0, -suffix.length);
      out.push(stem, `${stem}e`);
    }
  }
  return out;
}

/** How many words before a word a negator reaches ("no me ayudaron", "not very helpful"). */
const NEGATION_REACH = 3;

const phraseWords = (list: readonly string[]) => list.map((p) => p.split(' '));
const NEGATIVE_RUNS = phraseWords(NEGATIVE_PHRASES);
const POSITIVE_RUNS = phraseWords(POSITIVE_PHRASES);

/** The clauses of a reply (cut at punctuation and at "but" / "pero"), each as its words. */
function clauses(text: string): string[][] {
  return stripAccents(normalizeReply(text))
    .split(/[.,;:!?¡¿()"…\n]+|\s(?:but|pero|aunque|although|however|sin embargo)\s/)
    .map((c) => (c.match(/[\p{L}\p{N}']+/gu) ?? []).map((w) => w.replace(/'/g, '')))
    .filter((c) => c.length > 0);
}

const runAt = (words: readonly string[], i: number, run: readonly string[]) =>
  run.every((w, k) => words[i + k] === w);

/**
 * A small word-list reading, in English and Spanish (lexicon/word-list.ts): counts complaint and
 * praise phrases, then positive and negative words (a positive one denied within three words of
 * its clause counts as negative, a denied negative one not at all); both → ambiguous, neither →
 * neutral. The one sentiment of a Spanish text (spanish.ts), and the reading of replies in
 * languages the model does not know (core/src/conversations/analyzer.ts).
 */
export function wordListSentiment(text: string): Sentiment {
  let pos = 0;
  let neg = 0;
  for (const words of clauses(text)) {
    const covered = new Array<boolean>(words.length).fill(false);
    for (let i = 0; i < words.length; i++) {
      for (const [runs, polarity] of [
        [POSITIVE_RUNS, 1],
        [NEGATIVE_RUNS, -1],
      ] as const) {
        const run = runs.find((r) => !covered[i] && runAt(words, i, r));
        if (!run) continue;
        for (let k = 0; k < run.length; k++) covered[i + k] = true;
        if (polarity > 0) pos++;
        else neg++;
      }
    }
    words.forEach((w, i) => {
      if (covered[i]) return;
      const negated = words.slice(Math.max(0, i - NEGATION_REACH), i).some((x) => NEGATORS.has(x));
      const f = forms(w);
      if (f.some((x) => POSITIVE_WORDS.has(x))) {
        if (negated) neg++;
        else pos++;
      } else if (f.some((x) => NEGATIVE_WORDS.has(x)) && !negated) neg++;
    });
  }
  if (pos > 0 && neg > 0) return 'ambiguous';
  if (neg > 0) return 'negative';
  if (pos > 0) return 'positive';
  return 'neutral';
}
