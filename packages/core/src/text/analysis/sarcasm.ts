/**
 * Flat sarcasm ("Oh great, another 2 hour hold. Love it.") reads as praise word by word. A
 * rule, since cx/ has too few examples to learn it: a sarcastic phrase (lexicon/cues.ts,
 * "sarcasm") together with a service failure in the same text (a wait, effort, complaint or
 * churn cue) is anger — negative sentiment, no praise and no humour (cx/'s label rules: "flat
 * sarcasm is anger, not humour"; the learnt humour head gave that very example 0.55).
 * A few phrases are sarcastic on their own, whatever else the text says: "Thanks for nothing."
 * was read as gratitude (p 1.00), positive and joy.
 */
import type { CueCategory } from '../lexicon/cues.ts';
import type { CueHit } from '../lexicon/matcher.ts';
import type { TextAnalysis } from '../types.ts';

const FAILURES: readonly CueCategory[] = ['wait', 'effort', 'complaint', 'churn'];
/** Sarcasm patterns (as written in cues.ts) that need no service failure beside them. */
const SARCASTIC_ALONE = new Set(['thanks|cheers for nothing']);

export function isFlatSarcasm(cues: readonly CueHit[]): boolean {
  const sarcasm = cues.filter((c) => c.category === 'sarcasm');
  return (
    sarcasm.some((c) => SARCASTIC_ALONE.has(c.pattern)) ||
    (sarcasm.length > 0 && cues.some((c) => FAILURES.includes(c.category)))
  );
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
