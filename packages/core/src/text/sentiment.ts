import type { Sentiment } from './labels.ts';

/**
 * One sentiment from a set of sentiments, by the convention of Rapport's cx/ labels: a mix of
 * positive and negative is ambiguous; otherwise positive or negative wins over ambiguous
 * (surprise, confusion), which wins over neutral.
 */
export function singleSentiment(set: readonly Sentiment[]): Sentiment {
  const has = (s: Sentiment) => set.includes(s);
  if (has('positive') && has('negative')) return 'ambiguous';
  if (has('positive')) return 'positive';
  if (has('negative')) return 'negative';
  if (has('ambiguous')) return 'ambiguous';
  return 'neutral';
}
