/**
 * Lexicon baselines printed beside the model: AFINN (the `sentiment` package; score > 0
 * positive, < 0 negative, else neutral) and VADER (compound ≥ 0.05 positive, ≤ −0.05 negative,
 * else neutral — its authors' cut-offs). Neither can say "ambiguous".
 */
import Afinn from 'sentiment';
import vader from 'vader-sentiment';
import type { Sentiment } from '../../packages/core/src/text/labels.ts';

const afinn = new Afinn();

export function afinnSentiment(text: string): Sentiment {
  const s = afinn.analyze(text).score;
  return s > 0 ? 'positive' : s < 0 ? 'negative' : 'neutral';
}

export function vaderSentiment(text: string): Sentiment {
  const c = vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
  return c >= 0.05 ? 'positive' : c <= -0.05 ? 'negative' : 'neutral';
}

export const BASELINES: readonly { name: string; sentiment: (text: string) => Sentiment }[] = [
  { name: 'AFINN (sentiment)', sentiment: afinnSentiment },
  { name: 'VADER (vader-sentiment)', sentiment: vaderSentiment },
];
