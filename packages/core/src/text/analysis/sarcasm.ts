/**
 * Flat sarcasm ("Oh great, another 2 hour hold. Love it.") reads as praise word by word. A
 * rule, since cx/ has too few examples to learn it: a sarcastic phrase (lexicon/cues.ts,
 * "sarcasm") together with a service failure in the same text (a wait, effort, complaint or
 * churn cue) is anger — negative sentiment, no praise and no humour (cx/'s label rules: "flat
 * sarcasm is anger, not humour"; the learnt humour head gave that very example 0.55).
 * A few phrases are sarcastic on their own, whatever else the text says: "Thanks for nothing."
 * was read as gratitude (p 1.00), positive and joy. A word of praise on its own beside a failure
 * is sarcasm too: "Great, my card got declined again at the checkout. Fantastic." was positive
 * with praise 0.99.
 */
import type { CueCategory } from '../lexicon/cues.ts';
import { phraseFinder, type CueHit } from '../lexicon/matcher.ts';
import type { Token } from '../tokenize.ts';
import type { TextAnalysis } from '../types.ts';

/** Cue categories that name a service failure (read by litotes.ts too). */
export const FAILURES: readonly CueCategory[] = ['wait', 'effort', 'complaint', 'churn'];
/** Sarcasm patterns (as written in cues.ts) that need no service failure beside them. */
const SARCASTIC_ALONE = new Set(['thanks|cheers for nothing']);

/**
 * Failures the cue phrases do not name: something went wrong again ("declined again", "broken
 * down again"). Not model features, like the phrases of litotes.ts.
 */
const FAILED =
  'declined|failed|crashed|broke|broken|down|late|wrong|missing|cancelled|delayed|lost|overcharged|charged|stuck|dropped|cut|faulty|rejected';
const PHRASES = {
  again: [
    `${FAILED} again`,
    `${FAILED} * again`,
    `${FAILED} * * again`,
    'wrong every|each time',
    'wrong every single time',
  ],
  /** Sarcastic openers ("Love how I have to…"), sarcasm only beside a failure. */
  how: ['amazing|love|great|brilliant|lovely|funny|fantastic|wonderful how'],
  /** Sarcastic on its own, beside SARCASTIC_ALONE's cue ("thanks for nothing"). */
  alone: ['thank you|ta for nothing', 'thanks a bunch|million for nothing'],
} as const;
const findPhrases = phraseFinder(['again', 'alone', 'how'] as const, PHRASES);

/** A word of praise standing alone as a sentence ("… declined again. Fantastic."), or opening one with a comma. */
const EXCLAIMED = new Set(
  'great fantastic brilliant wonderful lovely perfect marvellous marvelous superb excellent amazing'.split(
    ' ',
  ),
);
const LEADS = new Set(['just', 'absolutely', 'simply', 'oh', 'how', 'really']);

function exclaimsPraise(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.kind !== 'word' || !EXCLAIMED.has(t.norm)) return false;
    const before = tokens[i - 1];
    const alone =
      t.sentenceStart || (before !== undefined && LEADS.has(before.norm) && before.sentenceStart);
    const after = tokens[i + 1];
    return alone && (after === undefined || after.kind === 'punct');
  });
}

export function isFlatSarcasm(
  cues: readonly CueHit[],
  tokens: readonly Token[],
  text: string,
): boolean {
  const sarcasm = cues.filter((c) => c.category === 'sarcasm');
  const phrases = findPhrases(tokens, text);
  if (sarcasm.some((c) => SARCASTIC_ALONE.has(c.pattern))) return true;
  if (phrases.some((p) => p.category === 'alone')) return true;
  const failure =
    cues.some((c) => FAILURES.includes(c.category)) || phrases.some((p) => p.category === 'again');
  const opener = phrases.some((p) => p.category === 'how');
  return failure && (sarcasm.length > 0 || opener || exclaimsPraise(tokens));
}

export function readAsSarcasm(a: TextAnalysis): TextAnalysis {
  const negative = Math.max(a.sentimentScores.negative, a.sentimentScores.positive);
  const sentimentScores = { ...a.sentimentScores, negative, positive: 1 - negative };
  const anger = Math.max(a.ekmanScores.anger, a.ekmanScores.joy);
  return {
    ...a,
    ekmanScores: { ...a.ekmanScores, anger, joy: 1 - anger },
    ekman: ['anger', ...a.ekman.filter((g) => g !== 'anger' && g !== 'joy' && g !== 'neutral')],
    primaryEkman: 'anger',
    sentimentScores,
    sentiments: ['negative'],
    sentiment: 'negative',
    valence: sentimentScores.positive - sentimentScores.negative,
    signals: {
      ...a.signals,
      praise: {
        ...a.signals.praise,
        probability: Math.min(a.signals.praise.probability, 0.1),
        present: false,
        triggers: [],
        targets: [],
      },
      humour: {
        probability: Math.min(a.signals.humour.probability, 0.1),
        present: false,
        triggers: [],
      },
    },
  };
}
