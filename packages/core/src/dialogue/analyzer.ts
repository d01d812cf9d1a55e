import { stripAccents, wordsOf } from './text-normalize.ts';

/** The feeling of a free-text reply, as far as the dialogue needs it. */
export type DialogueSentiment = 'positive' | 'negative' | 'ambiguous' | 'neutral';

/**
 * Reads a free-text reply. Inject the text-analysis module's function here; the dialogue uses
 * only `sentiment` (extra fields such as emotions are allowed and ignored).
 */
export type DialogueAnalyzer = (text: string) => { readonly sentiment: DialogueSentiment };

const NEGATIVE = new Set(
  (
    'rude awful terrible horrible bad worst angry upset furious frustrated frustrating frustration ' +
    'disappointed disappointing annoyed annoying hate useless slow wrong poor unhappy unacceptable ' +
    'ridiculous waste wasted incompetent condescending ignored broken never cancel switch leaving ' +
    'problem problems issue complaint mal malo mala peor terrible horrible grosero grosera enfadado ' +
    'molesto lento inutil decepcionado decepcion fatal nunca problema queja cancelar'
  ).split(' '),
);
const POSITIVE = new Set(
  (
    'great excellent amazing wonderful fantastic love loved lovely helpful thanks thank thankful ' +
    'friendly quick fast perfect happy awesome brilliant kind best good pleased superb outstanding ' +
    'patient professional nice recommend genial excelente increible maravilloso gracias amable ' +
    'rapido perfecto feliz bueno buena mejor encantado'
  ).split(' '),
);
const NEGATORS = new Set([
  'not',
  "n't",
  'never',
  'no',
  'hardly',
  'nada',
  'nunca',
  'didnt',
  'wasnt',
  'isnt',
  'dont',
]);

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

/**
 * A small word-list reading used when no analyzer is injected: counts positive and negative
 * words (a negated positive counts as negative); both → ambiguous, neither → neutral.
 */
export const fallbackAnalyzer: DialogueAnalyzer = (text) => {
  const words = wordsOf(stripAccents(text)).map((w) => w.replace(/'/g, ''));
  let pos = 0;
  let neg = 0;
  words.forEach((w, i) => {
    const negated = i > 0 && NEGATORS.has(words[i - 1] ?? '');
    const f = forms(w);
    if (f.some((x) => POSITIVE.has(x))) {
      if (negated) neg++;
      else pos++;
    } else if (f.some((x) => NEGATIVE.has(x)) && !negated) neg++;
  });
  if (pos > 0 && neg > 0) return { sentiment: 'ambiguous' };
  if (neg > 0) return { sentiment: 'negative' };
  if (pos > 0) return { sentiment: 'positive' };
  return { sentiment: 'neutral' };
};
